import 'server-only';
import { eq, getTableColumns, inArray } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
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
  measures,
  notices,
  plans,
  reports,
  rounds,
  selfAssessments,
  tasks,
  units,
  users,
} from '@/db/schema';
import { localized } from '@/lib/i18n/localized';
import { REGISTERS } from '@/lib/registers';
import { auditObjectLabel, type Translate } from './labels';

/** One audit record's object as written: its type and id (text; not every type has an id). */
export interface AuditObjectRef {
  objectType: string | null;
  objectId: string | null;
}

/** What the page and the export show for an object: its kind in words and, when found, its name. */
export interface AuditObjectView {
  /** The kind of object in the reader's language (报告, 用户 …); the raw type when the catalog has none. */
  label: string;
  /** The object by what it is (「市发改委 · 2018年第四季度 · 1.1 报告」); null when it has no id or is gone. */
  name: string | null;
  id: string | null;
}

type Names = Map<number, string>;
type Resolver = (ids: number[], ctx: { t: Translate; locale: string; tx: DB }) => Names;

const MAX_TITLE = 40;
const short = (s: string) => (s.length > MAX_TITLE ? `${s.slice(0, MAX_TITLE - 1)}…` : s);

function byId<T extends { id: number }>(rows: T[], name: (row: T) => string): Names {
  return new Map(rows.map((r) => [r.id, name(r)]));
}

function reportNames(ids: number[], { t, tx }: Parameters<Resolver>[1]): Names {
  if (ids.length === 0) return new Map();
  const rows = tx
    .select({ id: reports.id, unit: units.name, round: rounds.name, measure: measures.code })
    .from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .innerJoin(assignments, eq(assignments.id, reports.assignmentId))
    .innerJoin(measures, eq(measures.id, assignments.measureId))
    .where(inArray(reports.id, ids))
    .all();
  return byId(rows, (r) => t('audit.objectNames.report', { unit: r.unit, round: r.round, measure: r.measure }));
}

function selfAssessmentNames(ids: number[], { t, tx }: Parameters<Resolver>[1]): Names {
  if (ids.length === 0) return new Map();
  const rows = tx
    .select({ id: selfAssessments.id, year: assessments.year, unit: units.name, indicator: selfAssessments.indicatorCode })
    .from(selfAssessments)
    .innerJoin(assessmentUnits, eq(assessmentUnits.id, selfAssessments.assessmentUnitId))
    .innerJoin(assessments, eq(assessments.id, assessmentUnits.assessmentId))
    .innerJoin(units, eq(units.id, assessmentUnits.unitId))
    .where(inArray(selfAssessments.id, ids))
    .all();
  return byId(rows, (r) => t('audit.objectNames.selfAssessment', { year: r.year, unit: r.unit, indicator: r.indicator }));
}

const planNames: Resolver = (ids, { locale, tx }) =>
  byId(tx.select({ id: plans.id, title: plans.title, titleEn: plans.titleEn }).from(plans).where(inArray(plans.id, ids)).all(), (r) => short(localized(locale as 'zh-CN' | 'en', r.title, r.titleEn)));
const unitNames: Resolver = (ids, { tx }) => byId(tx.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, ids)).all(), (r) => r.name);
const importName: Resolver = () => new Map();

/** A register record by its register, its number where it has one (文号, 案号), its unit and year: never its matter or parties. */
function registerRecordNames(register: (typeof REGISTERS)[number]): Resolver {
  return (ids, { t, tx }) => {
    const columns = getTableColumns(register.table) as unknown as Record<string, SQLiteColumn>;
    const number = columns.caseNumber ?? columns.docNumber;
    const rows = tx
      .select({ id: columns.id!, unit: units.name, year: columns.year!, ...(number ? { number } : {}) })
      .from(register.table)
      .innerJoin(units, eq(units.id, columns.unitId!))
      .where(inArray(columns.id!, ids))
      .all() as { id: number; unit: string; year: number; number?: string | null }[];
    const title = t(`registers.${register.name}.title`);
    return byId(rows, (r) => [title, r.number || null, r.unit, t('audit.objectNames.year', { year: r.year })].filter(Boolean).join(' · '));
  };
}

