export * from './common';
export * from './enums';
export * from './documents';
export * from './cleanup';
export * from './legal-work';
export * from './decisions';
export * from './cases';
export * from './history';
