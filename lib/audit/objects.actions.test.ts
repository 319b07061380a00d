import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db, type DB } from '@/db/client';
import {
  accountProposals,
  annualReports,
  assessmentUnits,
  assessments,
  assignments,
  attachments,
  cleanupCampaigns,
  extensionRequests,
  litigationCases,
  measures,
  notices,
  plans,
  reports,
  rounds,
  selfAssessments,
  units,
  users,
} from '@/db/schema';
import { loadMessages } from '@/lib/i18n/messages';
import type { Translate } from './labels';
import { auditObjectText, auditObjectViews, type AuditObjectRef } from './objects';

function translator(locale: 'zh-CN' | 'en'): Translate {
  const catalog = loadMessages(locale) as unknown as Record<string, unknown>;
  const find = (key: string) => key.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], catalog);
  const t = (key: string, values: Record<string, string | number> = {}) => String(find(key)).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  return Object.assign(t, { has: (key: string) => typeof find(key) === 'string' });
}

const zh = translator('zh-CN');
const ids = { user: 0, unit: 0, plan: 0, task: 0, measure: 0, assignment: 0, round: 0, report: 0, file: 0, selfFile: 0, self: 0, assessment: 0, sheet: 0, extension: 0, notice: 0, annual: 0, litigation: 0, campaign: 0, proposal: 0 };
let unitName = '';

beforeAll(() => {
  const fgw = db.select().from(units).where(eq(units.code, 'fgw')).get()!;
  unitName = fgw.name;
  ids.unit = fgw.id;
  const office = db.select().from(users).where(eq(users.username, 'office')).get()!;
  ids.user = office.id;
  const plan = db.select().from(plans).where(eq(plans.isCurrent, true)).get()!;
  ids.plan = plan.id;
  const measure = db.select().from(measures).where(and(eq(measures.planId, plan.id), eq(measures.code, '1.1'))).get()!;
  ids.measure = measure.id;
  ids.task = measure.taskId;
  ids.assignment = db.select().from(assignments).where(and(eq(assignments.measureId, measure.id), eq(assignments.unitId, fgw.id))).get()!.id;
  const deadline = new Date(Date.UTC(2019, 0, 10, 15, 59, 59, 999));
  ids.round = db.insert(rounds).values({ planId: plan.id, name: '2018年第四季度', year: 2018, periodStart: '2018-10-01', periodEnd: '2018-12-31', deadline, originalDeadline: deadline }).returning().get().id;
  ids.report = db.insert(reports).values({ roundId: ids.round, assignmentId: ids.assignment, unitId: fgw.id }).returning().get().id;
  const file = { unitId: fgw.id, sha256: 'x', originalName: '内部材料.pdf', type: 'pdf', mime: 'application/pdf', size: 1, uploadedBy: office.id };
  ids.file = db.insert(attachments).values({ ...file, ownerType: 'report', ownerId: ids.report }).returning().get().id;
  ids.assessment = db.insert(assessments).values({ year: 2018 }).returning().get().id;
  ids.sheet = db.insert(assessmentUnits).values({ assessmentId: ids.assessment, unitId: fgw.id, group: 'city', enforcement: true }).returning().get().id;
  ids.self = db.insert(selfAssessments).values({ assessmentUnitId: ids.sheet, indicatorCode: 'A1' }).returning().get().id;
  ids.selfFile = db.insert(attachments).values({ ...file, ownerType: 'self_assessment', ownerId: ids.self }).returning().get().id;
  ids.extension = db.insert(extensionRequests).values({ assignmentId: ids.assignment, unitId: fgw.id, requestedBy: office.id, requestedDueDate: '2019-06-30', reason: 'r' }).returning().get().id;
  ids.notice = db.insert(notices).values({ unitId: fgw.id, kind: 'reminder', params: {} }).returning().get().id;
  ids.annual = db.insert(annualReports).values({ year: 2018, planId: plan.id, title: 't', issuer: 'i', issueDate: '2019-01-31', sections: {} as never }).returning().get().id;
  ids.litigation = db.insert(litigationCases).values({ unitId: fgw.id, year: 2018, caseNumber: '(2018)鄂0981行初12号', court: '天门市人民法院', filedOn: '2018-03-01', matter: '某某诉市发改委' }).returning().get().id;
  ids.campaign = db.insert(cleanupCampaigns).values({ name: '证明事项清理', year: 2018 }).returning().get().id;
  ids.proposal = db.insert(accountProposals).values({ kind: 'create', username: 'newaud', displayName: '新审计员', toRole: 'auditor', proposedBy: office.id, proposedAt: new Date() }).returning().get().id;
});

const ref = (objectType: string | null, objectId: number | string | null): AuditObjectRef => ({ objectType, objectId: objectId === null ? null : String(objectId) });

