#!/usr/bin/env node
// npm run demo: installs what is missing, migrates, loads the demo data and accounts, builds and serves.
import { spawn } from 'node:child_process';
import { bin, ensureNodeModules, runOrExit } from './lib/setup.mjs';

const port = process.env.PORT || '3000';
const password = process.env.DEMO_PASSWORD || 'Demo@2018';

ensureNodeModules();
runOrExit(process.execPath, [bin.tsx, 'scripts/seed.ts']);
runOrExit(process.execPath, [bin.next, 'build']);

console.log(`
━━ 法治政府建设管理平台 · demo ━━
  open      http://localhost:${port}
  database  ${process.env.DATABASE_URL || 'data/app.db'}
  sign in with password ${password} as:
    admin     system administrator (系统管理员)
    office    legal affairs office (法制办)
    leader    city leader (市领导)
    assessor  assessment team (考核组)
    auditor   audit administrator (审计管理员)
    fgw, yuekou, …  each unit's reporting officer: the unit's code
`);

const server = spawn(process.execPath, ['scripts/serve.mjs', '-p', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
