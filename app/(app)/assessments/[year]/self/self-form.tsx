'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/forms/action-button';
import { Field, Input, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { detachSelfEvidenceAction, saveSelfAssessmentAction } from '@/lib/assessments/actions';

interface Entry {
  id: number;
  score: number | null;
  explanation: string | null;
  version: number;
  files: { id: number; name: string; size: number }[];
}

const MAX_BYTES = 20 * 1024 * 1024;

function FileList({ files, removable }: { files: Entry['files']; removable: boolean }) {
  const t = useTranslations('assessment.self');
  if (files.length === 0) return <p className="text-xs text-slate-400">{t('noFiles')}</p>;
  return (
    <ul className="space-y-1 text-[13px]" data-testid="self-files">
      {files.map((f) => (
        <li key={f.id} className="flex items-center gap-2">
          <a href={`/api/attachments/${f.id}`} className="truncate text-brand-700 hover:underline">
            {f.name}
          </a>
          <span className="text-xs text-slate-400">{Math.max(1, Math.round(f.size / 1024))} KB</span>
          {removable && (
            <ActionButton action={detachSelfEvidenceAction} fields={{ attachmentId: f.id }} variant="ghost" confirm={t('removeConfirm')}>
              {t('remove')}
            </ActionButton>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One indicator's self-assessment form; the version guards against two officers of the unit overwriting each other. */
export function SelfForm({ assessmentId, unitId, code, max, entry }: { assessmentId: number; unitId: number; code: string; max: number; entry?: Entry }) {
  const t = useTranslations('assessment.self');
  const tFile = useTranslations('assessment.errors.file');
  const { state, formAction, key } = useFormAction(saveSelfAssessmentAction);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const e = state.fieldErrors ?? {};
  const id = (n: string) => `self-${code}-${n}`;
  const fileError = tooLarge ?? e.files;
  // The files already attached sit outside the indicator's form: each 移除 is a form of its own, and a
  // form inside a form is invalid HTML (the browser drops it, React then fails to hydrate).
  return (
    <div className="space-y-3">
      <form key={key} action={formAction} className="space-y-3" noValidate>
        <FormMessage state={state} />
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <input type="hidden" name="unitId" value={unitId} />
        <input type="hidden" name="code" value={code} />
        <input type="hidden" name="version" value={entry?.version ?? 0} />
        <Field id={id('score')} label={t('score', { max })} error={e.score} required className="max-w-48">
          <Input {...describedBy(id('score'), e.score)} name="score" inputMode="decimal" className="tabular-nums" defaultValue={fieldValue(state, 'score', entry?.score)} />
        </Field>
        <Field id={id('explanation')} label={t('explanation')} error={e.explanation}>
          <Textarea {...describedBy(id('explanation'), e.explanation)} name="explanation" rows={2} maxLength={2000} defaultValue={fieldValue(state, 'explanation', entry?.explanation)} />
        </Field>
        <Field id={id('files')} label={t('files')} error={fileError ?? undefined} hint={t('filesHint')}>
          <input
            {...describedBy(id('files'), fileError ?? undefined)}
            type="file"
            name="files"
            multiple
            accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
            className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-brand-700 hover:file:bg-brand-100"
            onChange={(ev) => {
              const big = [...(ev.target.files ?? [])].find((f) => f.size > MAX_BYTES);
              setTooLarge(big ? tFile('tooLarge', { name: big.name }) : null);
            }}
          />
        </Field>
        <SubmitButton size="sm" disabled={!!tooLarge}>
          {t('save')}
        </SubmitButton>
      </form>
      <FileList files={entry?.files ?? []} removable />
    </div>
  );
}

/** A self-assessment as submitted, read-only. */
export function SelfView({ entry }: { entry?: Entry }) {
  const t = useTranslations('assessment.self');
  if (!entry || entry.score === null) return <p className="text-[13px] text-slate-400">{t('none')}</p>;
  return (
    <div className="space-y-2 text-[13px]">
      <div className="text-lg font-semibold tabular-nums text-slate-900" data-testid="self-score">
        {entry.score}
      </div>
      {entry.explanation && <p className="whitespace-pre-line text-slate-700">{entry.explanation}</p>}
      <FileList files={entry.files} removable={false} />
    </div>
  );
}
