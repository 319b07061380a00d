'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { createTaskAction, updateTaskAction } from '@/lib/plans/actions';

interface TaskValues {
  id: number;
  no: number;
  title: string;
  titleEn: string | null;
  description: string | null;
}

export function TaskForm({ planId, task, nextNo }: { planId: number; task?: TaskValues; nextNo?: number }) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(task ? updateTaskAction : createTaskAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      {task ? <input type="hidden" name="id" value={task.id} /> : <input type="hidden" name="planId" value={planId} />}
      <Field id="no" label={t('plans.taskNo')} error={e.no} required className="max-w-40">
        <Input {...describedBy('no', e.no)} name="no" inputMode="numeric" maxLength={2} defaultValue={fieldValue(state, 'no', task?.no ?? nextNo)} />
      </Field>
      <Field id="title" label={t('plans.taskTitle')} error={e.title} required>
        <Input {...describedBy('title', e.title)} name="title" maxLength={200} defaultValue={fieldValue(state, 'title', task?.title)} />
      </Field>
      <Field id="titleEn" label={t('plans.taskTitleEn')} error={e.titleEn}>
        <Input {...describedBy('titleEn', e.titleEn)} name="titleEn" maxLength={300} defaultValue={fieldValue(state, 'titleEn', task?.titleEn)} />
      </Field>
      <Field id="description" label={t('plans.description')} error={e.description}>
        <Textarea {...describedBy('description', e.description)} name="description" rows={4} maxLength={10000} defaultValue={fieldValue(state, 'description', task?.description)} />
      </Field>
      <SubmitButton pendingLabel={t('common.saving')}>{task ? t('common.save') : t('plans.newTask')}</SubmitButton>
    </form>
  );
}
