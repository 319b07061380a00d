// npm run restore -- <backup folder>: checks the checksums, then restores the database to
// DATABASE_URL and the evidence files to UPLOAD_DIR. Stop the server first.
import { resolve } from 'node:path';
import { databasePath } from '../db/client';
import { restoreBackup } from '../lib/backup/backup';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npm run restore -- <backup folder>');
  process.exit(2);
}
try {
  const { integrity, previous } = restoreBackup({ dir: resolve(dir), dbPath: databasePath(), uploadDir: resolve(process.env.UPLOAD_DIR ?? 'data/uploads') });
  if (previous) console.log(`the database that was there is kept as ${previous}`);
  console.log(`restored ${databasePath()} from ${dir}: integrity ${integrity}`);
  if (integrity !== 'ok') process.exit(1);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