/**
 * How each object type is named, one query for all the ids of a type on the page. An object type
 * the app records without an entry here is shown by its label and id (the label test names them all).
 */
const RESOLVERS: Record<string, Resolver> = {
  user: (ids, { t, tx }) =>
    byId(tx.select({ id: users.id, name: users.displayName, username: users.username }).from(users).where(inArray(users.id, ids)).all(), (r) =>
      t('audit.objectNames.user', { name: r.name, username: r.username }),
    ),
  unit: unitNames,
  // Written by the self-assessment's scope check with the unit's id.
  assessment_unit: unitNames,
  plan: planNames,
  // A refused new plan copied from another: the form's first id.
  copyFromPlan: planNames,
  task: (ids, { t, tx }) =>
    byId(tx.select({ id: tasks.id, no: tasks.no, title: tasks.title }).from(tasks).where(inArray(tasks.id, ids)).all(), (r) => short(t('plan.taskHeading', { no: r.no, title: r.title }))),
  measure: (ids, { tx }) =>
    byId(tx.select({ id: measures.id, code: measures.code, title: measures.title }).from(measures).where(inArray(measures.id, ids)).all(), (r) => short(`${r.code} ${r.title}`)),
  assignment: (ids, { t, tx }) =>
    byId(
      tx
        .select({ id: assignments.id, unit: units.name, measure: measures.code })
        .from(assignments)
        .innerJoin(units, eq(units.id, assignments.unitId))
        .innerJoin(measures, eq(measures.id, assignments.measureId))
        .where(inArray(assignments.id, ids))
        .all(),
      (r) => t('audit.objectNames.assignment', { unit: r.unit, measure: r.measure }),
    ),
  round: (ids, { tx }) => byId(tx.select({ id: rounds.id, name: rounds.name }).from(rounds).where(inArray(rounds.id, ids)).all(), (r) => r.name),
  report: reportNames,
  // Named by what it is attached to: a file's name is business content the auditor does not read (redact.ts).
  attachment: (ids, ctx) => {
    const rows = ctx.tx.select({ id: attachments.id, ownerType: attachments.ownerType, ownerId: attachments.ownerId }).from(attachments).where(inArray(attachments.id, ids)).all();
    const ofType = (type: string) => [...new Set(rows.filter((r) => r.ownerType === type).map((r) => r.ownerId))];
    const owners = { report: reportNames(ofType('report'), ctx), self_assessment: selfAssessmentNames(ofType('self_assessment'), ctx) };
    return new Map(
      rows.flatMap((r) => {
        const owner = owners[r.ownerType].get(r.ownerId);
        return owner ? [[r.id, ctx.t('audit.objectNames.attachment', { owner })] as const] : [];
      }),
    );
  },
  extension: (ids, { t, tx }) =>
    byId(
      tx
        .select({ id: extensionRequests.id, unit: units.name, measure: measures.code })
        .from(extensionRequests)
        .innerJoin(units, eq(units.id, extensionRequests.unitId))
        .innerJoin(assignments, eq(assignments.id, extensionRequests.assignmentId))
        .innerJoin(measures, eq(measures.id, assignments.measureId))
        .where(inArray(extensionRequests.id, ids))
        .all(),
      (r) => t('audit.objectNames.extension', { unit: r.unit, measure: r.measure }),
    ),
  notice: (ids, { t, tx }) =>
    byId(
      tx.select({ id: notices.id, unit: units.name }).from(notices).innerJoin(units, eq(units.id, notices.unitId)).where(inArray(notices.id, ids)).all(),
      (r) => t('audit.objectNames.notice', { unit: r.unit }),
    ),
  assessment: (ids, { t, tx }) =>
    byId(tx.select({ id: assessments.id, year: assessments.year }).from(assessments).where(inArray(assessments.id, ids)).all(), (r) => t('audit.objectNames.assessment', { year: r.year })),
  score_sheet: (ids, { t, tx }) =>
    byId(
      tx
        .select({ id: assessmentUnits.id, year: assessments.year, unit: units.name })
        .from(assessmentUnits)
        .innerJoin(assessments, eq(assessments.id, assessmentUnits.assessmentId))
        .innerJoin(units, eq(units.id, assessmentUnits.unitId))
        .where(inArray(assessmentUnits.id, ids))
        .all(),
      (r) => t('audit.objectNames.scoreSheet', { year: r.year, unit: r.unit }),
    ),
  self_assessment: selfAssessmentNames,
  // The rubric's id is its year.
  rubric: (ids, { t }) => new Map(ids.map((year) => [year, t('audit.objectNames.rubric', { year })])),
  'annual-report': (ids, { t, tx }) =>
    byId(tx.select({ id: annualReports.id, year: annualReports.year }).from(annualReports).where(inArray(annualReports.id, ids)).all(), (r) => t('audit.objectNames.annualReport', { year: r.year })),
  // An upload is named by its label and number: the file's name is business content.
  import: importName,
  job: importName,
  'account-proposal': (ids, { t, tx }) =>
    byId(
      tx
        .select({ id: accountProposals.id, name: accountProposals.displayName, username: accountProposals.username, targetName: users.displayName, targetUsername: users.username })
        .from(accountProposals)
        .leftJoin(users, eq(users.id, accountProposals.targetUserId))
        .where(inArray(accountProposals.id, ids))
        .all(),
      (r) => t('audit.objectNames.user', { name: r.targetName ?? r.name ?? '—', username: r.targetUsername ?? r.username ?? '—' }),
    ),
  'register.campaign': (ids, { tx }) =>
    byId(tx.select({ id: cleanupCampaigns.id, year: cleanupCampaigns.year, name: cleanupCampaigns.name }).from(cleanupCampaigns).where(inArray(cleanupCampaigns.id, ids)).all(), (r) => `${r.year} · ${r.name}`),
  ...Object.fromEntries(REGISTERS.map((r) => [`register.${r.name}`, registerRecordNames(r)])),
};

