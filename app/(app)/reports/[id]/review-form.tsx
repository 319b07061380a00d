'use client';

import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { RESUBMIT_WORKING_DAYS } from '@/lib/reports/resubmit';
import { reviewReportAction } from '@/lib/reviews/actions';

/**
 * Approve, or return with a comment (required) and the last day the unit may resubmit (by default a
 * few working days away; in a closed round the office is told the unit can still resubmit until then).
 * Either way the office is then taken to the next report awaiting review.
 */
export function ReviewForm({ id, version, resubmitDay, today, roundClosed }: { id: number; version: number; resubmitDay: string; today: string; roundClosed: boolean }) {
  const t = useTranslations('review');
  const { state, formAction, pending, key } = useFormAction(reviewReportAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Field id="comment" label={t('comment')} error={e.comment} hint={t('commentHint')}>
        <Textarea {...describedBy('comment', e.comment)} name="comment" rows={3} maxLength={2000} defaultValue={fieldValue(state, 'comment', '')} />
      </Field>
      <Field id="resubmitDay" label={t('resubmitDay')} error={e.resubmitDay} hint={t('resubmitDayHint', { days: RESUBMIT_WORKING_DAYS })} className="sm:max-w-xs">
        <Input {...describedBy('resubmitDay', e.resubmitDay)} type="date" name="resubmitDay" min={today} defaultValue={fieldValue(state, 'resubmitDay', resubmitDay)} />
      </Field>
      {roundClosed && (
        <Alert tone="warning" id="resubmit-closed-round">
          {t('resubmitDayClosed')}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="approved" disabled={pending}>
          {t('approve')}
        </Button>
        <Button type="submit" name="decision" value="returned" variant="danger" disabled={pending}>
          {t('return')}
        </Button>
      </div>
    </form>
  );
}
