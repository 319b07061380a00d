import { docNumberKey } from '@/lib/registers/doc-number';
import type { SeedContext } from './seed-context';

/** Records per unit per register per year at any scale (the issue's ≈ 20). */
export const REGISTER_RECORDS_PER_UNIT = 20;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Register records for every unit and year of the scale: documents, clean-up items (two campaigns a
 * year), legal work, major decisions, reconsideration and litigation cases, about 20 of each per unit
 * and year, with dates in order and a realistic spread of outcomes, through raw prepared statements.
 */
export function insertRegisters(ctx: SeedContext): number {
  const { sqlite, rng, scale, units } = ctx;
  const now = ctx.now;
  const office = ctx.staff.office;
  const per = REGISTER_RECORDS_PER_UNIT;
  const common = 'unit_id, year, created_by, updated_by, created_at, updated_at';
  const doc = sqlite.prepare(
    `insert into normative_documents (${common}, doc_number, doc_number_key, title, issuer, reviewed_on, review_outcome, reviewer, published_on, filed_on, filing_body) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'unit', ?, ?, '本单位法制机构', ?, ?, ?)`,
  );
  const campaign = sqlite.prepare(`insert into cleanup_campaigns (name, year, basis_number, basis_title, started_on, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`);
  const item = sqlite.prepare(`insert into cleanup_items (${common}, campaign_id, doc_number, doc_number_key, title, outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const work = sqlite.prepare(`insert into legal_work (${common}, kind, review_kind, counsel_kind, matter, done_on, by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const decision = sqlite.prepare(
    `insert into major_decisions (${common}, matter, public_participation, public_participation_on, expert_review, expert_review_on, risk_assessment, risk_assessment_on, legality_review, legality_review_on, collective_decision, collective_decision_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const recon = sqlite.prepare(
    `insert into reconsideration_cases (${common}, role, case_number, received_on, accepted, matter, info_disclosure, closed_on, outcome, complied) values (?, ?, ?, ?, ?, ?, 'organ', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const lit = sqlite.prepare(
    `insert into litigation_cases (${common}, case_number, court, filed_on, matter, hearing_on, leader_appeared, leader_name, leader_post, closed_on, outcome) values (?, ?, ?, ?, ?, ?, ?, '区人民法院', ?, '行政处罚纠纷', ?, ?, ?, ?, ?, ?)`,
  );
  const RECON = ['upheld', 'upheld', 'upheld', 'dismissed', 'revoked', 'confirmed_illegal', 'terminated', 'mediated'];
  const LIT = ['won', 'won', 'won', 'won', 'lost', 'withdrawn', 'mediated'];
  const REVIEW = ['major_decision', 'normative_document', 'contract', 'investment', 'other'];
  const COUNSEL = ['litigation', 'meeting', 'opinion', 'non_litigation'];
  const CLEANUP = ['valid', 'valid', 'amend', 'invalid', 'repeal'];
  let rows = 0;
  const day = (year: number, month: number, d: number) => `${year}-${pad(Math.min(12, month))}-${pad(Math.min(28, d))}`;
  sqlite.transaction(() => {
    for (const year of scale.years) {
      const campaigns = [1, 2].map((k) => Number(campaign.run(`${year}年第${k}批规范性文件清理`, year, `省政办发〔${year}〕${10 + k}号`, '关于开展规范性文件清理工作的通知', day(year, 3 + k * 3, 1), office, now, now).lastInsertRowid));
      for (const u of units) {
        const base = [u.id, year, office, office, now, now] as const;
        for (let i = 1; i <= per; i++) {
          const m = 1 + ((i - 1) % 11);
          const published = day(year, m, rng.int(1, 28));
          const number = `${u.code}规〔${year}〕${i}号`;
          doc.run(...base, number, docNumberKey(number), `关于规范第${i}项管理工作的通知`, day(year, m, 1), rng.chance(0.8) ? 'passed' : 'amended', published, rng.chance(0.9) ? day(year, m + 1, rng.int(1, 28)) : null, rng.chance(0.9) ? '市人民政府' : null);
          const old = `${u.code}规〔${year - 3}〕${i}号`;
          item.run(...base, campaigns[i % 2]!, old, docNumberKey(old), `关于第${i}项工作的规定`, rng.pick(CLEANUP));
          const review = rng.chance(0.6);
          work.run(...base, review ? 'review' : 'counsel', review ? rng.pick(REVIEW) : null, review ? null : rng.pick(COUNSEL), `第${i}项合法性审查或法律服务事项`, day(year, m, rng.int(1, 28)), rng.chance(0.5) ? 'legal_office' : 'counsel');
          const step = (p: number, d: number): [number, string | null] => (rng.chance(p) ? [1, day(year, m, d)] : [0, null]);
          decision.run(...base, `第${i}项重大行政决策事项`, ...step(0.9, 2), ...step(0.8, 5), ...step(0.8, 8), ...step(0.95, 12), 1, day(year, m, 20));
          const received = day(year, m, rng.int(1, 20));
          const accepted = rng.chance(0.9);
          const closed = accepted && m < 11 ? day(year, m + 2, rng.int(1, 28)) : null;
          const outcome = closed ? rng.pick(RECON) : null;
          recon.run(...base, `复〔${year}〕${u.id}-${i}号`, received, accepted ? 1 : 0, '不服行政处罚决定', rng.chance(0.15) ? 1 : 0, closed, outcome, closed && (outcome === 'revoked' || outcome === 'confirmed_illegal') ? 1 : null);
          const heard = rng.chance(0.85) ? day(year, m + 1, rng.int(1, 28)) : null;
          const appeared = heard !== null && rng.chance(u.laggard ? 0.5 : 0.9);
          const done = heard && m < 10 ? day(year, m + 2, rng.int(1, 28)) : null;
          lit.run(...base, `（${year}）行初${u.id}-${i}号`, day(year, m, rng.int(1, 28)), heard, appeared ? 1 : 0, appeared ? '负责人' : null, appeared ? '副局长' : null, done, done ? rng.pick(LIT) : null);
          rows += 6;
        }
      }
    }
  })();
  return rows;
}
