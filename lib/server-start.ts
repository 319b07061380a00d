import { db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { ensureAuthSecret } from '@/lib/auth/secret';

export function onServerStart(): void {
  runMigrations(db);
  ensureAuthSecret();
}
