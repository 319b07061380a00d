'use server';

import { getTranslations } from 'next-intl/server';
import type { Tx } from '@/db/client';
import { rubrics } from '@/db/schema';
import { updateVersioned } from '@/lib/actions/crud';
import { ActionError, ConflictError, defineAction } from '@/lib/auth/action';
import { rubricSchema, type Rubric } from '@/lib/scoring/rubric';
import { PARSE_OPTIONS, issueMessage } from '@/lib/validation/issues';
import { applySettings, copyRubric, emptyRubric, removeItem, upsertBonus, upsertCategory, upsertIndicator, upsertVeto, type EditResult } from './edit';
import { assessmentStageOf, loadRubric } from './queries';
import {
  bonusFormSchema,
  categoryFormSchema,
  createRubricSchema,
  importRubricSchema,
  indicatorFormSchema,
  removeItemSchema,
  settingsFormSchema,
  vetoFormSchema,
} from './validation';

const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** A rubric can change only while its year's assessment is in draft (or not started). */
function assertEditable(tx: Tx, year: number) {
  const stage = assessmentStageOf(tx, year);
  if (stage === 'published') throw new ActionError({ key: 'assessment.errors.published' });
  if (stage && stage !== 'draft') throw new ActionError({ key: 'rubric.errors.locked' });
}

/** Applies one edit to the stored rubric under its version: a stale form is told, nothing is overwritten. */
function editRubric(
  ctx: { tx: Tx; user: { id: number }; now: Date; audit: (e: { objectType: string; objectId: number; before?: unknown; after?: unknown; detail?: string }) => void },
  year: number,
  version: number,
  edit: (r: Rubric) => EditResult,
  detail: string,
) {
  const { tx, user, now, audit } = ctx;
  const loaded = loadRubric(tx, year);
  if (!loaded) throw new ActionError({ key: 'notFound' });
  assertEditable(tx, year);
  if (loaded.row.version !== version) throw new ConflictError();
  if (!loaded.rubric) throw new ActionError({ key: 'rubric.errors.storedInvalid' });
  const result = edit(loaded.rubric);
  if (!result.ok) throw new ActionError(result.error, result.field);
  updateVersioned(tx, rubrics, { id: loaded.row.id, version }, { content: result.rubric, updatedBy: user.id }, now);
  audit({ objectType: 'rubric', objectId: year, before: result.before, after: result.after, detail });
}

/** Starts a year's rubric: empty, or a copy of an earlier year's. */
export const createRubricAction = defineAction({
  name: 'rubric.create',
  permission: 'rubric.manage',
  schema: createRubricSchema,
  run({ tx, input, user, audit }) {
    if (loadRubric(tx, input.year)) throw new ActionError({ key: 'rubric.errors.exists', values: { year: input.year } }, 'year');
    let content = emptyRubric(input.year);
    if (input.copyFromYear !== null) {
      const source = loadRubric(tx, input.copyFromYear);
      if (!source?.rubric) throw new ActionError({ key: 'rubric.errors.noSource', values: { year: input.copyFromYear } }, 'copyFromYear');
      content = copyRubric(source.rubric, input.year);
    }
    tx.insert(rubrics).values({ year: input.year, content, updatedBy: user.id }).run();
    audit({ objectType: 'rubric', objectId: input.year, after: { copyFromYear: input.copyFromYear, content } });
    return { redirectTo: `/assessments/${input.year}/rubric` };
  },
});

/** A path in the uploaded JSON, with codes instead of indexes where the items have one ("B › B1 › points"). */
function pathLabel(json: unknown, path: PropertyKey[]): string {
  const parts: string[] = [];
  let node: unknown = json;
  for (const p of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[p] : undefined;
    const code = node && typeof node === 'object' && typeof (node as { code?: unknown }).code === 'string' ? (node as { code: string }).code : null;
    if (typeof p === 'number') parts.push(code ?? `#${p + 1}`);
    else if (!['categories', 'indicators'].includes(String(p))) parts.push(String(p));
  }
  return parts.join(' › ') || '—';
}

