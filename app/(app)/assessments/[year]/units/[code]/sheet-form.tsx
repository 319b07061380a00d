'use client';

import { createContext, use, useEffect, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Input, Textarea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue, initialActionState, type ActionState } from '@/lib/auth/action-state';
import { saveScoreSheetAction } from '@/lib/assessments/actions';

// The client half of the score sheet: the form and its inputs. The sheet around them is rendered on
// the server (score-sheet.tsx); the inputs read the form's last answer from this context.
const SheetState = createContext<ActionState>(initialActionState);

/** The assessors' form around the server-rendered sheet; saved whole under its version. */
export function SheetForm({ assessmentId, unitId, version, children }: { assessmentId: number; unitId: number; version: number; children: ReactNode }) {
  const t = useTranslations();
  const router = useRouter();
  const { state, formAction, key } = useFormAction(saveScoreSheetAction);

  // Someone saved first: load what they saved beside what this assessor typed (kept by the echo).
  useEffect(() => {
    if (state.conflict) router.refresh();
  }, [state.conflict, state.seq, router]);

  return (
    <SheetState value={state}>
      <form key={key} action={formAction} noValidate className="space-y-4" data-testid="score-sheet-form">
        <input type="hidden" name="assessmentId" value={assessmentId} />
        <input type="hidden" name="unitId" value={unitId} />
        {/* Always the version now loaded: after a conflict and a refresh, saving again is a deliberate overwrite. */}
        <input type="hidden" name="version" value={version} />
        <FormMessage state={state} />
        {state.conflict && <Alert tone="warning">{t('assessment.sheet.conflictHelp')}</Alert>}
        {children}
        <div className="sticky bottom-0 -mx-5 flex items-center gap-3 border-t border-slate-200 bg-white px-5 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.04)]">
          <SubmitButton pendingLabel={t('common.saving')}>{t('assessment.sheet.save')}</SubmitButton>
          <FormMessage state={state.ok ? state : undefined} />
        </div>
      </form>
    </SheetState>
  );
}

/** After a conflict: the value now saved, under a field whose typed value differs from it. */
function Current({ name, stored }: { name: string; stored: string }) {
  const t = useTranslations('assessment.sheet');
  const state = use(SheetState);
  const typed = state.values?.[name] ?? '';
  if (!state.conflict || typed.trim() === stored.trim()) return null;
  return (
    <p className="text-xs text-amber-700" data-testid="current-value">
      {t('current', { value: stored || '—' })}
    </p>
  );
}

/** A field of the sheet with its label, its error from the last answer and, after a conflict, the value saved. */
function Cell({ name, label, stored, children }: { name: string; label: ReactNode; stored: string; children: (control: { id: string; 'aria-invalid'?: true; 'aria-describedby': string }) => ReactNode }) {
  const state = use(SheetState);
  const id = `f-${name.replace(/\./g, '-')}`;
  const error = state.fieldErrors?.[name];
  return (
    <div>
      <label htmlFor={id} className="block text-xs text-slate-500">
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': `${id}-error` })}
      <p id={`${id}-error`} aria-live="polite" className="text-xs text-red-600 empty:hidden">
        {error}
      </p>
      <Current name={name} stored={stored} />
    </div>
  );
}

/** A number on the sheet (occurrences, a rate, a score, a bonus count); a rate is typed as a percentage, with a % suffix. */
export function NumberCell({ name, label, stored, initial, hint, percent }: { name: string; label: string; stored: string; initial?: string; hint?: string; percent?: boolean }) {
  const state = use(SheetState);
  return (
    <Cell name={name} label={label} stored={stored}>
      {(control) => {
        const input = <Input {...control} name={name} inputMode="decimal" defaultValue={fieldValue(state, name, stored || initial)} className={percent ? 'h-8 pr-6 tabular-nums' : 'h-8 tabular-nums'} title={hint} />;
        if (!percent) return input;
        return (
          <div className="relative">
            {input}
            <span aria-hidden="true" className="pointer-events-none absolute inset-y-0 right-2 flex items-center text-[13px] text-slate-500">
              %
            </span>
          </div>
        );
      }}
    </Cell>
  );
}

/** The assessors' reason beside an input; `label` names the item for screen readers. */
export function ReasonCell({ name, label, stored }: { name: string; label: string; stored: string }) {
  const t = useTranslations('assessment.sheet');
  const state = use(SheetState);
  const shown = (
    <>
      <span className="sr-only">{label}</span>
      <span aria-hidden="true">{t('reason')}</span>
    </>
  );
  return (
    <Cell name={name} label={shown} stored={stored}>
      {(control) => <Textarea {...control} name={name} rows={1} maxLength={1000} defaultValue={fieldValue(state, name, stored)} className="min-h-8 py-1 text-[13px]" />}
    </Cell>
  );
}

/** A veto item's checkbox: after a refusal it shows what was sent, else what is stored. */
export function VetoBox({ name, label, stored }: { name: string; label: string; stored: boolean }) {
  const state = use(SheetState);
  return (
    <label className="mt-2 flex items-center gap-1.5 text-[13px]">
      <input type="checkbox" name={name} defaultChecked={state.values ? state.values[name] === 'on' : stored} />
      {label}
    </label>
  );
}
