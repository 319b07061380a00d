'use server';

import { eq } from 'drizzle-orm';
import { getLocale, getTranslations } from 'next-intl/server';
import { gradeName } from '@/lib/assessments/grades';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { annualReportVersions, annualReports, type AnnualReportSections } from '@/db/schema';
import { updateVersioned } from '@/lib/actions/crud';
import { ActionError, ConflictError, defineAction } from '@/lib/auth/action';
import { intIn, optionalText, requiredDay, requiredText } from '@/lib/validation/fields';
import { composeDraft, type Translate } from './compose';
import { assessmentGrades } from './grades';
import { planForYear, yearFacts } from './queries';

/** Long enough for a city's whole year; the form has no smaller natural limit. */
const SECTION_MAX = 200_000;
const section = () => optionalText(SECTION_MAX).transform((v) => v ?? '');

const saveSchema = z.object({
  year: intIn(2000, 2100),
  version: intIn(0, 1_000_000),
  title: requiredText(200),
  issuer: requiredText(100),
  issueDate: requiredDay(),
  measures: section(),
  shortcomings: section(),
  responsibility: section(),
  nextYear: section(),
  other: section(),
});

/** Writes the draft (creating it at version 1) and keeps the saved state as a version; version-checked. */
function persist(
  tx: Tx,
  userId: number,
  now: Date,
  input: { year: number; version: number; title: string; issuer: string; issueDate: string; sections: AnnualReportSections },
) {
  const before = tx.select().from(annualReports).where(eq(annualReports.year, input.year)).get();
  const plan = planForYear(input.year);
  if (!plan) throw new ActionError({ key: 'annualReport.noPlan' });
  const values = { title: input.title, issuer: input.issuer, issueDate: input.issueDate, sections: input.sections, updatedBy: userId, updatedAt: now };
  let after;
  if (!before) {
    // Version 0: the form was loaded before any save; someone else's first save makes this a conflict.
    if (input.version !== 0) throw new ConflictError();
    after = tx.insert(annualReports).values({ ...values, year: input.year, planId: plan.id, version: 1 }).returning().get();
  } else {
    after = updateVersioned(tx, annualReports, { id: before.id, version: input.version }, values, now);
  }
  tx.insert(annualReportVersions)
    .values({ reportId: after.id, versionNo: after.version, title: after.title, issuer: after.issuer, issueDate: after.issueDate, sections: after.sections, savedBy: userId, savedAt: now })
    .run();
  return { before, after };
}

/** Saves the office's edits to the year's report. */
export const saveAnnualReportAction = defineAction({
  name: 'annual-report.save',
  permission: 'annualReport.edit',
  schema: saveSchema,
  run({ tx, input, user, audit, now }) {
    const { year, version, title, issuer, issueDate, ...sections } = input;
    const { before, after } = persist(tx, user.id, now, { year, version, title, issuer, issueDate, sections });
    audit({ objectType: 'annual-report', objectId: after.id, before: before ?? undefined, after });
    return { message: { key: 'annualReport.saved', values: { version: after.version } }, data: { version: after.version } };
  },
});

const regenerateSchema = z.object({
  year: intIn(2000, 2100),
  version: intIn(0, 1_000_000),
  title: requiredText(200),
  issuer: requiredText(100),
  issueDate: requiredDay(),
});

/** Redrafts the whole text from the latest data, keeping the current text as an earlier version. */
export const regenerateAnnualReportAction = defineAction({
  name: 'annual-report.regenerate',
  permission: 'annualReport.edit',
  schema: regenerateSchema,
  async prepare() {
    return {
      t: (await getTranslations('annualReport.compose')) as unknown as Translate,
      groups: await getTranslations('groups'),
      root: (await getTranslations()) as unknown as (key: string) => string,
      locale: await getLocale(),
    };
  },
  run({ tx, input, user, audit, now, prepared }) {
    const facts = yearFacts(input.year);
    if (!facts) throw new ActionError({ key: 'annualReport.noPlan' });
    const grades = assessmentGrades(input.year, (g) => prepared.groups(g), (g) => gradeName(g, prepared.locale, prepared.root));
    const sections = composeDraft(facts, prepared.t, grades, prepared.locale === 'en' ? 'latin' : 'chinese');
    const { before, after } = persist(tx, user.id, now, { ...input, sections });
    audit({ objectType: 'annual-report', objectId: after.id, before: before ?? undefined, after, detail: 'redrafted from data' });
    return { message: { key: 'annualReport.regenerated', values: { version: after.version } }, data: { version: after.version } };
  },
});
