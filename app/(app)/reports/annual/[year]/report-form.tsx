'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { useFormAction } from '@/components/ui/use-form-action';
import type { AnnualReportSections } from '@/db/schema/annual-reports';
import { fieldValue } from '@/lib/auth/action-state';
import { regenerateAnnualReportAction, saveAnnualReportAction } from '@/lib/annual-report/actions';

const KEYS: (keyof AnnualReportSections)[] = ['measures', 'shortcomings', 'responsibility', 'nextYear', 'other'];

interface Draft {
  title: string;
  issuer: string;
  issueDate: string;
  version: number;
  sections: AnnualReportSections;
}

/** The office edits the drafted report; saving keeps each state as a version. */
export function AnnualReportForm({ year, draft, headings }: { year: number; draft: Draft; headings: Record<string, string> }) {
  const t = useTranslations('annualReport');
  const save = useFormAction(saveAnnualReportAction);
  const redo = useFormAction(regenerateAnnualReportAction);
  const s = save.state;
  const e = s.fieldErrors ?? {};
  const version = (s.ok ? (s.data as { version: number }).version : undefined) ?? draft.version;
  return (
    <div className="space-y-4">
      <form key={save.key} action={save.formAction} className="space-y-4" noValidate>
        <FormMessage state={s} />
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="version" value={version} />
        <Field id="title" label={t('docTitle')} error={e.title} required>
          <Input {...describedBy('title', e.title)} name="title" maxLength={200} defaultValue={fieldValue(s, 'title', draft.title)} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="issuer" label={t('issuer')} error={e.issuer} required>
            <Input {...describedBy('issuer', e.issuer)} name="issuer" maxLength={100} defaultValue={fieldValue(s, 'issuer', draft.issuer)} />
          </Field>
          <Field id="issueDate" label={t('issueDate')} error={e.issueDate} required>
            <Input {...describedBy('issueDate', e.issueDate)} type="date" name="issueDate" defaultValue={fieldValue(s, 'issueDate', draft.issueDate)} />
          </Field>
        </div>
        {KEYS.map((k) => (
          <Field key={k} id={k} label={headings[k]} error={e[k]} hint={k === 'measures' ? t('editHint') : undefined}>
            <Textarea {...describedBy(k, e[k])} name={k} rows={k === 'measures' ? 16 : 6} defaultValue={fieldValue(s, k, draft.sections[k])} className="font-[inherit] text-[13px]" />
          </Field>
        ))}
        <Button type="submit" disabled={save.pending}>
          {t('save')}
        </Button>
      </form>
      <form
        key={`r${redo.key}`}
        action={redo.formAction}
        className="border-t border-slate-200 pt-4"
        onSubmit={(ev) => {
          if (!window.confirm(t('regenerateConfirm'))) ev.preventDefault();
        }}
      >
        <FormMessage state={redo.state} className="mb-2" />
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="title" value={draft.title} />
        <input type="hidden" name="issuer" value={draft.issuer} />
        <input type="hidden" name="issueDate" value={draft.issueDate} />
        <Button type="submit" variant="secondary" disabled={redo.pending}>
          {t('regenerate')}
        </Button>
      </form>
    </div>
  );
}
