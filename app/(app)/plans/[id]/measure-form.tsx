'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, Select, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { archiveMeasureAction, createMeasureAction, updateMeasureAction } from '@/lib/plans/actions';

interface MeasureValues {
  id: number;
  version: number;
  taskId: number;
  code: string;
  title: string;
  description: string | null;
  timeframe: string | null;
  dueDate: string | null;
}

export function MeasureForm({ tasks, measure, taskId }: { tasks: { id: number; no: number; title: string }[]; measure?: MeasureValues; taskId?: number }) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(measure ? updateMeasureAction : createMeasureAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      {measure && (
        <>
          <input type="hidden" name="id" value={measure.id} />
          <input type="hidden" name="version" value={measure.version} />
        </>
      )}
      <Field id="taskId" label={t('plans.task')} error={e.taskId} required>
        <Select {...describedBy('taskId', e.taskId)} name="taskId" defaultValue={fieldValue(state, 'taskId', measure?.taskId ?? taskId)}>
          {tasks.map((task) => (
            <option key={task.id} value={task.id}>
              {t('plan.taskHeading', { no: task.no, title: task.title })}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="code" label={t('plans.measureCode')} error={e.code} required className="max-w-40">
        <Input {...describedBy('code', e.code)} name="code" maxLength={16} defaultValue={fieldValue(state, 'code', measure?.code)} />
      </Field>
      <Field id="title" label={t('plans.measureTitle')} error={e.title} required>
        <Input {...describedBy('title', e.title)} name="title" maxLength={300} defaultValue={fieldValue(state, 'title', measure?.title)} />
      </Field>
      <Field id="description" label={t('plans.description')} error={e.description}>
        <Textarea {...describedBy('description', e.description)} name="description" rows={5} maxLength={10000} defaultValue={fieldValue(state, 'description', measure?.description)} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="timeframe" label={t('plans.timeframe')} error={e.timeframe} hint={t('plans.timeframeHint')}>
          <Input {...describedBy('timeframe', e.timeframe)} name="timeframe" maxLength={100} defaultValue={fieldValue(state, 'timeframe', measure?.timeframe)} />
        </Field>
        <Field id="dueDate" label={t('plans.dueDate')} error={e.dueDate} hint={t('plans.dueDateHint')}>
          <Input {...describedBy('dueDate', e.dueDate)} name="dueDate" type="date" defaultValue={fieldValue(state, 'dueDate', measure?.dueDate)} />
        </Field>
      </div>
      <SubmitButton pendingLabel={t('common.saving')}>{measure ? t('common.save') : t('plans.newMeasure')}</SubmitButton>
    </form>
  );
}

/** Archives a measure with a reason. */
export function ArchiveMeasureForm({ measureId }: { measureId: number }) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(archiveMeasureAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <p className="text-[13px] text-slate-600">{t('plans.archiveHint')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={measureId} />
      <Field id="reason" label={t('plans.archiveReason')} error={e.reason} required>
        <Textarea {...describedBy('reason', e.reason)} name="reason" rows={2} maxLength={500} defaultValue={fieldValue(state, 'reason', '')} />
      </Field>
      <SubmitButton variant="danger">{t('plans.archive')}</SubmitButton>
    </form>
  );
}
