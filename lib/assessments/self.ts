import type { MessageRef } from '@/lib/validation/issues';
import { scoreProblem } from '@/lib/scoring/rules';

// A unit's self-assessment sheet is one form: per applicable indicator `score.<code>`,
// `explanation.<code>`, `version.<code>` (0 before its first save) and `files.<code>`. A draft keeps
// whatever was typed (blanks included); a submission needs every score and, below full marks, an
// explanation of the points the unit gives up.

export type SelfIntent = 'draft' | 'submit';

export interface SelfLine {
  code: string;
  /** The version the form was loaded with (0: not saved yet). */
  version: number;
  score: number | null;
  explanation: string | null;
}

export const SELF_EXPLANATION_MAX = 2000;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The fields of the form that name an indicator, with the codes they name (`score.A1` → A1). */
export function namedCodes(form: Record<string, unknown>): Set<string> {
  const codes = new Set<string>();
  for (const key of Object.keys(form)) {
    const m = /^(score|explanation|version|files)\.(.+)$/.exec(key);
    if (m) codes.add(m[2]!);
  }
  return codes;
}

/**
 * Reads the sheet against the indicators that apply to the unit: every problem at once, keyed by
 * field name, or one line per indicator. A submission also checks that the sheet is complete.
 */
export function parseSelfForm(
  indicators: readonly { code: string; points: number }[],
  form: Record<string, unknown>,
  intent: SelfIntent,
): { ok: true; lines: SelfLine[] } | { ok: false; errors: Record<string, MessageRef> } {
  const errors: Record<string, MessageRef> = {};
  const lines: SelfLine[] = [];
  for (const ind of indicators) {
    const scoreField = `score.${ind.code}`;
    const explanationField = `explanation.${ind.code}`;
    const rawScore = text(form[scoreField]);
    let score: number | null = null;
    if (rawScore !== '') {
      const n = Number(rawScore);
      const problem = Number.isFinite(n) ? scoreProblem(n, ind.points) : { key: 'v.number' };
      if (problem) errors[scoreField] = problem;
      else score = n;
    } else if (intent === 'submit') errors[scoreField] = { key: 'assessment.errors.selfScoreRequired' };

    const explanation = text(form[explanationField]) || null;
    if (explanation && explanation.length > SELF_EXPLANATION_MAX) errors[explanationField] = { key: 'v.tooLong', values: { max: SELF_EXPLANATION_MAX } };
    else if (intent === 'submit' && !explanation && score !== null && score < ind.points) {
      errors[explanationField] = { key: 'assessment.errors.selfExplanationRequired' };
    }

    const version = Number(text(form[`version.${ind.code}`]) || 0);
    lines.push({ code: ind.code, version: Number.isInteger(version) && version >= 0 ? version : -1, score, explanation });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, lines };
}
