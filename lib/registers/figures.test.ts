import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replaceConnection } from '@/db/client';
import { cleanupCampaigns, cleanupItems, legalWork as legalWorkTable, litigationCases, majorDecisions, normativeDocuments, reconsiderationCases, settings, units } from '@/db/schema';
import { bumpDataVersion } from '@/lib/cache/memo';
import { tempDatabase } from '@/lib/testing/temp-db';
import { registerFigures, unitFigures } from './core/figures';
import { cleanup } from './cleanup';
import { decisions } from './decisions';
import { documents } from './documents';
import { legalWork } from './legal-work';
import { litigation } from './litigation';
import { reconsideration } from './reconsideration';

const t = tempDatabase();
replaceConnection({ sqlite: t.sqlite, db: t.db });
afterAll(() => t.cleanup());
// The fixtures are written straight to the database, not through actions: each test reads the figures afresh.
beforeEach(() => bumpDataVersion());

let a = 0;
let b = 0;
beforeAll(() => {
  const unit = (code: string, name: string) => t.db.insert(units).values({ code, name, fullName: name, kind: 'government', group: 'city' }).returning().get().id;
  a = unit('a', '甲局');
  b = unit('b', '乙局');
});

const base = (unitId: number, year: number) => ({ unitId, year });

describe('行政应诉', () => {
  beforeAll(() => {
    const row = (unitId: number, n: number, v: Partial<typeof litigationCases.$inferInsert>) =>
      t.db.insert(litigationCases).values({ ...base(unitId, 2018), caseNumber: `(2018)鄂9006行初${n}号`, court: '天门市人民法院', filedOn: '2018-03-01', ...v }).run();
    row(a, 1, { hearingOn: '2018-05-10', leaderAppeared: true, leaderName: '张三', closedOn: '2018-06-01', outcome: 'won' });
    row(a, 2, { hearingOn: '2018-06-10', leaderAppeared: true, leaderName: '李四', closedOn: '2018-08-01', outcome: 'lost' });
    row(a, 3, { hearingOn: '2018-07-10' });
    row(a, 4, { hearingOn: '2019-01-10', leaderAppeared: true, leaderName: '王五' }); // heard the next year
    row(a, 5, { hearingOn: '2018-09-10', leaderAppeared: true, leaderName: '赵六', status: 'archived' }); // archived: counts nowhere
    row(b, 6, {}); // filed, never heard
  });

  it('counts cases, hearings and appearances by the year of each event', () => {
    const f = registerFigures(litigation, 2018);
    expect(f.byUnit.get(a)).toMatchObject({ cases: 4, hearings: 3, appeared: 2, closed: 2, lost: 1 });
    expect(f.city).toMatchObject({ cases: 5, hearings: 3, appeared: 2, closed: 2, lost: 1 });
    expect(registerFigures(litigation, 2019).byUnit.get(a)).toMatchObject({ cases: 0, hearings: 1, appeared: 1 });
  });

  it('gives 负责人出庭应诉率 as appeared ÷ heard, and 不适用 (null) to a unit with no hearing, not 0 %', () => {
    const f = registerFigures(litigation, 2018);
    expect(f.rates.byUnit.get(a)?.appearanceRate).toBe(0.6667);
    expect(f.rates.byUnit.get(b)?.appearanceRate).toBeNull();
    expect(f.rates.city.appearanceRate).toBe(0.6667);
    expect(f.rates.byUnit.get(a)?.lossRate).toBe(0.5);
    expect(unitFigures(litigation, 2018, b).rates.lossRate).toBeNull();
  });
});

describe('行政复议', () => {
  beforeAll(() => {
    const row = (v: Partial<typeof reconsiderationCases.$inferInsert>) =>
      t.db.insert(reconsiderationCases).values({ ...base(a, 2018), receivedOn: '2018-02-01', matter: '行政处罚', ...v }).run();
    row({ closedOn: '2018-04-01', outcome: 'revoked', complied: true });
    row({ closedOn: '2018-04-02', outcome: 'upheld' });
    row({ closedOn: '2018-05-01', outcome: 'confirmed_illegal', complied: false });
    row({ accepted: false });
    row({ infoDisclosure: true });
    row({ year: 2017, receivedOn: '2017-12-01', closedOn: '2018-01-20', outcome: 'varied', complied: true }); // received last year, closed this year
    row({ role: 'third_party', receivedOn: '2018-07-01' });
    row({ role: 'organ', receivedOn: '2018-08-01', status: 'archived', closedOn: '2018-09-01', outcome: 'revoked' });
  });

  it('counts received and accepted by the day received, closed and corrected by the day closed', () => {
    const f = registerFigures(reconsideration, 2018);
    expect(f.city).toMatchObject({ received: 5, accepted: 4, closed: 4, corrected: 3, infoDisclosure: 1, thirdParty: 1, complianceDue: 3, complied: 2 });
  });

  it('gives 纠错率 over the cases closed in the year (the denominator is closed cases, not received ones)', () => {
    const f = registerFigures(reconsideration, 2018);
    expect(f.rates.city.correctionRate).toBe(0.75);
    expect(f.rates.city.complianceRate).toBe(0.6667);
    expect(registerFigures(reconsideration, 2016).rates.city.correctionRate).toBeNull();
  });
});

