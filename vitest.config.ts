import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': resolve(import.meta.dirname),
      // Unit tests run outside React's server environment; the guard is for bundles, not tests.
      'server-only': resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    environment: 'node',
    include: ['{lib,db,components,scripts}/**/*.test.{ts,tsx}'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
