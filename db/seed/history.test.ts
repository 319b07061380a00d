import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { reports, rounds, units } from '@/db/schema';
import { endOfDayShanghai } from '@/lib/i18n/format';
import { editRefusal } from '@/lib/reports/resubmit';
import { tempDatabase } from '@/lib/testing/temp-db';
import { seedDemo } from './demo';
import { seedHistory } from './history';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function seeded(now: Date) {
  const t = tempDatabase();
  cleanup = t.cleanup;
  await seedDemo(t.db, 'Demo@2018');
  seedHistory(t.db, now);
  return t.db
    .select({ id: reports.id, unit: units.code, status: reports.status, resubmitBy: reports.resubmitBy, round: rounds.name, roundStatus: rounds.status, workDone: reports.workDone })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(units, eq(units.id, reports.unitId))
    .orderBy(reports.id)
    .all();
}

describe('demo history', () => {
  // One full seed of the demo history: slow on a busy machine.
  it('gives the returns of the closed 2018 Q4 round a resubmission deadline five working days after the seed runs, so units can answer them', { timeout: 90_000 }, async () => {
    // Seeded on Thursday 2026-12-03 in Shanghai: until the end of Thursday 2026-12-10.
    const now = new Date('2026-12-03T10:00:00+08:00');
    const rows = await seeded(now);
    const returned = rows.filter((r) => r.status === 'returned');
    expect(returned.length).toBeGreaterThan(0);
    for (const r of returned) {
      expect(r.round).toBe('2018年第四季度');
      expect(r.resubmitBy).toEqual(endOfDayShanghai('2026-12-10'));
      expect(editRefusal(r, { status: r.roundStatus }, now)).toBeNull();
    }
    expect(rows.filter((r) => r.status !== 'returned').every((r) => r.resubmitBy === null)).toBe(true);
    // fgw, a demo account, has one to answer.
    expect(returned.map((r) => r.unit)).toContain('fgw');
  });
});
