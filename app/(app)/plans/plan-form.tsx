'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, Select, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { PLAN_STATUSES } from '@/db/schema/enums';
import { fieldValue } from '@/lib/auth/action-state';
import { createPlanAction, updatePlanAction } from '@/lib/plans/actions';

interface PlanValues {
  id: number;
  title: string;
  titleEn: string | null;
  startYear: number;
  endYear: number;
  issuedBy: string | null;
  status: (typeof PLAN_STATUSES)[number];
}

/** New plan (optionally copying an earlier one) or the details of an existing plan. */
export function PlanForm({ plans, plan }: { plans?: { id: number; title: string }[]; plan?: PlanValues }) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(plan ? updatePlanAction : createPlanAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {plan && <input type="hidden" name="id" value={plan.id} />}
      <Field id="title" label={t('plans.planTitle')} error={e.title} required>
        <Input {...describedBy('title', e.title)} name="title" maxLength={200} defaultValue={fieldValue(state, 'title', plan?.title)} />
      </Field>
      <Field id="titleEn" label={t('plans.planTitleEn')} error={e.titleEn}>
        <Input {...describedBy('titleEn', e.titleEn)} name="titleEn" maxLength={300} defaultValue={fieldValue(state, 'titleEn', plan?.titleEn)} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="startYear" label={t('plans.startYear')} error={e.startYear} required>
          <Input {...describedBy('startYear', e.startYear)} name="startYear" inputMode="numeric" maxLength={4} defaultValue={fieldValue(state, 'startYear', plan?.startYear)} />
        </Field>
        <Field id="endYear" label={t('plans.endYear')} error={e.endYear} required>
          <Input {...describedBy('endYear', e.endYear)} name="endYear" inputMode="numeric" maxLength={4} defaultValue={fieldValue(state, 'endYear', plan?.endYear)} />
        </Field>
      </div>
      <Field id="issuedBy" label={t('plans.issuedBy')} error={e.issuedBy}>
        <Input {...describedBy('issuedBy', e.issuedBy)} name="issuedBy" maxLength={200} defaultValue={fieldValue(state, 'issuedBy', plan?.issuedBy)} />
      </Field>
      {plan ? (
        <Field id="status" label={t('plans.status')} error={e.status} required>
          <Select {...describedBy('status', e.status)} name="status" defaultValue={fieldValue(state, 'status', plan.status)}>
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.status.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field id="copyFromPlanId" label={t('plans.copyFrom')} error={e.copyFromPlanId} hint={t('plans.copyHint')}>
          <Select {...describedBy('copyFromPlanId', e.copyFromPlanId)} name="copyFromPlanId" defaultValue={fieldValue(state, 'copyFromPlanId', '')}>
            <option value="">{t('plans.copyNone')}</option>
            {plans?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <SubmitButton pendingLabel={t('common.saving')}>{plan ? t('common.save') : t('plans.newPlan')}</SubmitButton>
    </form>
  );
}
