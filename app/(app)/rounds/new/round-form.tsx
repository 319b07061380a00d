'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, Input, Select, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { createRoundAction } from '@/lib/rounds/actions';

interface TaskOption {
  no: number;
  title: string;
  measures: { id: number; code: string; title: string }[];
}

/**
 * Opens a round; the measures it covers default to all (no box ticked means all). The plan year it
 * counts toward follows the period's year until chosen by hand (a Q4 round due in January keeps Q4's year).
 */
export function RoundForm({ planId, years, tasks }: { planId: number; years: number[]; tasks: TaskOption[] }) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(createRoundAction);
  const [all, setAll] = useState(true);
  const [year, setYear] = useState(() => fieldValue(state, 'year', ''));
  const [yearChosen, setYearChosen] = useState(false);
  const followPeriod = (day: string) => {
    if (yearChosen) return;
    const y = Number(day.slice(0, 4));
    setYear(years.includes(y) ? String(y) : '');
  };
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="planId" value={planId} />
      <Field id="name" label={t('rounds.name')} error={e.name} required>
        <Input {...describedBy('name', e.name)} name="name" maxLength={100} placeholder={t('rounds.namePlaceholder')} defaultValue={fieldValue(state, 'name', '')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="periodStart" label={t('rounds.periodStart')} error={e.periodStart} required>
          <Input
            {...describedBy('periodStart', e.periodStart)}
            type="date"
            name="periodStart"
            defaultValue={fieldValue(state, 'periodStart', '')}
            onChange={(ev) => followPeriod(ev.target.value)}
          />
        </Field>
        <Field id="periodEnd" label={t('rounds.periodEnd')} error={e.periodEnd} required>
          <Input {...describedBy('periodEnd', e.periodEnd)} type="date" name="periodEnd" defaultValue={fieldValue(state, 'periodEnd', '')} />
        </Field>
        <Field id="year" label={t('rounds.year')} error={e.year} hint={t('rounds.yearHint')} className="sm:col-span-2">
          <Select
            {...describedBy('year', e.year)}
            name="year"
            value={year}
            className="sm:w-60"
            onChange={(ev) => {
              setYear(ev.target.value);
              setYearChosen(true);
            }}
          >
            <option value="">{t('rounds.yearAuto')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="deadlineDay" label={t('rounds.deadlineDay')} error={e.deadlineDay} required>
          <Input {...describedBy('deadlineDay', e.deadlineDay)} type="date" name="deadlineDay" defaultValue={fieldValue(state, 'deadlineDay', '')} />
        </Field>
        <Field id="deadlineTime" label={t('rounds.deadlineTime')} error={e.deadlineTime} hint={t('rounds.deadlineTimeHint')}>
          <Input {...describedBy('deadlineTime', e.deadlineTime)} type="time" name="deadlineTime" defaultValue={fieldValue(state, 'deadlineTime', '')} />
        </Field>
      </div>
      <fieldset className="space-y-2" aria-describedby="measureIds-error">
        <legend className="text-[13px] font-medium text-slate-700">{t('rounds.measures')}</legend>
        <label className="flex items-center gap-2 text-[13px]">
          <input type="checkbox" checked={all} onChange={(ev) => setAll(ev.target.checked)} className="h-4 w-4" />
          {t('rounds.allMeasures')}
        </label>
        {!all && (
          <div className="max-h-80 space-y-3 overflow-y-auto rounded-md border border-slate-200 p-3">
            {tasks.map((task) => (
              <div key={task.no}>
                <div className="mb-1 text-xs font-medium text-slate-500">{t('plan.taskHeading', { no: task.no, title: task.title })}</div>
                {task.measures.map((m) => (
                  <label key={m.id} className="flex items-start gap-2 py-0.5 text-[13px]">
                    <input type="checkbox" name="measureIds[]" value={m.id} defaultChecked className="mt-1 h-4 w-4" />
                    <span>
                      <span className="mr-1 tabular-nums text-slate-500">{m.code}</span>
                      {m.title}
                    </span>
                  </label>
                ))}
              </div>
            ))}
          </div>
        )}
        <p id="measureIds-error" aria-live="polite" className="text-xs text-red-600 empty:hidden">
          {e.measureIds}
        </p>
      </fieldset>
      <SubmitButton pendingLabel={t('common.saving')}>{t('rounds.new')}</SubmitButton>
    </form>
  );
}
