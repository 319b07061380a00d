import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { percent, ruleText, say, shownText } from '@/components/assessments/labels';
import { Badge } from '@/components/ui/badge';
import { appliesByRubric, computedSource, field, sheetFormValues, type ComputedRate, type StoredSheet } from '@/lib/assessments/sheet';
import type { SelfEntry } from '@/lib/assessments/queries';
import { localized } from '@/lib/i18n/localized';
import type { IndicatorResult } from '@/lib/scoring/compute';
import type { Indicator, Rubric } from '@/lib/scoring/rubric';
import { ruleEntry } from '@/lib/scoring/rules';
import { NumberCell, ReasonCell, SheetForm, VetoBox } from './sheet-form';

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
  self: Record<string, Pick<SelfEntry, 'score' | 'explanation' | 'files'>>;
}

const COMPUTED_TEXT = { onTimeReportRate: 'assessment.sheet.computedOnTime', completionRate: 'assessment.sheet.computedCompletion' } as const;

/**
 * One unit's score sheet, rendered on the server: read-only, or — for the assessors during scoring —
 * inside the client form (sheet-form.tsx), whose only client parts are the form and its inputs. The
 * inputs come from each indicator's rule in the registry (lib/scoring/rules.ts).
 */
export async function ScoreSheet(props: Props) {
  const { rubric, stored, editable, rates, lines, self } = props;
  const t = await getTranslations();
  const locale = await getLocale();
  const loc = (zh: string, en?: string) => localized(locale, zh, en);
  const values = sheetFormValues(rubric, stored);
  const title = (item: { code: string; title: string; titleEn?: string }) => (
    <div className="font-medium text-slate-900">
      <span className="mr-2 tabular-nums text-slate-500">{item.code}</span>
      {loc(item.title, item.titleEn)}
    </div>
  );
  const reasonCell = (name: string, code: string) => <ReasonCell name={name} label={t('assessment.sheet.reasonFor', { code })} stored={values[name] ?? ''} />;

  const indicatorInput = (ind: Indicator): ReactNode => {
    const s = stored.inputs[ind.code];
    const source = computedSource(ind);
    const rate = rates[ind.code];
    const computed =
      rate &&
      (rate.rate === null
        ? t(s?.kind === 'override' ? 'assessment.sheet.computedNoData' : 'assessment.sheet.computedNone')
        : t(COMPUTED_TEXT[rate.source], { part: rate.part, whole: rate.whole, percent: percent(rate.rate) }));
    const computedNote = computed && (
      <p className="text-xs text-brand-700" data-testid="computed-rate">
        {computed}
      </p>
    );
    if (editable) {
      const cells = ruleEntry(ind.rule.type).inputs.map((f) => {
        const name = field.input(ind.code, f.part);
        const label = source ? t('assessment.sheet.override') : say(t, f.label(ind.points));
        return (
          <NumberCell
            key={name}
            name={name}
            label={label}
            hint={f.hint && say(t, { key: f.hint })}
            stored={values[name] ?? ''}
            initial={props.neverSaved ? f.initial : undefined}
            percent={f.percent}
          />
        );
      });
      return (
        <div className="space-y-1">
          {computedNote}
          <div className="grid grid-cols-[7rem_1fr] gap-2">
            <div className="space-y-1">{cells}</div>
            {reasonCell(field.reason(ind.code), ind.code)}
          </div>
        </div>
      );
    }
    let shown: string | null = source ? null : t('assessment.sheet.noScore');
    if (s?.kind === 'override') shown = t('assessment.sheet.overridden', { rate: percent(s.rate) });
    else if (s) {
      const { kind, reason: _reason, ...input } = s;
      shown = shownText(t, ruleEntry(kind).show(input));
    }
    return (
      <div className="space-y-0.5 text-[13px]">
        {computedNote}
        {shown && <div className="text-slate-800">{shown}</div>}
        {s?.reason && (
          <div className="text-xs text-slate-600" data-testid="sheet-reason">
            {s.reason}
          </div>
        )}
      </div>
    );
  };

  const indicatorRow = (ind: Indicator) => {
    const applies = appliesByRubric(ind, props);
    const line = lines[ind.code];
    const mine = self[ind.code];
    return (
      <div key={ind.code} className="grid gap-3 py-3 lg:grid-cols-[minmax(0,5fr)_minmax(0,4fr)_minmax(0,6fr)_5rem] lg:gap-4" data-testid="sheet-indicator" data-code={ind.code}>
        <div>
          {title(ind)}
          <div className="mt-0.5 text-xs text-slate-500">
            {t('assessment.points', { points: ind.points })} ·{' '}
            {ruleText(t, ind.rule, 'short')}
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
        {applies ? indicatorInput(ind) : <span className="text-[13px] text-slate-400">{t('assessment.sheet.notApplicable')}</span>}
        <div className="text-right tabular-nums" data-testid="sheet-earned">
          {!line || !line.applies ? (
            <span className="text-slate-400">—</span>
          ) : line.missing ? (
            <span className="text-xs text-amber-700">{t('assessment.sheet.missing')}</span>
          ) : (
            <span className="font-medium text-slate-900">{line.earned?.toFixed(2)}</span>
          )}
        </div>
      </div>
    );
  };

  const heading = 'mb-2 border-b border-slate-200 pb-1.5 text-[15px] font-semibold text-slate-900';
  const body = (
    <div className="space-y-6">
      {rubric.categories.map((cat) => (
        <section key={cat.code} aria-labelledby={`sheet-cat-${cat.code}`}>
          <h2 id={`sheet-cat-${cat.code}`} className={heading}>
            {t('rubric.categoryHeading', { code: cat.code, title: loc(cat.title, cat.titleEn), points: cat.points })}
          </h2>
          <div className="hidden grid-cols-[minmax(0,5fr)_minmax(0,4fr)_minmax(0,6fr)_5rem] gap-4 px-1 text-xs font-medium text-slate-500 lg:grid">
            <span>{t('assessment.sheet.indicator')}</span>
            <span>{t('assessment.sheet.selfCol')}</span>
            <span>{t('assessment.sheet.scoreCol')}</span>
            <span className="text-right">{t('assessment.sheet.earnedCol')}</span>
          </div>
          <div className="divide-y divide-slate-100">{cat.indicators.map(indicatorRow)}</div>
        </section>
      ))}

      {rubric.bonus.length > 0 && (
        <section aria-labelledby="sheet-bonus">
          <h2 id="sheet-bonus" className={heading}>
            {t('assessment.sheet.bonusTitle')} <span className="text-xs font-normal text-slate-500">{t('assessment.sheet.bonusHint', { cap: rubric.bonusCap })}</span>
          </h2>
          <div className="divide-y divide-slate-100">
            {rubric.bonus.map((b) => {
              const entered = stored.bonus[b.code];
              const count = field.bonusCount(b.code);
              return (
                <div key={b.code} className="grid gap-3 py-3 lg:grid-cols-[minmax(0,9fr)_minmax(0,6fr)_5rem]" data-testid="sheet-bonus" data-code={b.code}>
                  <div>
                    {title(b)}
                    <div className="text-xs text-slate-500">
                      {t('assessment.sheet.bonusEach', { points: b.pointsEach })} · {loc(b.criteria, b.criteriaEn)}
                    </div>
                  </div>
                  {editable ? (
                    <div className="grid grid-cols-[6rem_1fr] gap-2">
                      <NumberCell name={count} label={t('assessment.sheet.count')} stored={values[count] ?? ''} />
                      {reasonCell(field.bonusReason(b.code), b.code)}
                    </div>
                  ) : (
                    <div className="text-[13px] text-slate-700">
                      {entered ? `${entered.count} × ${b.pointsEach}` : '—'}
                      {entered?.reason && <div className="text-xs text-slate-500">{entered.reason}</div>}
                    </div>
                  )}
                  <div className="text-right tabular-nums text-slate-900">{entered ? `+${(entered.count * b.pointsEach).toFixed(2)}` : ''}</div>
                </div>
              );
            })}
          </div>
        </section>
      )}

      {rubric.veto.length > 0 && (
        <section aria-labelledby="sheet-veto">
          <h2 id="sheet-veto" className={heading}>
            {t('assessment.sheet.vetoTitle')}
          </h2>
          {rubric.veto.map((v) => {
            const vetoed = stored.vetoes[v.code];
            return (
              <div key={v.code} className="grid gap-3 py-3 lg:grid-cols-[minmax(0,9fr)_minmax(0,6fr)]" data-testid="sheet-veto" data-code={v.code}>
                <div>
                  {title(v)}
                  <div className="text-xs text-slate-500">{loc(v.effect, v.effectEn)}</div>
                </div>
                {editable ? (
                  <div className="grid grid-cols-[6rem_1fr] items-start gap-2">
                    <VetoBox name={field.veto(v.code)} label={t('assessment.sheet.vetoApply')} stored={!!vetoed} />
                    {reasonCell(field.vetoReason(v.code), v.code)}
                  </div>
                ) : vetoed ? (
                  <div className="text-[13px]">
                    <Badge tone="red">{t('assessment.sheet.vetoed')}</Badge>
                    <div className="mt-1 text-xs text-slate-600">{vetoed.reason}</div>
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
    <SheetForm assessmentId={props.assessmentId} unitId={props.unitId} version={props.version}>
      {body}
    </SheetForm>
  );
}
