'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Input, Textarea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue, type ActionState } from '@/lib/auth/action-state';
import { saveScoreSheetAction } from '@/lib/assessments/actions';
import { appliesByRubric, computedSource, field, type ComputedRate, type StoredSheet } from '@/lib/assessments/sheet';
import type { IndicatorResult } from '@/lib/scoring/compute';
import type { Indicator, Rubric } from '@/lib/scoring/rubric';

interface SelfEntry {
  score: number | null;
  explanation: string | null;
  files: { id: number; name: string }[];
}

interface Props {
  assessmentId: number;
  unitId: number;
  version: number;
  editable: boolean;
  /** Deductions start at 0 occurrences on a sheet nobody has saved yet. */
  neverSaved: boolean;
  rubric: Rubric;
  enforcement: boolean;
  stored: StoredSheet;
  rates: Record<string, ComputedRate>;
  lines: Record<string, IndicatorResult>;
  self: Record<string, SelfEntry>;
}

const pct = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 10_000) / 100}%`);

/** The stored value of a form field, as the form would show it. */
function storedValue(stored: StoredSheet, name: string): string {
  const [kind, code, part] = name.split('.') as [string, string, string | undefined];
  if (kind === 'ind') {
    const s = stored.inputs[code];
    if (!s) return '';
    if (part === 'reason') return s.reason ?? '';
    if (part === 'n' && s.kind === 'deduct') return String(s.occurrences);
    if (part === 'rate' && (s.kind === 'rate' || s.kind === 'override')) return String(s.rate);
    if (part === 'value' && s.kind === 'judgment') return String(s.value);
    return '';
  }
  if (kind === 'bonus') {
    const b = stored.bonus[code];
    return b ? (part === 'count' ? String(b.count) : (b.reason ?? '')) : '';
  }
  const v = stored.vetoes[code];
  return part === 'reason' ? (v?.reason ?? '') : v ? 'on' : '';
}

/** One unit's score sheet; editable by the assessors during scoring, version-checked on save. */
export function ScoreSheet(props: Props) {
  const { rubric, stored, editable } = props;
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const { state, formAction, key } = useFormAction(saveScoreSheetAction);
  const loc = (zh: string, en?: string) => (locale === 'en' && en ? en : zh);

  // Someone saved first: load what they saved beside what this assessor typed (kept by the echo).
  useEffect(() => {
    if (state.conflict) router.refresh();
  }, [state.conflict, state.seq, router]);

  const value = (name: string, fallback = '') => fieldValue(state, name, storedValue(stored, name) || fallback);

  const body = (
    <div className="space-y-6">
      {rubric.categories.map((cat) => (
        <section key={cat.code} aria-labelledby={`sheet-cat-${cat.code}`}>
          <h2 id={`sheet-cat-${cat.code}`} className="mb-2 border-b border-slate-200 pb-1.5 text-[15px] font-semibold text-slate-900">
            {t('rubric.categoryHeading', { code: cat.code, title: loc(cat.title, cat.titleEn), points: cat.points })}
          </h2>
          <div className="hidden grid-cols-[minmax(0,5fr)_minmax(0,4fr)_minmax(0,6fr)_5rem] gap-4 px-1 text-xs font-medium text-slate-500 lg:grid">
            <span>{t('assessment.sheet.indicator')}</span>
            <span>{t('assessment.sheet.selfCol')}</span>
            <span>{t('assessment.sheet.scoreCol')}</span>
            <span className="text-right">{t('assessment.sheet.earnedCol')}</span>
          </div>
          <div className="divide-y divide-slate-100">
            {cat.indicators.map((ind) => (
              <IndicatorRow key={ind.code} {...props} ind={ind} state={state} value={value} loc={loc} applies={appliesByRubric(ind, props)} />
            ))}
          </div>
        </section>
      ))}

      {rubric.bonus.length > 0 && (
        <section aria-labelledby="sheet-bonus">
          <h2 id="sheet-bonus" className="mb-2 border-b border-slate-200 pb-1.5 text-[15px] font-semibold text-slate-900">
            {t('assessment.sheet.bonusTitle')} <span className="text-xs font-normal text-slate-500">{t('assessment.sheet.bonusHint', { cap: rubric.bonusCap })}</span>
          </h2>
          <div className="divide-y divide-slate-100">
            {rubric.bonus.map((b) => (
              <div key={b.code} className="grid gap-3 py-3 lg:grid-cols-[minmax(0,9fr)_minmax(0,6fr)_5rem]" data-testid="sheet-bonus" data-code={b.code}>
                <div>
                  <div className="font-medium text-slate-900">
                    <span className="mr-2 tabular-nums text-slate-500">{b.code}</span>
                    {loc(b.title, b.titleEn)}
                  </div>
                  <div className="text-xs text-slate-500">
                    {t('assessment.sheet.bonusEach', { points: b.pointsEach })} · {loc(b.criteria, b.criteriaEn)}
                  </div>
                </div>
                {editable ? (
                  <div className="grid grid-cols-[6rem_1fr] gap-2">
                    <NumberCell state={state} name={field.bonusCount(b.code)} label={t('assessment.sheet.count')} value={value(field.bonusCount(b.code))} stored={storedValue(stored, field.bonusCount(b.code))} />
                    <ReasonCell state={state} name={field.bonusReason(b.code)} label={t('assessment.sheet.reasonFor', { code: b.code })} value={value(field.bonusReason(b.code))} stored={storedValue(stored, field.bonusReason(b.code))} />
                  </div>
                ) : (
                  <div className="text-[13px] text-slate-700">
                    {stored.bonus[b.code] ? `${stored.bonus[b.code]!.count} × ${b.pointsEach}` : '—'}
                    {stored.bonus[b.code]?.reason && <div className="text-xs text-slate-500">{stored.bonus[b.code]!.reason}</div>}
                  </div>
                )}
                <div className="text-right tabular-nums text-slate-900">{stored.bonus[b.code] ? `+${(stored.bonus[b.code]!.count * b.pointsEach).toFixed(2)}` : ''}</div>
              </div>
            ))}
          </div>
        </section>
      )}

      {rubric.veto.length > 0 && (
        <section aria-labelledby="sheet-veto">
          <h2 id="sheet-veto" className="mb-2 border-b border-slate-200 pb-1.5 text-[15px] font-semibold text-slate-900">
            {t('assessment.sheet.vetoTitle')}
          </h2>
          {rubric.veto.map((v) => {
            const on = state.values ? state.values[field.veto(v.code)] === 'on' : !!stored.vetoes[v.code];
            return (
              <div key={v.code} className="grid gap-3 py-3 lg:grid-cols-[minmax(0,9fr)_minmax(0,6fr)]" data-testid="sheet-veto" data-code={v.code}>
                <div>
                  <div className="font-medium text-slate-900">
                    <span className="mr-2 tabular-nums text-slate-500">{v.code}</span>
                    {loc(v.title, v.titleEn)}
                  </div>
                  <div className="text-xs text-slate-500">{loc(v.effect, v.effectEn)}</div>
                </div>
                {editable ? (
                  <div className="grid grid-cols-[6rem_1fr] items-start gap-2">
                    <label className="mt-2 flex items-center gap-1.5 text-[13px]">
                      <input type="checkbox" name={field.veto(v.code)} defaultChecked={on} />
                      {t('assessment.sheet.vetoApply')}
                    </label>
                    <ReasonCell state={state} name={field.vetoReason(v.code)} label={t('assessment.sheet.reasonFor', { code: v.code })} value={value(field.vetoReason(v.code))} stored={storedValue(stored, field.vetoReason(v.code))} />
                  </div>
                ) : stored.vetoes[v.code] ? (
                  <div className="text-[13px]">
                    <Badge tone="red">{t('assessment.sheet.vetoed')}</Badge>
                    <div className="mt-1 text-xs text-slate-600">{stored.vetoes[v.code]!.reason}</div>
                  </div>
                ) : (
                  <div className="text-[13px] text-slate-400">—</div>
                )}
              </div>
            );
          })}
        </section>
      )}
    </div>
  );

  if (!editable) return body;
  return (
    <form key={key} action={formAction} noValidate className="space-y-4" data-testid="score-sheet-form">
      <input type="hidden" name="assessmentId" value={props.assessmentId} />
      <input type="hidden" name="unitId" value={props.unitId} />
      {/* Always the version now loaded: after a conflict and a refresh, saving again is a deliberate overwrite. */}
      <input type="hidden" name="version" value={props.version} />
      <FormMessage state={state} />
      {state.conflict && <Alert tone="warning">{t('assessment.sheet.conflictHelp')}</Alert>}
      {body}
      <div className="sticky bottom-0 -mx-5 flex items-center gap-3 border-t border-slate-200 bg-white px-5 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.04)]">
        <SubmitButton pendingLabel={t('common.saving')}>{t('assessment.sheet.save')}</SubmitButton>
        <FormMessage state={state.ok ? state : undefined} />
      </div>
    </form>
  );
}

function Current({ state, typed, stored }: { state: ActionState; typed: string; stored: string }) {
  const t = useTranslations('assessment.sheet');
  if (!state.conflict || typed.trim() === stored.trim()) return null;
  return (
    <p className="text-xs text-amber-700" data-testid="current-value">
      {t('current', { value: stored || '—' })}
    </p>
  );
}

function NumberCell({ state, name, label, value, stored, hint }: { state: ActionState; name: string; label: string; value: string; stored: string; hint?: string }) {
  const error = state.fieldErrors?.[name];
  const id = `f-${name.replace(/\./g, '-')}`;
  return (
    <div>
      <label htmlFor={id} className="block text-xs text-slate-500">
        {label}
      </label>
      <Input id={id} name={name} inputMode="decimal" defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`} className="h-8 tabular-nums" title={hint} />
      <p id={`${id}-error`} aria-live="polite" className="text-xs text-red-600 empty:hidden">
        {error}
      </p>
      <Current state={state} typed={state.values?.[name] ?? ''} stored={stored} />
    </div>
  );
}

