// Loads the demo data and demo accounts (demo mode). Run on purpose only: production has no demo accounts.
import { databasePath, openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { seedDemo } from '../db/seed/demo';
import { seedHistory } from '../db/seed/history';
import { seedRegisters } from '../db/seed/registers';

const { db, sqlite } = openDatabase();
runMigrations(db);
const created = await seedDemo(db);
// DEMO_HISTORY=0 loads the plan and accounts only, without the 2018 rounds and reports.
const history = process.env.DEMO_HISTORY === '0' ? null : { ...seedHistory(db), ...seedRegisters(db) };
sqlite.close();
console.log(`seeded ${databasePath()}: ${JSON.stringify({ ...created, ...(history ?? {}) })}`);
