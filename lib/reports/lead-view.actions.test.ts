import { describe, expect, it } from 'vitest';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { assignments, measures, units } from '@/db/schema';
import { canReadReport } from './access';
import { COOPERATING_SHOWN, cooperatingReports } from './queries';

/** A measure of the demo plan with its lead assignment and its cooperating ones. */
function measureWithLead(code: string) {
  const measure = db.select().from(measures).where(eq(measures.code, code)).get()!;
  const rows = db.select().from(assignments).where(and(eq(assignments.measureId, measure.id), eq(assignments.status, 'active'))).all();
  return { measure, all: rows, lead: rows.find((a) => a.role === 'lead')!, cooperating: rows.filter((a) => a.role === 'cooperating') };
}

describe('a lead unit’s read-only view of its cooperating units', () => {
  it('lists exactly the cooperating assignments on the measures the unit leads', () => {
    const { lead } = measureWithLead('1.4');
    const led = db.select({ id: assignments.measureId }).from(assignments).where(and(eq(assignments.unitId, lead.unitId), eq(assignments.role, 'lead'), eq(assignments.status, 'active'))).all();
    const expected = db
      .select({ id: assignments.id })
      .from(assignments)
      .where(and(inArray(assignments.measureId, led.map((m) => m.id)), eq(assignments.role, 'cooperating'), eq(assignments.status, 'active')))
      .all()
      .map((a) => a.id)
      .sort((a, b) => a - b);
    const { rows, total } = cooperatingReports(lead.unitId);
    expect(expected.length).toBeGreaterThan(0);
    expect(total).toBe(expected.length);
    expect(rows.map((r) => r.assignmentId).sort((a, b) => a - b)).toEqual(expected);
  });

  it('pages through every cooperating unit when there are more than a page of them', () => {
    const { measure, all, lead } = measureWithLead('1.4');
    // Every other unit joins measure 1.4 as a cooperating unit: more than one page.
    const taken = all.map((a) => a.unitId);
    const others = db.select({ id: units.id }).from(units).where(notInArray(units.id, taken)).all();
    db.insert(assignments).values(others.map((u) => ({ measureId: measure.id, unitId: u.id, role: 'cooperating' as const }))).run();

    const first = cooperatingReports(lead.unitId, 1);
    expect(first.total).toBeGreaterThan(COOPERATING_SHOWN);
    expect(first.rows).toHaveLength(COOPERATING_SHOWN);
    const seen = new Set<number>();
    for (let page = 1; page <= Math.ceil(first.total / COOPERATING_SHOWN); page++) {
      const { rows, total } = cooperatingReports(lead.unitId, page);
      expect(total).toBe(first.total);
      for (const r of rows) seen.add(r.assignmentId);
    }
    expect(seen.size).toBe(first.total); // no row twice, none left out
    expect(cooperatingReports(lead.unitId, 99).rows).toEqual([]);
  });

  it('lets the lead unit read its cooperating units’ reports, and nobody else’s', () => {
    const { measure, lead, cooperating } = measureWithLead('1.4');
    const leadUser = { role: 'unit' as const, unitId: lead.unitId };
    expect(canReadReport(leadUser, { unitId: cooperating[0]!.unitId, measureId: measure.id })).toBe(true);
    const cooperatingUser = { role: 'unit' as const, unitId: cooperating[0]!.unitId };
    expect(canReadReport(cooperatingUser, { unitId: lead.unitId, measureId: measure.id })).toBe(false);
    const notLed = db.select().from(measures).where(eq(measures.code, '7.1')).get()!;
    const leadsNotLed = db.select().from(assignments).where(and(eq(assignments.measureId, notLed.id), eq(assignments.unitId, lead.unitId))).get();
    if (!leadsNotLed) expect(canReadReport(leadUser, { unitId: cooperating[0]!.unitId, measureId: notLed.id })).toBe(false);
  });
});
