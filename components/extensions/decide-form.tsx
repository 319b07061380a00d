'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { decideExtensionAction } from '@/lib/extensions/actions';

export function DecideExtensionForm({ id }: { id: number }) {
  const t = useTranslations('extensions');
  const tc = useTranslations('common');
  const { state, formAction, pending, key } = useFormAction(decideExtensionAction);
  return (
    <form key={key} action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="id" value={id} />
      <label className="sr-only" htmlFor={`comment-${id}`}>
        {t('comment')}
      </label>
      <Input id={`comment-${id}`} name="comment" maxLength={2000} placeholder={tc('withNote', { text: t('comment'), note: t('commentHint') })} defaultValue={fieldValue(state, 'comment', '')} aria-invalid={!!state.fieldErrors?.comment} />
      <FormMessage state={state.ok ? state : state.fieldErrors?.comment ? { ...state, message: state.fieldErrors.comment } : state} />
      <div className="flex gap-2">
        <Button type="submit" size="sm" name="decision" value="approved" disabled={pending}>
          {t('approve')}
        </Button>
        <Button type="submit" size="sm" name="decision" value="refused" variant="danger" disabled={pending}>
          {t('refuse')}
        </Button>
      </div>
    </form>
  );
}
