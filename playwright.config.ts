import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The suite always runs against its own fresh database in a temporary folder, never the demo's.
// The main process makes it once; workers inherit the variables.
if (!process.env.E2E_DATABASE_URL) {
  const dir = process.env.E2E_DIR ?? mkdtempSync(join(tmpdir(), 'fzzf-e2e-'));
  process.env.E2E_DIR = dir;
  process.env.E2E_DATABASE_URL = join(dir, 'app.db');
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/seed.ts'], {
    // Without the demo's 2018 assessment: assess.spec opens it and takes it through every stage.
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, AUTH_SECRET_FILE: join(dir, 'auth-secret'), DEMO_ASSESSMENT: '0' },
    stdio: 'inherit',
  });
}
if (!resolve(process.env.E2E_DATABASE_URL).startsWith(tmpdir())) {
  throw new Error(`refusing to run e2e tests against ${process.env.E2E_DATABASE_URL}: not a temporary database`);
}
const dir = process.env.E2E_DIR ?? join(process.env.E2E_DATABASE_URL, '..');
const port = Number(process.env.E2E_PORT ?? 3100);
// A busy machine is slower, not different: E2E_TIMEOUT_SCALE=2 doubles every ceiling (tests wait on conditions, never on time).
const scale = Math.max(1, Number(process.env.E2E_TIMEOUT_SCALE ?? 1) || 1);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000 * scale,
  expect: { timeout: 7_000 * scale },
  reporter: process.env.E2E_JSON ? [['list'], ['json', { outputFile: process.env.E2E_JSON }]] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 768 } }, dependencies: ['setup'] },
  ],
  webServer: {
    // As `npm start` serves it: one process per core (scripts/serve.mjs).
    command: `node scripts/serve.mjs -p ${port}`,
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 90_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      AUTH_SECRET_FILE: join(dir, 'auth-secret'),
      UPLOAD_DIR: join(dir, 'uploads'),
      NODE_ENV: 'production',
    },
  },
});
