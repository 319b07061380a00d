export * from './enums';
export * from './units';
export * from './auth';
export * from './plans';
export * from './assignments';
export * from './audit';
