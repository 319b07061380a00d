/** The password of every account in a bench database (printed by the generator; never a real one). */
export const BENCH_PASSWORD = 'Bench@2016-2020';