describe('规范性文件', () => {
  beforeAll(() => {
    t.db.insert(settings).values({ key: 'documentFilingDays', value: 30, updatedAt: new Date() }).run();
    let n = 0;
    const row = (v: Partial<typeof normativeDocuments.$inferInsert>) => {
      n++;
      t.db.insert(normativeDocuments).values({ ...base(a, 2018), docNumber: `甲发〔2018〕${n}号`, docNumberKey: `k${n}`, title: `文件${n}`, reviewedOn: '2018-02-01', reviewOutcome: 'passed', ...v }).run();
    };
    row({ publishedOn: '2018-03-01', filedOn: '2018-03-31' }); // day 30: on time
    row({ publishedOn: '2018-03-01', filedOn: '2018-04-01' }); // day 31: late
    row({ publishedOn: '2018-05-01' }); // never filed, period long past: due and late
    row({ publishedOn: '2018-12-20', filedOn: '2019-01-10' }); // published this year, filed on time next year
    row({ publishedOn: '2018-06-01', reviewedOn: null, reviewOutcome: null, filedOn: '2018-06-05' }); // not reviewed
    row({ reviewedOn: '2018-11-01', publishedOn: null }); // reviewed, not (yet) published
  });

  it('counts a filing on the last day of the period as on time and the day after as late', () => {
    const f = registerFigures(documents, 2018);
    expect(f.city).toMatchObject({ reviewed: 5, published: 5, filed: 3, filingDue: 5, filedOnTime: 3, publishedUnreviewed: 1 });
    expect(f.rates.city.filingOnTimeRate).toBe(0.6);
  });

  it('follows the filing period the office sets', () => {
    t.db.update(settings).set({ value: 15 }).run();
    bumpDataVersion(['register.settings']);
    expect(registerFigures(documents, 2018).city.filedOnTime).toBe(1); // only the one filed after 4 days
    t.db.update(settings).set({ value: 30 }).run();
  });
});

describe('文件清理, 合法性审查, 重大行政决策', () => {
  it('counts each campaign outcome', () => {
    const c = t.db.insert(cleanupCampaigns).values({ name: '公平竞争审查清理', year: 2018 }).returning().get();
    const item = (outcome: 'valid' | 'amend' | 'invalid' | 'repeal', n: number) =>
      t.db.insert(cleanupItems).values({ ...base(a, 2018), campaignId: c.id, docNumber: `甲发〔2016〕${n}号`, docNumberKey: `c${n}`, title: '文件', outcome }).run();
    [1, 2, 3].forEach((n) => item('valid', n));
    item('amend', 4);
    item('repeal', 5);
    expect(registerFigures(cleanup, 2018).city).toEqual({ items: 5, valid: 3, amend: 1, invalid: 0, repeal: 1 });
  });

  it('counts reviews and counsel work by kind', () => {
    const row = (v: Partial<typeof legalWorkTable.$inferInsert>) => t.db.insert(legalWorkTable).values({ ...base(b, 2018), kind: 'review', matter: '事项', doneOn: '2018-05-01', by: 'legal_office', ...v }).run();
    row({ reviewKind: 'contract' });
    row({ reviewKind: 'contract' });
    row({ reviewKind: 'major_decision' });
    row({ kind: 'counsel', counselKind: 'litigation', by: 'counsel' });
    row({ kind: 'counsel', counselKind: 'opinion', by: 'counsel', doneOn: '2019-01-02', year: 2019 });
    const f = registerFigures(legalWork, 2018).byUnit.get(b);
    expect(f).toMatchObject({ reviews: 3, review_contract: 2, review_major_decision: 1, counsel: 1, counsel_litigation: 1, counsel_opinion: 0 });
  });

  it('gives the share of catalogued decisions that had a legality review', () => {
    const row = (legalityReview: boolean, hearing = false) =>
      t.db.insert(majorDecisions).values({ ...base(b, 2018), matter: '决策', legalityReview, hearing, publicParticipation: hearing }).run();
    row(true, true);
    row(true);
    row(false);
    row(true);
    const f = registerFigures(decisions, 2018);
    expect(f.city).toMatchObject({ catalogued: 4, legalityReviewed: 3, hearings: 1 });
    expect(f.rates.city.legalityReviewRate).toBe(0.75);
  });
});
