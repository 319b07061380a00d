// Shared by `npm run demo` and `npm test`, which must work on a fresh clone before node_modules exists:
// plain Node.js, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

// The network is closed here, and an internal government system phones nowhere.
process.env.NEXT_TELEMETRY_DISABLED = '1';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Runs a command with inherited output; returns true when it exits 0. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
  return r.status === 0;
}

export function runOrExit(cmd, args, opts) {
  if (!run(cmd, args, opts)) {
    console.error(`\n✗ failed: ${cmd} ${args.join(' ')}`);
    process.exit(1);
  }
}

/** `npm ci` when node_modules is missing or older than the lock file. */
export function ensureNodeModules() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  console.log('• installing npm packages from package-lock.json …');
  runOrExit('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Debian's chromium for the browser tests (Playwright cannot download its own browser here). */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('• installing Debian chromium …');
  const prefix = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => {
    const [cmd, ...rest] = [...prefix, 'apt-get', ...args];
    return run(cmd, rest, { env: { DEBIAN_FRONTEND: 'noninteractive' } });
  };
  if (!(apt('update', '-qq') && apt('install', '-y', '-qq', 'chromium'))) {
    console.error('✗ could not install chromium; set CHROMIUM_PATH to an installed Chromium');
    process.exit(1);
  }
}

export const bin = {
  next: 'node_modules/next/dist/bin/next',
  tsx: 'node_modules/tsx/dist/cli.mjs',
  tsc: 'node_modules/typescript/bin/tsc',
  eslint: 'node_modules/eslint/bin/eslint.js',
  vitest: 'node_modules/vitest/vitest.mjs',
  playwright: 'node_modules/@playwright/test/cli.js',
};