/** Replaces (or creates) a year's rubric with an uploaded or pasted JSON document, checked in full. */
export const importRubricAction = defineAction({
  name: 'rubric.import',
  permission: 'rubric.manage',
  schema: importRubricSchema,
  async prepare({ input }) {
    const field = input.file ? 'file' : 'text';
    if (input.file && input.file.size > MAX_IMPORT_BYTES) throw new ActionError({ key: 'rubric.errors.tooLarge' }, 'file');
    const text = input.file ? await input.file.text() : input.text;
    if (text === null) throw new ActionError({ key: 'rubric.errors.noJson' }, 'text');
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      throw new ActionError({ key: 'rubric.errors.notJson' }, field);
    }
    const parsed = rubricSchema.safeParse(json, PARSE_OPTIONS);
    if (!parsed.success) {
      const t = (await getTranslations()) as unknown as (k: string, v?: Record<string, string | number>) => string;
      const details = parsed.error.issues
        .slice(0, 8)
        .map((issue) => {
          const ref = issueMessage(issue);
          return `${pathLabel(json, issue.path)}: ${t(ref.key.includes('.') ? ref.key : `v.${ref.key}`, ref.values)}`;
        })
        .join('；');
      throw new ActionError({ key: 'rubric.errors.importInvalid', values: { count: parsed.error.issues.length, details } }, field);
    }
    return { rubric: parsed.data };
  },
  run({ tx, input, user, now, prepared, audit }) {
    const rubric = prepared.rubric;
    if (rubric.year !== input.year) throw new ActionError({ key: 'rubric.errors.wrongYear', values: { fileYear: rubric.year, year: input.year } }, input.file ? 'file' : 'text');
    const existing = loadRubric(tx, input.year);
    assertEditable(tx, input.year);
    if (existing) {
      if (input.version === null) throw new ConflictError();
      updateVersioned(tx, rubrics, { id: existing.row.id, version: input.version }, { content: rubric, updatedBy: user.id }, now);
    } else {
      tx.insert(rubrics).values({ year: input.year, content: rubric, updatedBy: user.id }).run();
    }
    audit({ objectType: 'rubric', objectId: input.year, before: existing?.row.content ?? null, after: rubric });
    return { message: { key: 'rubric.imported' } };
  },
});

/** Base points, bonus cap, top-grade quota and grade bands. */
export const saveRubricSettingsAction = defineAction({
  name: 'rubric.settings',
  permission: 'rubric.manage',
  schema: settingsFormSchema,
  run(ctx) {
    editRubric(ctx, ctx.input.year, ctx.input.version, (r) => applySettings(r, ctx.input.settings), 'settings');
  },
});

export const saveCategoryAction = defineAction({
  name: 'rubric.category',
  permission: 'rubric.manage',
  schema: categoryFormSchema,
  run(ctx) {
    const { year, version, originalCode, item } = ctx.input;
    editRubric(ctx, year, version, (r) => upsertCategory(r, originalCode, item), `category ${item.code}`);
  },
});

export const saveIndicatorAction = defineAction({
  name: 'rubric.indicator',
  permission: 'rubric.manage',
  schema: indicatorFormSchema,
  run(ctx) {
    const { year, version, originalCode, categoryCode, item } = ctx.input;
    editRubric(ctx, year, version, (r) => upsertIndicator(r, categoryCode, originalCode, item), `indicator ${item.code}`);
    return { redirectTo: `/assessments/${year}/rubric?saved=${encodeURIComponent(item.code)}#ind-${encodeURIComponent(item.code)}` };
  },
});

export const saveBonusAction = defineAction({
  name: 'rubric.bonus',
  permission: 'rubric.manage',
  schema: bonusFormSchema,
  run(ctx) {
    const { year, version, originalCode, item } = ctx.input;
    editRubric(ctx, year, version, (r) => upsertBonus(r, originalCode, item), `bonus ${item.code}`);
  },
});

export const saveVetoAction = defineAction({
  name: 'rubric.veto',
  permission: 'rubric.manage',
  schema: vetoFormSchema,
  run(ctx) {
    const { year, version, originalCode, item } = ctx.input;
    editRubric(ctx, year, version, (r) => upsertVeto(r, originalCode, item), `veto ${item.code}`);
  },
});

/** Removes a category (with its indicators), an indicator, a bonus or a veto item. */
export const removeRubricItemAction = defineAction({
  name: 'rubric.remove',
  permission: 'rubric.manage',
  schema: removeItemSchema,
  run(ctx) {
    const { year, version, kind, code } = ctx.input;
    editRubric(ctx, year, version, (r) => removeItem(r, kind, code), `remove ${kind} ${code}`);
    return { message: { key: 'rubric.removed' } };
  },
});
