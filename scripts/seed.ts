// Loads the demo data and demo accounts (demo mode). Run on purpose only: production has no demo accounts.
import { databasePath, openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { seedDemo } from '../db/seed/demo';

const { db, sqlite } = openDatabase();
runMigrations(db);
const created = await seedDemo(db);
sqlite.close();
console.log(`seeded ${databasePath()}: ${JSON.stringify(created)}`);