describe('audit objects by name', () => {
  it('names each kind of object by what it is', () => {
    const refs = {
      report: ref('report', ids.report),
      user: ref('user', ids.user),
      unit: ref('unit', ids.unit),
      round: ref('round', ids.round),
      plan: ref('plan', ids.plan),
      task: ref('task', ids.task),
      measure: ref('measure', ids.measure),
      assignment: ref('assignment', ids.assignment),
      assessment: ref('assessment', ids.assessment),
      sheet: ref('score_sheet', ids.sheet),
      self: ref('self_assessment', ids.self),
      file: ref('attachment', ids.file),
      selfFile: ref('attachment', ids.selfFile),
      extension: ref('extension', ids.extension),
      notice: ref('notice', ids.notice),
      annual: ref('annual-report', ids.annual),
      rubric: ref('rubric', 2018),
      litigation: ref('register.litigation', ids.litigation),
      campaign: ref('register.campaign', ids.campaign),
      proposal: ref('account-proposal', ids.proposal),
    };
    const view = auditObjectViews(Object.values(refs), zh, 'zh-CN');
    const name = (r: AuditObjectRef) => view(r)?.name;
    expect(name(refs.report)).toBe(`${unitName} · 2018年第四季度 · 1.1 报告`);
    expect(view(refs.report)).toMatchObject({ label: '进展报告', id: String(ids.report) });
    expect(name(refs.user)).toMatch(/（office）$/);
    expect(name(refs.unit)).toBe(unitName);
    expect(name(refs.round)).toBe('2018年第四季度');
    expect(name(refs.plan)).toBeTruthy();
    expect(name(refs.task)).toMatch(/^任务1/);
    expect(name(refs.measure)).toMatch(/^1\.1 /);
    expect(name(refs.assignment)).toBe(`${unitName} · 1.1 分工`);
    expect(name(refs.assessment)).toBe('2018年度考核');
    expect(name(refs.sheet)).toBe(`2018年度考核 · ${unitName}`);
    expect(name(refs.self)).toBe(`2018年度考核 · ${unitName} · 自评 A1`);
    // A file is named by what it is attached to, never by its own name (business content).
    expect(name(refs.file)).toBe(`${unitName} · 2018年第四季度 · 1.1 报告 的附件`);
    expect(name(refs.selfFile)).toBe(`2018年度考核 · ${unitName} · 自评 A1 的附件`);
    expect(name(refs.extension)).toBe(`${unitName} · 1.1 延期申请`);
    expect(name(refs.notice)).toBe(`发给${unitName}的通知`);
    expect(name(refs.annual)).toBe('2018年度报告');
    expect(name(refs.rubric)).toBe('2018年度考核细则');
    // A register record by register, number, unit and year: not its matter.
    expect(name(refs.litigation)).toBe(`行政应诉 · (2018)鄂0981行初12号 · ${unitName} · 2018年`);
    expect(view(refs.litigation)?.label).toBe('行政应诉记录');
    expect(name(refs.campaign)).toBe('2018 · 证明事项清理');
    expect(name(refs.proposal)).toBe('新审计员（newaud）');
    for (const [key, r] of Object.entries(refs)) expect(name(r), key).toBeTruthy();
  });

  it('shows a kind and id when there is no name: no id, an object gone, an import, an unknown type', () => {
    const view = auditObjectViews([ref('settings', null), ref('report', 999_999), ref('import', 3), ref('mystery', 1)], zh, 'zh-CN');
    expect(view(ref('settings', null))).toEqual({ label: '系统设置', name: null, id: null });
    expect(auditObjectText(view(ref('report', 999_999)), zh)).toBe('进展报告 #999999');
    expect(auditObjectText(view(ref('import', 3)), zh)).toBe('导入 #3');
    expect(view(ref('mystery', 1))).toEqual({ label: 'mystery', name: null, id: '1' });
    expect(view(ref(null, null))).toBeNull();
    expect(auditObjectText(view(ref(null, null)), zh)).toBe('');
  });

  it('reads in English too, and the export’s text holds the name with its kind', () => {
    const en = translator('en');
    const view = auditObjectViews([ref('report', ids.report), ref('assessment', ids.assessment)], en, 'en');
    expect(view(ref('assessment', ids.assessment))?.name).toBe('2018 assessment');
    expect(auditObjectText(view(ref('report', ids.report)), en)).toBe(`${unitName} · 2018年第四季度 · 1.1 report (Progress report #${ids.report})`);
  });

  it('looks names up with one query per object type, however many rows', () => {
    let selects = 0;
    const counting = new Proxy(db, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop === 'select') selects++;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as DB;
    const many = Array.from({ length: 50 }, () => ref('report', ids.report));
    auditObjectViews([...many, ...Array.from({ length: 50 }, () => ref('user', ids.user)), ref('settings', null)], zh, 'zh-CN', counting);
    expect(selects).toBe(2);
  });
});
