import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { GRADE_KEYS, gradeName } from '@/lib/assessments/grades';
import type { AssessmentStage } from '@/lib/assessments/stages';
import { ruleEntry, type Rule, type Shown } from '@/lib/scoring/rules';
import type { MessageRef } from '@/lib/validation/issues';

export { gradeName };

const GRADE_TONES = { excellent: 'green', good: 'brand', pass: 'neutral', basicPass: 'yellow', fail: 'red' } as const;

export function GradeBadge({ grade }: { grade: string | null }) {
  const t = useTranslations();
  const locale = useLocale();
  if (!grade) return <span className="text-slate-400">—</span>;
  const key = GRADE_KEYS[grade];
  return (
    <Badge tone={key ? GRADE_TONES[key] : 'neutral'}>
      <span data-testid="grade">{gradeName(grade, locale, t as unknown as (k: string) => string)}</span>
    </Badge>
  );
}

const STAGE_TONES = { draft: 'neutral', self: 'yellow', scoring: 'brand', review: 'purple', published: 'green' } as const;

export function StageBadge({ stage }: { stage: AssessmentStage }) {
  const t = useTranslations('assessment.stages');
  return (
    <Badge tone={STAGE_TONES[stage]}>
      <span data-testid="stage">{t(stage)}</span>
    </Badge>
  );
}

/** Points with two decimals, as every total is shown. */
export function pts(n: number | null | undefined): string {
  return n == null ? '—' : n.toFixed(2);
}

/** A rate as a percentage with up to two decimals. */
export function percent(rate: number | null | undefined): string {
  return rate == null ? '—' : `${(Math.round(rate * 10_000) / 100).toString()}%`;
}

type Translate = (key: string, values?: MessageRef['values']) => string;

/** A catalog message named by data (a rule's label, a score-sheet input's label) in the reader's language. */
export function say(t: unknown, ref: MessageRef): string {
  return (t as Translate)(ref.key, ref.values);
}

/** An indicator's rule in words: its label and detail (`full`), or the most specific of the two. */
export function ruleText(t: unknown, rule: Rule, form: 'full' | 'short'): string {
  const { label, detail } = ruleEntry(rule.type).describe(rule);
  if (!detail) return say(t, label);
  return form === 'short' ? say(t, detail) : `${say(t, label)} · ${say(t, detail)}`;
}

/** An entered score-sheet input as a read-only sheet shows it. */
export function shownText(t: unknown, shown: Shown): string {
  if ('key' in shown) return say(t, shown);
  return 'percent' in shown ? percent(shown.percent) : shown.text;
}
