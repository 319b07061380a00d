// Loads the demo data and demo accounts (demo mode). Run on purpose only: production has no demo accounts.
import { databasePath, openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { seedDemo } from '../db/seed/demo';
import { seedAssessment } from '../db/seed/assessment';
import { seedHistory } from '../db/seed/history';
import { seedRegisters } from '../db/seed/registers';

const { db, sqlite } = openDatabase();
runMigrations(db);
const created = await seedDemo(db);
// DEMO_HISTORY=0 loads the plan and accounts only, without the 2018 rounds and reports.
// DEMO_ASSESSMENT=0 leaves out the 2018 assessment in self-assessment (the e2e suite opens it itself).
const history =
  process.env.DEMO_HISTORY === '0' ? null : { ...seedHistory(db), ...seedRegisters(db), ...(process.env.DEMO_ASSESSMENT === '0' ? {} : seedAssessment(db)) };
sqlite.close();
console.log(`seeded ${databasePath()}: ${JSON.stringify({ ...created, ...(history ?? {}) })}`);