function ReasonCell({ state, name, label, value, stored }: { state: ActionState; name: string; label: string; value: string; stored: string }) {
  const t = useTranslations('assessment.sheet');
  const error = state.fieldErrors?.[name];
  const id = `f-${name.replace(/\./g, '-')}`;
  return (
    <div>
      <label htmlFor={id} className="block text-xs text-slate-500">
        <span className="sr-only">{label}</span>
        <span aria-hidden="true">{t('reason')}</span>
      </label>
      <Textarea id={id} name={name} rows={1} maxLength={1000} defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={`${id}-error`} className="min-h-8 py-1 text-[13px]" />
      <p id={`${id}-error`} aria-live="polite" className="text-xs text-red-600 empty:hidden">
        {error}
      </p>
      <Current state={state} typed={state.values?.[name] ?? ''} stored={stored} />
    </div>
  );
}

function IndicatorRow({
  ind,
  applies,
  editable,
  neverSaved,
  stored,
  rates,
  lines,
  self,
  state,
  value,
  loc,
}: Props & {
  ind: Indicator;
  applies: boolean;
  state: ActionState;
  value: (name: string, fallback?: string) => string;
  loc: (zh: string, en?: string) => string;
}) {
  const t = useTranslations();
  const line = lines[ind.code];
  const s = stored.inputs[ind.code];
  const source = computedSource(ind);
  const rate = rates[ind.code];
  const mine = self[ind.code];

  const computedText = rate
    ? rate.rate === null
      ? t(s?.kind === 'override' ? 'assessment.sheet.computedNoData' : 'assessment.sheet.computedNone')
      : t(rate.source === 'onTimeReportRate' ? 'assessment.sheet.computedOnTime' : 'assessment.sheet.computedCompletion', { part: rate.part, whole: rate.whole, percent: pct(rate.rate) })
    : null;

  let input: React.ReactNode;
  if (!applies) input = <span className="text-[13px] text-slate-400">{t('assessment.sheet.notApplicable')}</span>;
  else if (editable) {
    const reason = (
      <ReasonCell state={state} name={field.reason(ind.code)} label={t('assessment.sheet.reasonFor', { code: ind.code })} value={value(field.reason(ind.code))} stored={storedValue(stored, field.reason(ind.code))} />
    );
    const cell =
      ind.rule.type === 'deduct' ? (
        <NumberCell state={state} name={field.n(ind.code)} label={t('assessment.sheet.occurrences')} value={value(field.n(ind.code), neverSaved ? '0' : '')} stored={storedValue(stored, field.n(ind.code))} />
      ) : ind.rule.type === 'rate' ? (
        <NumberCell
          state={state}
          name={field.rate(ind.code)}
          label={source ? t('assessment.sheet.override') : t('assessment.sheet.rate')}
          value={value(field.rate(ind.code))}
          stored={storedValue(stored, field.rate(ind.code))}
          hint={t('assessment.sheet.rateHint')}
        />
      ) : (
        <NumberCell state={state} name={field.value(ind.code)} label={t('assessment.sheet.value', { max: ind.points })} value={value(field.value(ind.code))} stored={storedValue(stored, field.value(ind.code))} />
      );
    input = (
      <div className="space-y-1">
        {computedText && <p className="text-xs text-brand-700" data-testid="computed-rate">{computedText}</p>}
        <div className="grid grid-cols-[7rem_1fr] gap-2">
          {cell}
          {reason}
        </div>
      </div>
    );
  } else {
    const shown =
      s?.kind === 'deduct'
        ? t('assessment.sheet.deducted', { count: s.occurrences })
        : s?.kind === 'rate'
          ? pct(s.rate)
          : s?.kind === 'override'
            ? t('assessment.sheet.overridden', { rate: pct(s.rate) })
            : s?.kind === 'judgment'
              ? String(s.value)
              : source
                ? null
                : t('assessment.sheet.noScore');
    input = (
      <div className="space-y-0.5 text-[13px]">
        {computedText && <p className="text-xs text-brand-700" data-testid="computed-rate">{computedText}</p>}
        {shown && <div className="text-slate-800">{shown}</div>}
        {s?.reason && <div className="text-xs text-slate-600" data-testid="sheet-reason">{s.reason}</div>}
      </div>
    );
  }

  return (
    <div className="grid gap-3 py-3 lg:grid-cols-[minmax(0,5fr)_minmax(0,4fr)_minmax(0,6fr)_5rem] lg:gap-4" data-testid="sheet-indicator" data-code={ind.code}>
      <div>
        <div className="font-medium text-slate-900">
          <span className="mr-2 tabular-nums text-slate-500">{ind.code}</span>
          {loc(ind.title, ind.titleEn)}
        </div>
        <div className="mt-0.5 text-xs text-slate-500">
          {t('assessment.points', { points: ind.points })} ·{' '}
          {ind.rule.type === 'deduct' ? t('assessment.rule.deduct', { per: ind.rule.perOccurrence }) : ind.rule.type === 'rate' ? t(`assessment.rule.source.${ind.rule.source ?? 'manual'}`) : t('assessment.rule.judgment')}
        </div>
        <div className="mt-0.5 text-xs text-slate-500">{loc(ind.criteria, ind.criteriaEn)}</div>
      </div>
      <div className="text-[13px]">
        {applies && mine?.score != null ? (
          <>
            <div className="font-medium tabular-nums text-slate-800">{t('assessment.points', { points: mine.score })}</div>
            {mine.explanation && <div className="text-xs whitespace-pre-line text-slate-600">{mine.explanation}</div>}
            {mine.files.length > 0 && (
              <ul className="mt-0.5 text-xs">
                {mine.files.map((f) => (
                  <li key={f.id}>
                    <a href={`/api/attachments/${f.id}`} className="text-brand-700 hover:underline">
                      {f.name}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <span className="text-slate-400">{applies ? t('assessment.self.none') : ''}</span>
        )}
      </div>
      {input}
      <div className="text-right tabular-nums" data-testid="sheet-earned">
        {!line || !line.applies ? (
          <span className="text-slate-400">—</span>
        ) : line.missing ? (
          <span className="text-xs text-amber-700">{t('assessment.sheet.missing')}</span>
        ) : (
          <span className="font-medium text-slate-900">{line.earned!.toFixed(2)}</span>
        )}
      </div>
    </div>
  );
}
