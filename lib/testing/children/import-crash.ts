// Test child: applies an import preview in one transaction and hangs half-way, to be killed there.
import { readFileSync, writeSync } from 'node:fs';
import { openDatabase } from '@/db/client';
import { applyImport } from '@/lib/import-export/apply';
import type { ImportPreview } from '@/lib/import-export/import-diff';
import { writeAudit } from '@/lib/audit/log';

const [dbPath, previewPath, planId, userId] = process.argv.slice(2);
const preview = JSON.parse(readFileSync(previewPath!, 'utf8')) as ImportPreview;
const { db } = openDatabase(dbPath);
const actor = { userId: Number(userId), username: 'office', unitId: null, role: 'office', ip: null };
db.transaction(
  (tx) =>
    applyImport({ tx, userId: Number(userId), now: new Date(), audit: (e) => writeAudit(tx, actor, { ...e, action: e.action ?? 'test' }) }, Number(planId), preview, 'crash test', (i) => {
      if (i === 3) {
        writeSync(1, 'midway\n');
        for (;;) {
          // Hold the transaction open until the test kills the process.
        }
      }
    }),
  { behavior: 'immediate' },
);
