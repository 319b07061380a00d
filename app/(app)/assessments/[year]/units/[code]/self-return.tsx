'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/forms/form';
import { TextareaField } from '@/components/forms/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import { returnSelfAssessmentAction } from '@/lib/assessments/actions';

/** The office returns a unit's submitted self-assessment, with a required comment the unit is told. */
export function ReturnSelfForm({ assessmentId, unitId }: { assessmentId: number; unitId: number }) {
  const t = useTranslations('assessment.self');
  return (
    <ActionForm action={returnSelfAssessmentAction} className="max-w-xl space-y-3" confirm={t('returnConfirm')}>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="unitId" value={unitId} />
      <TextareaField name="comment" label={t('returnLabel')} hint={t('returnHint')} required maxLength={1000} rows={2} />
      <SubmitButton variant="danger" size="sm">
        {t('returnButton')}
      </SubmitButton>
    </ActionForm>
  );
}