/** The object types whose names are looked up (the rest show their label and id). */
export const NAMED_OBJECT_TYPES = Object.keys(RESOLVERS);

/**
 * Names the objects of a page of audit records: one query per object type present, whatever the
 * number of rows. Returns a function from a record's object to what is shown for it.
 */
export function auditObjectViews(records: AuditObjectRef[], t: Translate, locale: string, tx: DB = db): (ref: AuditObjectRef) => AuditObjectView | null {
  const idsByType = new Map<string, Set<number>>();
  for (const r of records) {
    const id = Number(r.objectId);
    if (!r.objectType || !RESOLVERS[r.objectType] || !r.objectId || !Number.isSafeInteger(id) || id <= 0) continue;
    idsByType.set(r.objectType, (idsByType.get(r.objectType) ?? new Set()).add(id));
  }
  const names = new Map<string, Names>();
  for (const [type, ids] of idsByType) names.set(type, RESOLVERS[type]!([...ids], { t, locale, tx }));
  return (ref) => {
    if (!ref.objectType) return null;
    return {
      label: auditObjectLabel(ref.objectType, t) ?? ref.objectType,
      name: names.get(ref.objectType)?.get(Number(ref.objectId)) ?? null,
      id: ref.objectId,
    };
  };
}

/** The object's kind and id: 「进展报告 #131」. */
export function auditObjectKind(view: AuditObjectView): string {
  return `${view.label}${view.id ? ` #${view.id}` : ''}`;
}

/** The object as one line of text (the export's cell), as the page shows it: 「市发改委 · 2018年第四季度 · 1.1 报告（进展报告 #131）」, or 「用户 #5」 when it has no name. */
export function auditObjectText(view: AuditObjectView | null, t: Translate): string {
  if (!view) return '';
  return view.name ? t('audit.objectWithKind', { name: view.name, kind: auditObjectKind(view) }) : auditObjectKind(view);
}
