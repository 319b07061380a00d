'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Input, Select, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import { REPORT_STATES, type ReportState } from '@/db/schema/enums';
import { fieldValue } from '@/lib/auth/action-state';
import { saveReportAction } from '@/lib/reports/actions';
import { percentStateProblem } from '@/lib/reports/validation';

interface Stored {
  id: number;
  version: number;
  percent: number | null;
  state: ReportState | null;
  workDone: string | null;
  problems: string | null;
  nextSteps: string | null;
}

/**
 * The unit's report form: save a draft or submit. If someone saved the report after this page was
 * opened, the save is refused, the saved version is shown beside the form, and what was typed stays.
 */
export function ReportForm({ report }: { report: Stored }) {
  const t = useTranslations('reports');
  const tc = useTranslations('common');
  const { state, formAction, pending, key } = useFormAction(saveReportAction);
  // The server's rule, shown as the user types: 100 % and 滞后 do not go together.
  const [typing, setTyping] = useState<string | null>(null);
  const checkAgreement = (form: HTMLFormElement) => {
    const percent = (form.elements.namedItem('percent') as HTMLInputElement | null)?.value.trim() ?? '';
    const chosen = (form.elements.namedItem('state') as HTMLSelectElement | null)?.value ?? '';
    setTyping(percentStateProblem(percent === '' ? null : Number(percent), chosen));
  };
  const current = state.conflict ? (state.data as Stored) : null;
  const version = current?.version ?? (state.ok ? (state.data as { version: number }).version : report.version);
  const e = { ...state.fieldErrors };
  if (typing && !e.state) e.state = t('completeButDelayed');
  const v = (name: keyof Stored) => fieldValue(state, name, report[name] as string | number | null);
  return (
    <form key={key} action={formAction} className="space-y-4" noValidate onChange={(ev) => checkAgreement(ev.currentTarget)}>
      <FormMessage state={state} />
      {current && (
        <Alert tone="warning">
          <p className="font-medium">{t('conflictCurrent')}</p>
          <dl className="mt-2 grid gap-1 text-[13px]" data-testid="conflict-current">
            <div>
              <dt className="inline text-slate-600">{t('percent')}{tc('colon')}</dt>
              <dd className="inline">{current.percent ?? '—'}</dd>
            </div>
            <div>
              <dt className="inline text-slate-600">{t('state')}{tc('colon')}</dt>
              <dd className="inline">{current.state ? t(`states.${current.state}`) : '—'}</dd>
            </div>
            <div>
              <dt className="text-slate-600">{t('workDone')}{tc('colon')}</dt>
              <dd className="whitespace-pre-line wrap-anywhere">{current.workDone ?? '—'}</dd>
            </div>
          </dl>
          <p className="mt-2 text-xs">{t('conflictHint')}</p>
        </Alert>
      )}
      <input type="hidden" name="id" value={report.id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="percent" label={t('percent')} error={e.percent} hint={t('percentHint')} required>
          <Input {...describedBy('percent', e.percent)} name="percent" inputMode="numeric" maxLength={3} defaultValue={v('percent')} />
        </Field>
        <Field id="state" label={t('state')} error={e.state} required>
          <Select {...describedBy('state', e.state)} name="state" defaultValue={v('state')}>
            <option value="">—</option>
            {REPORT_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="workDone" label={t('workDone')} error={e.workDone} hint={t('workDoneHint')} required>
        <Textarea {...describedBy('workDone', e.workDone)} name="workDone" rows={7} maxLength={10000} defaultValue={v('workDone')} />
      </Field>
      <Field id="problems" label={t('problems')} error={e.problems}>
        <Textarea {...describedBy('problems', e.problems)} name="problems" rows={3} maxLength={10000} defaultValue={v('problems')} />
      </Field>
      <Field id="nextSteps" label={t('nextSteps')} error={e.nextSteps}>
        <Textarea {...describedBy('nextSteps', e.nextSteps)} name="nextSteps" rows={3} maxLength={10000} defaultValue={v('nextSteps')} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
          {pending ? tc('saving') : t('saveDraft')}
        </Button>
        <Button
          type="submit"
          name="intent"
          value="submit"
          disabled={pending}
          onClick={(ev) => {
            if (!window.confirm(t('submitConfirm'))) ev.preventDefault();
          }}
        >
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
