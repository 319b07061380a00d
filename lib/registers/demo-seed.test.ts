import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { replaceConnection } from '@/db/client';
import { litigationCases, units } from '@/db/schema';
import { seedDemo } from '@/db/seed/demo';
import { seedRegisters } from '@/db/seed/registers';
import { bumpDataVersion } from '@/lib/cache/memo';
import { tempDatabase } from '@/lib/testing/temp-db';
import { registerFigures } from './core/figures';
import { checkRules } from './core/schema';
import type { RecordValues } from './core/define';
import { REGISTERS, registerByName } from '.';

const t = tempDatabase();
replaceConnection({ sqlite: t.sqlite, db: t.db });
afterAll(() => t.cleanup());
// The fixtures are written straight to the database, not through actions: each test reads the figures afresh.
beforeEach(() => bumpDataVersion());

let seeded = 0;
beforeAll(async () => {
  await seedDemo(t.db, 'Demo@2018');
  seeded = seedRegisters(t.db).registerRecords;
});

const unitId = (code: string) => t.db.select({ id: units.id }).from(units).where(eq(units.code, code)).get()!.id;

describe('demo registers', () => {
  it('loads once: a second run adds nothing', () => {
    // 27 documents, 22 clean-up items, 43 reviews and counsel records, 7 decisions, 20 reconsiderations, 30 lawsuits.
    expect(seeded).toBe(149);
    expect(seedRegisters(t.db).registerRecords).toBe(0);
  });

  it('keeps every rule a form or an import would hold it to', () => {
    for (const register of REGISTERS) {
      const rows = t.db.select().from(register.table).all() as RecordValues[];
      expect(rows.length, register.name).toBeGreaterThan(5);
      for (const row of rows) expect(checkRules(register, row), `${register.name} ${JSON.stringify(row)}`).toEqual([]);
    }
  });

  it('gives the 2018 figures an office would recognise: late filings, corrections, and units below the 出庭 line', () => {
    const docs = registerFigures(registerByName('documents')!, 2018);
    expect(docs.city.published).toBe(27);
    expect(docs.city.publishedUnreviewed).toBe(1);
    // Four filed after the 30-day period and two never filed: 21 of 27 on time.
    expect(docs.city.filedOnTime).toBe(21);
    expect(docs.rates.city.filingOnTimeRate).toBeCloseTo(21 / 27, 4);

    const recon = registerFigures(registerByName('reconsideration')!, 2018);
    expect(recon.city.received).toBe(18);
    expect(recon.city.accepted).toBe(16);
    expect(recon.city.corrected).toBe(4);
    expect(recon.city.complied).toBe(recon.city.complianceDue);

    const lit = registerFigures(registerByName('litigation')!, 2018);
    expect(lit.city.cases).toBe(30);
    const city = lit.rates.city.appearanceRate!;
    expect(city).toBeGreaterThan(0.6);
    expect(city).toBeLessThan(1);
    // 城管 appears least: the demo's unit the office would call in.
    expect(lit.rates.byUnit.get(unitId('cgw'))!.appearanceRate!).toBeLessThan(0.8);

    // A lawsuit is decided after its hearing; only a withdrawn one closes without.
    const unheardDecided = t.db.select().from(litigationCases).all().filter((c) => c.hearingOn === null && c.outcome !== null && c.outcome !== 'withdrawn');
    expect(unheardDecided).toEqual([]);

    const cleanup = registerFigures(registerByName('cleanup')!, 2018);
    expect(cleanup.city.items).toBe(22);
    expect(cleanup.city.repeal! + cleanup.city.invalid! + cleanup.city.amend! + cleanup.city.valid!).toBe(22);
  });
});
