import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'node_modules/**', 'data/**', 'bench-data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'db/migrations/**']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Routes and components never reach the database: reads go through lib/<area>/queries.ts, which
    // restrict by the signed-in user, and writes through actions. Types and the enum lists are fine.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@/db/client', message: 'Read through lib/<area>/queries.ts (scoped by the user), write through actions.' },
            { name: 'drizzle-orm', message: 'SQL belongs in lib/<area>/queries.ts.', allowTypeImports: true },
            { name: '@/db/schema', message: 'Tables belong in lib/; import types only.', allowTypeImports: true },
          ],
          patterns: [
            {
              regex: '^@/db/schema/(?!enums$)',
              message: 'Tables belong in lib/; import types only (enum lists from @/db/schema/enums).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
]);
