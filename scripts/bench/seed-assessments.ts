import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { DB } from '@/db/client';
import { assessments } from '@/db/schema';
import rubricFile from '@/db/seed/rubric-2018.json';
import { computeResults, outcomeOf } from '@/lib/assessments/results';
import { allIndicators, appliesByRubric, computedSource, type StoredBonus, type StoredInput, type StoredVeto } from '@/lib/assessments/sheet';
import { rubricSchema, type Indicator, type Rubric } from '@/lib/scoring/rubric';
import type { Rng } from './random';
import { DAY_MS, shanghaiMorning, type SeedContext, type SeedUnit } from './seed-context';

const round2 = (x: number) => Math.round(x * 100) / 100;
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** One indicator's assessor input, the kind lib/assessments/sheet.ts parseSheetForm stores; null for computed rates. */
function indicatorInput(rng: Rng, ind: Indicator): StoredInput | null {
  const rule = ind.rule;
  if (computedSource(ind)) {
    // Assessors rarely override a computed rate, and always with a reason.
    return rng.chance(0.01) ? { kind: 'override', rate: round4(0.8 + rng.next() * 0.2), reason: '经核实，部分报告因系统原因延迟，予以调整。' } : null;
  }
  if (rule.type === 'deduct') {
    const occurrences = rng.chance(0.75) ? 0 : rng.int(1, 3);
    return { kind: 'deduct', occurrences, reason: occurrences > 0 ? `检查发现问题${occurrences}起。` : null };
  }
  if (rule.type === 'rate') return { kind: 'rate', rate: round4(0.7 + rng.next() * 0.3), reason: null };
  return { kind: 'judgment', value: round2(ind.points * (0.6 + rng.next() * 0.4)), reason: '根据现场检查和台账材料评定。' };
}

/** A complete score sheet for one unit: every applicable indicator scored, a few bonus items, a rare veto. */
function scoreSheet(rng: Rng, rubric: Rubric, unit: SeedUnit) {
  const inputs: Record<string, StoredInput> = {};
  for (const ind of allIndicators(rubric)) {
    if (!appliesByRubric(ind, unit)) continue;
    const input = indicatorInput(rng, ind);
    if (input) inputs[ind.code] = input;
  }
  const bonus: Record<string, StoredBonus> = {};
  for (const b of rubric.bonus) if (rng.chance(0.04)) bonus[b.code] = { count: 1, reason: `${b.title}（省级文件）。` };
  const vetoes: Record<string, StoredVeto> = {};
  for (const v of rubric.veto) if (rng.chance(0.003)) vetoes[v.code] = { reason: '经查实，发生被问责的违法行政行为。' };
  return { inputs, bonus, vetoes };
}

/** The year's rubric: the 2018 rubric from db/seed, validated, with its year set. */
function rubricFor(year: number): Rubric {
  return rubricSchema.parse({ ...rubricFile, year });
}

interface Statements {
  rubric: Database.Statement;
  assessment: Database.Statement;
  unit: Database.Statement;
  self: Database.Statement;
}

function prepare(ctx: SeedContext): Statements {
  return {
    rubric: ctx.sqlite.prepare(`insert into rubrics (year, content, version, updated_by, created_at, updated_at) values (?, ?, 1, ?, ?, ?)`),
    assessment: ctx.sqlite.prepare(
      `insert into assessments (id, year, stage, rubric, stage_changed_at, reopen_count, created_by, version, created_at, updated_at)
       values (?, ?, ?, ?, ?, 0, ?, 4, ?, ?)`,
    ),
    unit: ctx.sqlite.prepare(
      `insert into assessment_units (assessment_id, unit_id, "group", enforcement, inputs, bonus, vetoes, sheet_version, scored_at, scored_by)
       values (?, ?, ?, ?, ?, ?, ?, 2, ?, ?)`,
    ),
    self: ctx.sqlite.prepare(
      `insert into self_assessments (assessment_unit_id, indicator_code, score, explanation, version, updated_by, created_at, updated_at)
       values ((select id from assessment_units where assessment_id = ? and unit_id = ?), ?, ?, ?, 1, ?, ?, ?)`,
    ),
  };
}

/** One year's rubric, assessment (in review), every unit's sheet and most units' self-assessments. */
function insertYear(ctx: SeedContext, st: Statements, id: number, year: number): void {
  const rubric = rubricFor(year);
  const created = shanghaiMorning(year, 12, 1);
  const scoredAt = shanghaiMorning(year + 1, 2, 10);
  st.rubric.run(year, JSON.stringify(rubric), ctx.staff.office, created, created);
  st.assessment.run(id, year, 'review', JSON.stringify(rubric), scoredAt + 7 * DAY_MS, ctx.staff.office, created, created);
  for (const unit of ctx.units) {
    const sheet = scoreSheet(ctx.rng, rubric, unit);
    st.unit.run(id, unit.id, unit.group, unit.enforcement ? 1 : 0, JSON.stringify(sheet.inputs), JSON.stringify(sheet.bonus), JSON.stringify(sheet.vetoes), scoredAt, ctx.staff.assessor);
    if (!ctx.rng.chance(0.85)) continue;
    for (const ind of allIndicators(rubric)) {
      if (!appliesByRubric(ind, unit)) continue;
      const score = round2(ind.points * (0.8 + ctx.rng.next() * 0.2));
      st.self.run(id, unit.id, ind.code, score, '已按要求完成，详见佐证材料。', unit.userId, created + 20 * DAY_MS, created + 20 * DAY_MS);
    }
  }
}

/**
 * Publishes an assessment the way lib/assessments/actions.ts publishAssessmentAction does: the
 * results computed by lib/assessments/results.ts (computeResults, outcomeOf) frozen on every unit.
 */
function publish(ctx: SeedContext, db: DB, id: number, year: number): void {
  const a = db.select().from(assessments).where(eq(assessments.id, id)).get();
  if (!a) throw new Error(`assessment ${id} missing`);
  const results = computeResults(db, a, rubricFor(year));
  const publishedAt = shanghaiMorning(year + 1, 3, 15);
  const freeze = ctx.sqlite.prepare('update assessment_units set result = ? where id = ?');
  ctx.sqlite.transaction(() => {
    for (const r of results) freeze.run(JSON.stringify(outcomeOf(r)), r.assessmentUnitId);
    ctx.sqlite
      .prepare(`update assessments set stage = 'published', stage_changed_at = ?, published_at = ?, published_by = ?, version = 5, updated_at = ? where id = ?`)
      .run(publishedAt, publishedAt, ctx.staff.office, publishedAt, id);
  })();
}

/**
 * Rubrics and assessments for every year: published (results frozen) for all but the last year,
 * which is still in `scoring`. Needs the reports loaded first: the computed rates read them.
 */
export function insertAssessments(ctx: SeedContext, db: DB, log: (line: string) => void): { assessments: number; published: number } {
  const st = prepare(ctx);
  const years = ctx.scale.years;
  ctx.sqlite.transaction(() => years.forEach((year, i) => insertYear(ctx, st, i + 1, year)))();
  let published = 0;
  years.forEach((year, i) => {
    const started = Date.now();
    if (i < years.length - 1) {
      publish(ctx, db, i + 1, year);
      published++;
      log(`  ${year} assessment published (${Date.now() - started} ms)`);
    } else {
      ctx.sqlite.prepare(`update assessments set stage = 'scoring', version = 3 where id = ?`).run(i + 1);
      log(`  ${year} assessment left in scoring`);
    }
  });
  return { assessments: years.length, published };
}
