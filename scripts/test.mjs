#!/usr/bin/env node
// npm test: installs what is missing, then runs type check, lint, unit tests and the Playwright suite
// (against a fresh temporary database), and ends with one line `total: N passed, M failed`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, ensureChromium, ensureNodeModules, run } from './lib/setup.mjs';

ensureNodeModules();
ensureChromium();

const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'fzzf-test-run-'));
const results = [];
const started = Date.now();

function suite(name, fn) {
  const t0 = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const { passed, failed } = fn();
  results.push({ name, passed, failed, seconds: Math.round((Date.now() - t0) / 1000) });
}

const oneCheck = (ok) => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

suite('type check', () => oneCheck(run(node, [bin.next, 'typegen']) && run(node, [bin.tsc, '--noEmit'])));

suite('lint', () => oneCheck(run(node, [bin.eslint, '.', '--max-warnings=0'])));

suite('unit tests', () => {
  const out = join(work, 'vitest.json');
  run(node, [bin.vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const r = readJson(out);
  if (!r) return { passed: 0, failed: 1 };
  // A file that fails to load has no failed test but fails the run: count it once.
  const broken = !r.success && r.numFailedTests === 0 ? 1 : 0;
  return { passed: r.numPassedTests, failed: r.numFailedTests + broken };
});

suite('end-to-end tests', () => {
  if (!run(node, [bin.next, 'build'])) return { passed: 0, failed: 1 };
  const out = join(work, 'playwright.json');
  const e2eDir = mkdtempSync(join(tmpdir(), 'fzzf-e2e-'));
  run(node, [bin.playwright, 'test'], { env: { E2E_JSON: out, E2E_DIR: e2eDir } });
  rmSync(e2eDir, { recursive: true, force: true });
  const r = readJson(out);
  if (!r?.stats) return { passed: 0, failed: 1 };
  const failed = r.stats.unexpected + (r.errors?.length ?? 0);
  return { passed: r.stats.expected + r.stats.flaky, failed };
});

rmSync(work, { recursive: true, force: true });

console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.name.padEnd(18)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(4)} failed  (${r.seconds}s)`);
console.log(`time: ${Math.round((Date.now() - started) / 1000)}s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
