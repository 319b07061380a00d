// Applies the committed migrations to DATABASE_URL (default data/app.db) and makes the session secret.
import { databasePath, openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';
import { ensureAuthSecret } from '../lib/auth/secret';

const { db, sqlite } = openDatabase();
runMigrations(db);
sqlite.close();
ensureAuthSecret();
console.log(`migrated ${databasePath()}`);
