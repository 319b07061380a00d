import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { countRows } from './seed-counts';

/** Read-only look-ups the benchmark makes in the bench database (while the server has it open: WAL allows it). */
export class BenchDatabase {
  private db: Database.Database;

  constructor(readonly path: string) {
    if (!existsSync(path)) throw new Error(`${path} does not exist: run npm run bench:seed -- --scale province first`);
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    this.db.pragma('busy_timeout = 5000');
  }

  close(): void {
    this.db.close();
  }

  /** The database file with its WAL, in bytes. */
  size(): number {
    const wal = `${this.path}-wal`;
    return statSync(this.path).size + (existsSync(wal) ? statSync(wal).size : 0);
  }

  counts(): Record<string, number> {
    return countRows(this.db);
  }

  /** The unit whose home page is heaviest: leads the most measures, then holds the most assignments. */
  busiestUnit(): string {
    const row = this.db
      .prepare(
        `select u.code as code from assignments a join units u on u.id = a.unit_id
         where a.status = 'active' and u.kind <> 'office'
         group by a.unit_id order by sum(a.role = 'lead') desc, count(*) desc, a.unit_id limit 1`,
      )
      .get() as { code: string } | undefined;
    if (!row) throw new Error('no unit holds an assignment');
    return row.code;
  }

  /** The latest published assessment year, and the year still being scored, if any. */
  /** The latest year with register records (the registers' pages open on it). */
  latestRegisterYear(): number {
    return (this.db.prepare(`select max(year) as y from litigation_cases`).get() as { y: number | null }).y ?? new Date().getFullYear();
  }

  assessmentYears(): { published: number | null; scoring: number | null } {
    const one = (stage: string) => (this.db.prepare(`select max(year) as y from assessments where stage = ?`).get(stage) as { y: number | null }).y;
    return { published: one('published'), scoring: one('scoring') };
  }

  /**
   * Up to `n` distinct units that each owe a report in an open round of the current plan and have
   * not started it: one (unit, assignment, round) per unit, for the concurrent-writer test.
   */
  writers(n: number): { code: string; unitId: number; assignmentId: number; roundId: number }[] {
    return this.db
      .prepare(
        `select u.code as code, a.unit_id as unitId, min(a.id) as assignmentId, r.id as roundId
         from assignments a
         join units u on u.id = a.unit_id
         join rounds r on r.status = 'open' and r.plan_id = (select id from plans where is_current = 1)
         join round_measures rm on rm.round_id = r.id and rm.measure_id = a.measure_id
         where a.status = 'active' and a.created_at <= r.deadline and u.kind <> 'office'
           and not exists (select 1 from reports x where x.round_id = r.id and x.assignment_id = a.id)
         group by a.unit_id, r.id
         order by a.unit_id
         limit ?`,
      )
      .all(n) as { code: string; unitId: number; assignmentId: number; roundId: number }[];
  }

  /** How many of these reports are submitted with the version row of their latest submission. */
  confirmedSubmissions(reportIds: number[]): number {
    if (reportIds.length === 0) return 0;
    const row = this.db
      .prepare(
        `select count(*) as n from reports r
         where r.id in (select value from json_each(?)) and r.status = 'submitted' and r.submissions >= 1
           and exists (select 1 from report_versions v where v.report_id = r.id and v.version_no = r.submissions)`,
      )
      .get(JSON.stringify(reportIds)) as { n: number };
    return row.n;
  }
}
