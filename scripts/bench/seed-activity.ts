import { nextStepsText, problemsText, workDoneText } from './text';
import { DAY_MS, type SeedContext } from './seed-context';

/**
 * A few notices per unit (reminders, review outcomes, assessment stages), most of them read, plus
 * extension requests addressed to the office's staff. Params follow lib/notices/send.ts callers.
 */
export function insertNotices(ctx: SeedContext): number {
  const { rng } = ctx;
  const insert = ctx.sqlite.prepare(
    `insert into notices (unit_id, sender_id, audience, kind, params, body, assignment_id, round_id, created_at, read_at, read_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const closed = ctx.rounds.filter((r) => !r.open);
  const open = ctx.rounds.find((r) => r.open)!;
  const byUnit = new Map<number, number[]>();
  for (const a of ctx.assignments) byUnit.set(a.unitId, [...(byUnit.get(a.unitId) ?? []), a.id]);
  let count = 0;
  ctx.sqlite.transaction(() => {
    for (const unit of ctx.units) {
      const n = rng.int(...ctx.scale.noticesPerUnit);
      for (let i = 0; i < n; i++) {
        const recent = i === n - 1;
        const round = recent ? open : rng.pick(closed);
        const at = recent ? ctx.now - rng.int(1, 72) * 3_600_000 : round.deadline - rng.int(1, 5) * DAY_MS;
        const assignmentId = rng.pick(byUnit.get(unit.id) ?? [0]) || null;
        const code = assignmentId ? ctx.measures[ctx.assignments[assignmentId - 1]!.measureId - 1]!.code : '1.1';
        const kind = recent ? 'reminder' : rng.pick(['reminder', 'report_approved', 'report_returned', 'assessment_stage'] as const);
        const params =
          kind === 'reminder'
            ? { round: round.name }
            : kind === 'assessment_stage'
              ? { year: round.year, stage: 'published' }
              : { code, round: round.name, reportId: null };
        const read = !recent && rng.chance(0.8);
        insert.run(
          unit.id, ctx.staff.office, 'unit', kind, JSON.stringify(params), kind === 'reminder' ? '请按时报送本轮进展情况。' : null,
          kind === 'report_approved' || kind === 'report_returned' ? assignmentId : null, round.id, at, read ? at + DAY_MS : null, read ? unit.userId : null,
        );
        count++;
      }
    }
    const office = ctx.units[0]!;
    for (let i = 0; i < Math.min(50, ctx.units.length); i++) {
      const unit = rng.pick(ctx.units);
      const at = ctx.now - rng.int(1, 60) * DAY_MS;
      insert.run(office.id, unit.userId, 'office', 'extension_requested', JSON.stringify({ unit: unit.name, code: rng.pick(ctx.measures).code, due: '2021-03-31' }), null, null, null, at, null, null);
      count++;
    }
  })();
  return count;
}

type AuditKind = 'submit' | 'review' | 'signIn' | 'signInFailed' | 'denied' | 'draft';

const AUDIT_MIX: [AuditKind, number][] = [
  ['submit', 0.4],
  ['review', 0.17],
  ['signIn', 0.3],
  ['signInFailed', 0.03],
  ['denied', 0.02],
  ['draft', 0.08],
];

function auditKind(roll: number): AuditKind {
  let acc = 0;
  for (const [kind, p] of AUDIT_MIX) {
    acc += p;
    if (roll < acc) return kind;
  }
  return 'signIn';
}

/** A report as the audit log snapshots it (lib/reports/actions.ts reportSnapshot: the whole row, dates as ISO strings). */
function reportSnapshot(ctx: SeedContext, at: number, status: string, version: number) {
  const { rng } = ctx;
  const a = rng.pick(ctx.assignments);
  const measure = ctx.measures[a.measureId - 1]!.title;
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    id: rng.int(1, 400_000),
    roundId: rng.pick(ctx.rounds).id,
    assignmentId: a.id,
    unitId: a.unitId,
    status,
    percent: rng.int(20, 100),
    state: 'on_track',
    submissions: 1,
    firstSubmittedAt: status === 'draft' ? null : iso(at),
    lastSubmittedAt: status === 'draft' ? null : iso(at),
    reviewedAt: null,
    reviewedBy: null,
    version,
    createdAt: iso(at - 3 * DAY_MS),
    updatedAt: iso(at),
    workDone: workDoneText(rng, measure),
    problems: rng.chance(0.4) ? problemsText(rng, measure) : null,
    nextSteps: rng.chance(0.7) ? nextStepsText(rng, measure) : null,
  };
}

/**
 * `scale.auditRecords` audit records spread over the plan's years up to now, in time order (the log
 * is append-only): submissions with their before/after snapshots, reviews, sign-ins and refusals.
 */
export function insertAudit(ctx: SeedContext): number {
  const { rng } = ctx;
  const insert = ctx.sqlite.prepare(
    `insert into audit_log (at, user_id, username, unit_id, role, action, object_type, object_id, before, after, result, ip, detail)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const from = ctx.rounds[0]!.deadline - 90 * DAY_MS;
  const total = ctx.scale.auditRecords;
  const times = Array.from({ length: total }, () => from + Math.floor(rng.next() * (ctx.now - from))).sort((x, y) => x - y);
  const office = { id: ctx.staff.office, name: 'office', unitId: ctx.units[0]!.id, role: 'office' };
  ctx.sqlite.transaction(() => {
    for (const at of times) {
      const unit = rng.pick(ctx.units);
      const reporter = { id: unit.userId, name: unit.code, unitId: unit.id, role: 'unit' };
      const ip = `10.${rng.int(0, 40)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      const kind = auditKind(rng.next());
      const row = (who: typeof office, action: string, objectType: string | null, objectId: number | null, before: unknown, after: unknown, result = 'success', detail: string | null = null) =>
        insert.run(at, who.id, who.name, who.unitId, who.role, action, objectType, objectId === null ? null : String(objectId), before === null ? null : JSON.stringify(before), after === null ? null : JSON.stringify(after), result, ip, detail);
      if (kind === 'submit' || kind === 'draft') {
        const before = reportSnapshot(ctx, at, 'draft', 2);
        const after = { ...before, status: kind === 'submit' ? 'submitted' : 'draft', version: 3 };
        row(reporter, kind === 'submit' ? 'report.submit' : 'report.save-draft', 'report', before.id, before, after);
      } else if (kind === 'review') {
        const returned = rng.chance(0.06);
        row(office, 'report.review', 'report', rng.int(1, 400_000), { status: 'submitted' }, { status: returned ? 'returned' : 'approved', comment: returned ? '请补充具体数据和佐证材料。' : null });
      } else if (kind === 'signIn' || kind === 'signInFailed') {
        row(reporter, 'auth.sign-in', 'user', reporter.id, null, null, kind === 'signIn' ? 'success' : 'failure', kind === 'signIn' ? null : 'wrong password');
      } else {
        row(reporter, 'access.denied', 'unit', null, null, null, 'denied', 'unit.read.own');
      }
    }
  })();
  return total;
}
