'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, Select, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { createAssessmentAction } from '@/lib/assessments/actions';
import { createRubricAction } from '@/lib/rubrics/actions';

export function CreateAssessmentForm() {
  const t = useTranslations('assessment');
  const { state, formAction, key } = useFormAction(createAssessmentAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <Field id="year" label={t('newYear')} error={e.year} hint={t('newHint')} required>
        <Input {...describedBy('year', e.year)} name="year" inputMode="numeric" className="w-32" defaultValue={fieldValue(state, 'year', new Date().getFullYear() - 1)} />
      </Field>
      <SubmitButton>{t('create')}</SubmitButton>
    </form>
  );
}

/** Starts a year's rubric, empty or copied from an earlier year. */
export function CreateRubricForm({ years, year }: { years: number[]; year?: number }) {
  const t = useTranslations('rubric');
  const { state, formAction, key } = useFormAction(createRubricAction);
  const e = state.fieldErrors ?? {};
  const latest = years.filter((y) => year === undefined || y < year).sort((a, b) => b - a)[0];
  return (
    <form key={key} action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <FormMessage state={state} className="basis-full" />
      {year === undefined ? (
        <Field id="rubric-year" label={t('createYear')} error={e.year} required>
          <Input {...describedBy('rubric-year', e.year)} name="year" inputMode="numeric" className="w-28" defaultValue={fieldValue(state, 'year', (years[0] ?? new Date().getFullYear() - 1) + 1)} />
        </Field>
      ) : (
        <input type="hidden" name="year" value={year} />
      )}
      <Field id="copyFromYear" label={t('copyFromLabel')} error={e.copyFromYear}>
        <Select {...describedBy('copyFromYear', e.copyFromYear)} name="copyFromYear" className="w-44" defaultValue={fieldValue(state, 'copyFromYear', latest ?? '')}>
          <option value="">{t('copyNone')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {t('copyFrom', { year: y })}
            </option>
          ))}
        </Select>
      </Field>
      <SubmitButton variant="secondary">{t('createTitle')}</SubmitButton>
    </form>
  );
}
