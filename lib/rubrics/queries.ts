import 'server-only';
import { asc, desc, eq, lt } from 'drizzle-orm';
import { db, type DB, type Tx } from '@/db/client';
import { assessments, rubrics, type RubricRow } from '@/db/schema';
import { rubricProblems, rubricSchema, type Rubric, type RubricProblem } from '@/lib/scoring/rubric';

export interface LoadedRubric {
  row: RubricRow;
  /** Null when the stored document no longer passes the schema (it is then shown as JSON to fix by import). */
  rubric: Rubric | null;
  problems: RubricProblem[];
}

export function loadRubric(tx: DB | Tx, year: number): LoadedRubric | undefined {
  const row = tx.select().from(rubrics).where(eq(rubrics.year, year)).get();
  if (!row) return undefined;
  const parsed = rubricSchema.safeParse(row.content);
  return { row, rubric: parsed.success ? parsed.data : null, problems: parsed.success ? rubricProblems(parsed.data) : [] };
}

/** The year's rubric for the office's editor (callers hold `rubric.manage`). */
export function getRubric(year: number): LoadedRubric | undefined {
  return loadRubric(db, year);
}

/** Years that have a rubric, newest first. */
export function listRubricYears(): number[] {
  return db.select({ year: rubrics.year }).from(rubrics).orderBy(desc(rubrics.year)).all().map((r) => r.year);
}

/** The latest earlier year with a rubric: what "copy last year's" starts from. */
export function previousRubricYear(year: number): number | null {
  return db.select({ year: rubrics.year }).from(rubrics).where(lt(rubrics.year, year)).orderBy(desc(rubrics.year)).limit(1).get()?.year ?? null;
}

/** The stage of the year's assessment, if there is one: the rubric can be edited only while it is in draft. */
export function assessmentStageOf(tx: DB | Tx, year: number) {
  return tx.select({ stage: assessments.stage }).from(assessments).where(eq(assessments.year, year)).get()?.stage ?? null;
}

export function listRubricsForIndex() {
  return db.select({ year: rubrics.year, version: rubrics.version, updatedAt: rubrics.updatedAt }).from(rubrics).orderBy(asc(rubrics.year)).all();
}

/** The stage of a year's assessment, for pages (null when none is open). */
export function yearStage(year: number) {
  return assessmentStageOf(db, year);
}
