import { rubricSchema, type BonusItem, type Category, type Indicator, type Rubric, type VetoItem } from '@/lib/scoring/rubric';
import type { MessageRef } from '@/lib/validation/issues';
import { PARSE_OPTIONS, issueMessage } from '@/lib/validation/issues';
import type { RubricSettings } from './validation';

// Pure edits of a rubric document: each returns the new rubric or a refusal on one form field.

export type EditResult = { ok: true; rubric: Rubric; before: unknown; after: unknown } | { ok: false; error: MessageRef; field?: string };

export type ItemKind = 'category' | 'indicator' | 'bonus' | 'veto';

/** A new, empty rubric for a year: filled in item by item (rubricProblems says what is still missing). */
export function emptyRubric(year: number): Rubric {
  return { year, basePoints: 100, bonusCap: 0, grades: { city: [], township: [] }, excellentQuotaPercent: null, categories: [], bonus: [], veto: [] };
}

/** Last year's rubric as the start of a new year's. */
export function copyRubric(source: Rubric, year: number): Rubric {
  return { ...structuredClone(source), year };
}

/** Every code in use, with the item that uses it. */
function codesOf(r: Rubric): Map<string, ItemKind> {
  const m = new Map<string, ItemKind>();
  for (const c of r.categories) {
    m.set(c.code, 'category');
    for (const i of c.indicators) m.set(i.code, 'indicator');
  }
  for (const b of r.bonus) m.set(b.code, 'bonus');
  for (const v of r.veto) m.set(v.code, 'veto');
  return m;
}

function notFound(): EditResult {
  return { ok: false, error: { key: 'notFound' } };
}

/** Checks the edited rubric as a whole (codes unique across items); a clash is reported on the code field. */
function finish(next: Rubric, before: unknown, after: unknown): EditResult {
  const parsed = rubricSchema.safeParse(next, PARSE_OPTIONS);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: issueMessage(issue), field: issue.path.at(-1) === 'code' ? 'code' : undefined };
  }
  return { ok: true, rubric: parsed.data, before, after };
}

function codeFree(r: Rubric, code: string, originalCode: string | null): EditResult | null {
  if (code !== originalCode && codesOf(r).has(code)) return { ok: false, error: { key: 'rubricCodeTwice', values: { code } }, field: 'code' };
  return null;
}

export function upsertCategory(r: Rubric, originalCode: string | null, item: Category): EditResult {
  const clash = codeFree(r, item.code, originalCode);
  if (clash) return clash;
  const next = structuredClone(r);
  if (originalCode === null) {
    next.categories.push({ ...item, indicators: [] });
    return finish(next, null, item);
  }
  const i = next.categories.findIndex((c) => c.code === originalCode);
  if (i < 0) return notFound();
  const before = next.categories[i]!;
  next.categories[i] = { ...item, indicators: before.indicators };
  return finish(next, { ...before, indicators: undefined }, item);
}

export function upsertIndicator(r: Rubric, categoryCode: string, originalCode: string | null, item: Indicator): EditResult {
  const clash = codeFree(r, item.code, originalCode);
  if (clash) return clash;
  const next = structuredClone(r);
  const target = next.categories.find((c) => c.code === categoryCode);
  if (!target) return { ok: false, error: { key: 'choose' }, field: 'categoryCode' };
  if (originalCode === null) {
    target.indicators.push(item);
    return finish(next, null, { category: categoryCode, ...item });
  }
  const from = next.categories.find((c) => c.indicators.some((i) => i.code === originalCode));
  if (!from) return notFound();
  const index = from.indicators.findIndex((i) => i.code === originalCode);
  const before = from.indicators[index]!;
  // Kept in place within its category; moved to the end of another one.
  if (from === target) target.indicators[index] = item;
  else {
    from.indicators.splice(index, 1);
    target.indicators.push(item);
  }
  return finish(next, { category: from.code, ...before }, { category: categoryCode, ...item });
}

export function upsertBonus(r: Rubric, originalCode: string | null, item: BonusItem): EditResult {
  const clash = codeFree(r, item.code, originalCode);
  if (clash) return clash;
  const next = structuredClone(r);
  if (originalCode === null) {
    next.bonus.push(item);
    return finish(next, null, item);
  }
  const i = next.bonus.findIndex((b) => b.code === originalCode);
  if (i < 0) return notFound();
  const before = next.bonus[i];
  next.bonus[i] = item;
  return finish(next, before, item);
}

export function upsertVeto(r: Rubric, originalCode: string | null, item: VetoItem): EditResult {
  const clash = codeFree(r, item.code, originalCode);
  if (clash) return clash;
  const next = structuredClone(r);
  if (originalCode === null) {
    next.veto.push(item);
    return finish(next, null, item);
  }
  const i = next.veto.findIndex((v) => v.code === originalCode);
  if (i < 0) return notFound();
  const before = next.veto[i];
  next.veto[i] = item;
  return finish(next, before, item);
}

/** Removes one item; a category goes with its indicators. */
export function removeItem(r: Rubric, kind: ItemKind, code: string): EditResult {
  const next = structuredClone(r);
  let before: unknown;
  if (kind === 'category') {
    const i = next.categories.findIndex((c) => c.code === code);
    if (i < 0) return notFound();
    before = next.categories.splice(i, 1)[0];
  } else if (kind === 'indicator') {
    const cat = next.categories.find((c) => c.indicators.some((i) => i.code === code));
    if (!cat) return notFound();
    const i = cat.indicators.findIndex((x) => x.code === code);
    before = { category: cat.code, ...cat.indicators.splice(i, 1)[0] };
  } else {
    const list: { code: string }[] = kind === 'bonus' ? next.bonus : next.veto;
    const i = list.findIndex((x) => x.code === code);
    if (i < 0) return notFound();
    before = list.splice(i, 1)[0];
  }
  return finish(next, before, null);
}

export function applySettings(r: Rubric, s: RubricSettings): EditResult {
  const before: RubricSettings = { basePoints: r.basePoints, bonusCap: r.bonusCap, excellentQuotaPercent: r.excellentQuotaPercent ?? null, grades: r.grades };
  return finish({ ...structuredClone(r), ...s }, before, s);
}
