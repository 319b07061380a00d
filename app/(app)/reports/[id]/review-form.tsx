'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { reviewReportAction } from '@/lib/reviews/actions';

/** Approve, or return with a comment (required). */
export function ReviewForm({ id, version }: { id: number; version: number }) {
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
