'use client';

import { createContext, use, useCallback, useEffect, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { Field, Input, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue, initialActionState, type ActionState } from '@/lib/auth/action-state';
import { detachSelfEvidenceAction, saveSelfAssessmentAction, submitSelfAssessmentAction } from '@/lib/assessments/actions';

interface Entry {
  id: number;
  score: number | null;
  explanation: string | null;
  version: number;
  files: { id: number; name: string; size: number }[];
}

const MAX_BYTES = 20 * 1024 * 1024;
/** The sheet's one form; every indicator's inputs join it by the `form` attribute. */
const FORM_ID = 'self-sheet';

interface SheetContext {
  state: ActionState & { seq: number };
  /** An indicator's chosen file is too large (message) or fine again (null). */
  setTooLarge: (code: string, message: string | null) => void;
}

const SelfState = createContext<SheetContext>({ state: { ...initialActionState, seq: 0 }, setTooLarge: () => {} });

/** Asks before the page is left (closed, reloaded, or a link followed) while something typed is not saved. */
function useLeaveWarning(dirty: boolean, message: string) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    // In-app links: caught before Next.js's Link handles the click (capture phase on the document).
    const click = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search)) return;
      if (!window.confirm(message)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty, message]);
}

/**
 * The unit's whole self-assessment as one form: one 保存草稿 saves every indicator (version-checked),
 * 提交自评 saves, checks the sheet is complete and locks it. The indicators' inputs are rendered by
 * the server page around them (SelfFields) and join the form by its id; the evidence files already
 * attached (each 移除 a form of its own) sit between them without being inside the form, since a
 * form inside a form is invalid HTML.
 */
export function SelfSheet({ assessmentId, unitId, versions, children }: { assessmentId: number; unitId: number; versions: Record<string, number>; children: ReactNode }) {
  const t = useTranslations('assessment');
  const tc = useTranslations('common');
  const router = useRouter();
  const act = useCallback(
    (prev: ActionState | undefined, form: FormData) => (form.get('intent') === 'submit' ? submitSelfAssessmentAction(prev, form) : saveSelfAssessmentAction(prev, form)),
    [],
  );
  const { state, formAction, key } = useFormAction(act);
  const [tooLarge, setTooLargeMap] = useState<Record<string, string>>({});
  const setTooLarge = useCallback((code: string, message: string | null) => {
    setTooLargeMap(({ [code]: _, ...rest }) => (message ? { ...rest, [code]: message } : rest));
  }, []);
  // The answer count when the user last typed: unsaved until an answer after it saved.
  const [editedAt, setEditedAt] = useState<number | null>(null);
  const dirty = editedAt !== null && !(state.ok && state.seq > editedAt);
  useLeaveWarning(dirty, t('self.leaveConfirm'));

  // Someone of the unit saved first: load their versions beside what this user typed (kept by the echo).
  useEffect(() => {
    if (state.conflict) router.refresh();
  }, [state.conflict, state.seq, router]);

  const blocked = Object.keys(tooLarge).length > 0;
  const edited = (e: { target: EventTarget }) => {
    if ((e.target as HTMLElement).getAttribute?.('form') === FORM_ID) setEditedAt(state.seq);
  };
  return (
    <SelfState value={{ state, setTooLarge }}>
      <div onInput={edited} onChange={edited} className="space-y-5">
        <FormMessage state={state.ok ? undefined : state} />
        {state.conflict && <Alert tone="warning">{t('sheet.conflictHelp')}</Alert>}
        {children}
      </div>
      <form
        key={key}
        id={FORM_ID}
        action={formAction}
        noValidate
        data-testid="self-sheet-form"
        className="sticky bottom-0 z-10 -mx-1 mt-5 flex flex-wrap items-center gap-3 rounded-t-md border-t border-slate-200 bg-white px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.04)]"
        onSubmit={(e) => {
          const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          if (submitter?.value === 'submit' && !window.confirm(t('self.submitConfirm'))) e.preventDefault();
        }}
      >
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <input type="hidden" name="unitId" value={unitId} />
        {/* Always the versions now loaded: after a conflict and a refresh, saving again is a deliberate overwrite. */}
        {Object.entries(versions).map(([code, v]) => (
          <input key={code} type="hidden" name={`version.${code}`} value={v} />
        ))}
        <SubmitButton name="intent" value="draft" disabled={blocked} pendingLabel={tc('saving')}>
          {t('self.save')}
        </SubmitButton>
        <SubmitButton name="intent" value="submit" variant="secondary" disabled={blocked}>
          {t('self.submit')}
        </SubmitButton>
        {dirty && (
          <span className="text-[13px] text-amber-700" data-testid="self-unsaved">
            {t('self.unsaved')}
          </span>
        )}
        <FormMessage state={state} className="w-full py-2" />
      </form>
    </SelfState>
  );
}

/** One indicator's inputs, in the sheet's form; mounted afresh after each answer so echoed values show. */
export function SelfFields({ code, max, entry }: { code: string; max: number; entry?: Entry }) {
  const t = useTranslations('assessment.self');
  const tFile = useTranslations('assessment.errors.file');
  const { state, setTooLarge } = use(SelfState);
  const [tooLarge, setLocalTooLarge] = useState<string | null>(null);
  const e = state.fieldErrors ?? {};
  const id = (n: string) => `self-${code}-${n}`;
  const name = (n: string) => `${n}.${code}`;
  const fileError = tooLarge ?? e[name('files')];
  return (
    <div key={state.seq} className="space-y-3">
      <Field id={id('score')} label={t('score', { max })} error={e[name('score')]} required className="max-w-48">
        <Input {...describedBy(id('score'), e[name('score')])} form={FORM_ID} name={name('score')} inputMode="decimal" className="tabular-nums" defaultValue={fieldValue(state, name('score'), entry?.score)} />
      </Field>
      <Field id={id('explanation')} label={t('explanation')} error={e[name('explanation')]}>
        <Textarea
          {...describedBy(id('explanation'), e[name('explanation')])}
          form={FORM_ID}
          name={name('explanation')}
          rows={2}
          maxLength={2000}
          defaultValue={fieldValue(state, name('explanation'), entry?.explanation)}
        />
      </Field>
      <Field id={id('files')} label={t('files')} error={fileError ?? undefined} hint={t('filesHint')}>
        <input
          {...describedBy(id('files'), fileError ?? undefined)}
          form={FORM_ID}
          type="file"
          name={name('files')}
          multiple
          accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:text-brand-700 hover:file:bg-brand-100"
          onChange={(ev) => {
            const big = [...(ev.target.files ?? [])].find((f) => f.size > MAX_BYTES);
            const message = big ? tFile('tooLarge', { name: big.name }) : null;
            setLocalTooLarge(message);
            setTooLarge(code, message);
          }}
        />
      </Field>
    </div>
  );
}

/** The evidence files of an indicator; while the sheet is open each has its own 移除 (a form of its own, outside the sheet's). */
export function FileList({ files, removable }: { files: Entry['files']; removable: boolean }) {
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
