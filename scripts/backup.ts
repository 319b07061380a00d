// npm run backup: a consistent online copy of the database and the evidence files into
// BACKUP_DIR (default backups/)/<YYYYMMDD-HHMMSS>/, with SHA256SUMS. Safe while the server runs.
import { resolve } from 'node:path';
import { databasePath } from '../db/client';
import { backupStamp, createBackup } from '../lib/backup/backup';

const outDir = resolve(process.env.BACKUP_DIR ?? 'backups', backupStamp());
const uploadDir = resolve(process.env.UPLOAD_DIR ?? 'data/uploads');
const { files, integrity } = await createBackup({ dbPath: databasePath(), uploadDir, outDir });
if (integrity !== 'ok') {
  console.error(`backup written to ${outDir} but its integrity check says: ${integrity}`);
  process.exit(1);
}
console.log(`backup ${outDir}: ${files} files, integrity ok`);
