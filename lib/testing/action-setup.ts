// Setup for tests that call server actions outside Next.js (the "actions" test project): the
// request-bound modules are replaced, the signed-in user is whoever signInAs() last set, and each
// test file gets its own migrated, seeded database and upload folder.
import { beforeAll, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('next-intl/server', () => import('@/lib/testing/mocks/next-intl-server'));
vi.mock('next/cache', () => import('@/lib/testing/mocks/next-cache'));
vi.mock('next/headers', () => import('@/lib/testing/mocks/next-headers'));
vi.mock('next/navigation', () => import('@/lib/testing/mocks/next-navigation'));
vi.mock('next-auth', () => import('@/lib/testing/mocks/next-auth'));
vi.mock('@/lib/auth/auth', () => import('@/lib/testing/mocks/auth'));
vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  ...(await import('@/lib/testing/mocks/session')),
}));

const dir = mkdtempSync(join(tmpdir(), 'fzzf-actions-'));
process.env.DATABASE_URL = join(dir, 'test.db');
process.env.UPLOAD_DIR = join(dir, 'uploads');
const g = globalThis as unknown as { __appDb?: { sqlite: { close(): void } } };
g.__appDb?.sqlite.close();
delete g.__appDb;

beforeAll(async () => {
  const { db } = await import('@/db/client');
  const { runMigrations } = await import('@/db/migrate');
  const { seedDemo } = await import('@/db/seed/demo');
  runMigrations(db);
  await seedDemo(db, 'Demo@2018');
});
