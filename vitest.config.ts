import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': resolve(root),
      // Unit tests run outside React's server environment; the guard is for bundles, not tests.
      'server-only': resolve(root, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
    // Each actions file migrates and seeds its own database first: slow on a busy 2-core machine.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['{lib,db,components,scripts}/**/*.test.{ts,tsx}'], exclude: ['**/*.actions.test.ts'] },
      },
      {
        // Server actions called as a form would, against a fresh seeded database per file.
        extends: true,
        test: { name: 'actions', include: ['lib/**/*.actions.test.ts'], setupFiles: ['lib/testing/action-setup.ts'] },
      },
    ],
  },
});
