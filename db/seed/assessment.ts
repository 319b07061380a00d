import { asc, eq } from 'drizzle-orm';
import type { DB } from '../client';
import { assessmentUnits, assessments, notices, rubrics, selfAssessments, units, users } from '../schema';
import type { SelfStatus } from '../schema/enums';
import { writeAudit } from '../../lib/audit/log';
import { rubricSchema } from '../../lib/scoring/rubric';
import { random } from './random';

const at = (iso: string) => new Date(iso);
const DAY = 24 * 3_600_000;
/** Self-assessment opened on this day of January 2019; units submit over the following days. */
const OPENED = at('2019-01-07T09:00:00+08:00');

/** Demo accounts with a fixed part to play: fgw still drafting, jyj submitted, yuekou returned by the office. */
const FIXED: Record<string, SelfStatus> = { fgw: 'draft', jyj: 'submitted', yuekou: 'returned' };
const RETURN_COMMENT = '请补充 B1、B2 自评分的依据（报送台账和完成情况说明），修改后重新提交。';

/**
 * Demo assessment: the 2018 year-end assessment in its self-assessment stage, the 2018 rubric frozen
 * into it and every active unit taken in. A mix of self-assessments: about a third submitted, one
 * returned by the office with a comment, the others drafts (half filled in) or not started. Scores are
 * full marks except a few deductions, each explained. Runs once: nothing when 2018 has an assessment.
 */
export function seedAssessment(db: DB): { assessments: number; selfAssessments: number } {
  const none = { assessments: 0, selfAssessments: 0 };
  if (db.select({ id: assessments.id }).from(assessments).where(eq(assessments.year, 2018)).get()) return none;
  const stored = db.select().from(rubrics).where(eq(rubrics.year, 2018)).get();
  const office = db.select().from(users).where(eq(users.username, 'office')).get();
  if (!stored || !office) return none;
  const rubric = rubricSchema.parse(stored.content);
  const indicators = rubric.categories.flatMap((c) => c.indicators);
  const reporters = new Map(db.select({ username: users.username, id: users.id }).from(users).where(eq(users.role, 'unit')).all().map((u) => [u.username, u.id]));
  const r = random(2019);

  return db.transaction((tx) => {
    const a = tx
      .insert(assessments)
      .values({ year: 2018, stage: 'self', rubric, stageChangedAt: OPENED, createdBy: office.id, version: 2, createdAt: new Date(OPENED.getTime() - 3 * DAY) })
      .returning()
      .get();
    const active = tx.select().from(units).where(eq(units.active, true)).orderBy(asc(units.code)).all();
    let rows = 0;
    active.forEach((u, i) => {
      const reporter = reporters.get(u.code);
      // A unit without its own reporting account (the office's own) has not started.
      const plan = !reporter ? 'empty' : (FIXED[u.code] ?? (['submitted', 'draft', 'empty'] as const)[i % 3]!);
      const submittedAt = new Date(OPENED.getTime() + (1 + (i % 9)) * DAY + (i % 7) * 3_600_000);
      const status: SelfStatus = plan === 'empty' ? 'draft' : plan;
      const au = tx
        .insert(assessmentUnits)
        .values({
          assessmentId: a.id,
          unitId: u.id,
          group: u.group,
          enforcement: u.enforcement,
          selfStatus: status,
          selfSubmittedAt: status === 'draft' ? null : submittedAt,
          selfSubmittedBy: status === 'draft' ? null : reporter,
        })
        .returning()
        .get();
      tx.insert(notices)
        .values({ unitId: u.id, senderId: office.id, kind: 'assessment_stage', params: { year: 2018, stage: 'self' }, createdAt: OPENED })
        .run();
      if (plan === 'empty') return;
      const applicable = indicators.filter((ind) => ind.appliesTo !== 'enforcement' || u.enforcement);
      // A draft is half done: the first indicators only.
      const filled = plan === 'draft' ? applicable.slice(0, Math.ceil(applicable.length / 2)) : applicable;
      const updatedAt = status === 'draft' ? new Date(OPENED.getTime() + (2 + (i % 5)) * DAY) : new Date(submittedAt.getTime() - 3_600_000);
      for (const ind of filled) {
        const deduct = r() < 0.2 ? Math.min(ind.points, ind.points >= 10 ? 2 : 1) : 0;
        const score = ind.points - deduct;
        const explanation = deduct > 0 ? `${ind.code} 部分工作未按期完成，自扣 ${deduct} 分。` : `${ind.code} 已按考核细则要求完成，佐证材料齐全。`;
        tx.insert(selfAssessments).values({ assessmentUnitId: au.id, indicatorCode: ind.code, score, explanation, updatedBy: reporter, createdAt: updatedAt, updatedAt }).run();
        rows++;
      }
      if (status === 'returned') {
        tx.insert(notices)
          .values({ unitId: u.id, senderId: office.id, kind: 'self_returned', params: { year: 2018 }, body: RETURN_COMMENT, createdAt: new Date(submittedAt.getTime() + DAY) })
          .run();
      }
    });
    writeAudit(tx, { userId: null, username: 'system', unitId: null, role: null, ip: null }, { action: 'seed.demo-assessment', after: { year: 2018, units: active.length, selfAssessments: rows } });
    return { assessments: 1, selfAssessments: rows };
  });
}
