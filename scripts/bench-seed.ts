// Generates a separate benchmark database: npm run bench:seed -- --scale city|province [--out file] [--seed n]
// Never writes to data/app.db nor to any existing file it did not write itself.
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { hashPassword } from '../lib/auth/password';
import { BENCH_PASSWORD } from './bench/accounts';
import { SCALES, SCALE_NAMES, isScaleName } from './bench/scale';
import { seedBenchDatabase } from './bench/seed';
import { defaultBenchPath } from './bench/target';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'province' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20160101' },
  },
});
if (!isScaleName(values.scale)) {
  console.error(`--scale must be one of ${SCALE_NAMES.join(', ')}`);
  process.exit(2);
}
const scale = SCALES[values.scale];
const path = values.out ?? defaultBenchPath(scale.name);

// One argon2 hash for every account: hashing 2,000 passwords would take minutes and measure nothing.
const passwordHash = await hashPassword(BENCH_PASSWORD);
console.log(`bench:seed ${scale.name} → ${relative(process.cwd(), path) || path}`);
try {
  const result = await seedBenchDatabase({ path, scale, passwordHash, seed: Number(values.seed), log: (line) => console.log(line) });
  console.log('\nrows:');
  for (const [table, n] of Object.entries(result.counts)) console.log(`  ${table.padEnd(18)} ${n.toLocaleString('en-US')}`);
  console.log(`\ndatabase: ${(result.bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(`elapsed: ${(result.ms / 1000).toFixed(1)} s`);
  console.log(`\nevery account (unit codes u0001…, office, leader, assessor, admin, auditor) signs in with: ${BENCH_PASSWORD}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
