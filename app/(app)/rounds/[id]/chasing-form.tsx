'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Field, Textarea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { fieldValue } from '@/lib/auth/action-state';
import { sendRemindersAction } from '@/lib/reminders/actions';

export interface ChasedUnit {
  unitId: number;
  unitCode: string;
  unitName: string;
  contactName: string | null;
  contactPhone: string | null;
  missing: string[];
  returned: string[];
  /** The returned reports' resubmission deadline, formatted (closed rounds). */
  resubmitBy: string | null;
  /** Reminders this unit received in the round: how many, and the latest (formatted time and sender). */
  reminders: { count: number; lastAt: string; lastBy: string } | null;
}

/** The units that may be chased in a round, select all / none, and one reminder to as many of them as are ticked. */
export function ChasingForm({ roundId, units, closed }: { roundId: number; units: ChasedUnit[]; closed: boolean }) {
  const t = useTranslations('rounds');
  const { state, formAction, key } = useFormAction(sendRemindersAction);
  // The ticks survive a refused submission (the form is mounted afresh with them) and clear after a sent one.
  const [ticked, setTicked] = useState<{ seq: number; ids: ReadonlySet<number> }>({ seq: 0, ids: new Set() });
  const ids = ticked.seq === key || !state.ok ? ticked.ids : new Set<number>();
  const all = units.length > 0 && units.every((u) => ids.has(u.unitId));
  const some = !all && units.some((u) => ids.has(u.unitId));
  const set = (next: Set<number>) => setTicked({ seq: key, ids: next });
  const toggle = (unitId: number, on: boolean) => {
    const next = new Set(ids);
    if (on) next.add(unitId);
    else next.delete(unitId);
    set(next);
  };
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <p className="text-[13px] text-slate-600">{closed ? t('chasingHintClosed') : t('chasingHint')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="roundId" value={roundId} />
      <div className="flex flex-wrap items-center gap-3 text-[13px]">
        <button type="button" className="text-brand-700 hover:underline" onClick={() => set(new Set(units.map((u) => u.unitId)))}>
          {t('selectAll')}
        </button>
        <button type="button" className="text-brand-700 hover:underline" onClick={() => set(new Set())}>
          {t('selectNone')}
        </button>
        <span className="text-slate-500" data-testid="chasing-selected" aria-live="polite">
          {t('selectedCount', { count: units.filter((u) => ids.has(u.unitId)).length, total: units.length })}
        </span>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-[13px]">
          <caption className="sr-only">{t('chasing')}</caption>
          <thead>
            <tr className="border-b border-slate-200 bg-slate-50 text-slate-600">
              <th scope="col" className="w-10 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label={t('selectAllUnits')}
                  className="h-4 w-4"
                  checked={all}
                  ref={(el) => {
                    if (el) el.indeterminate = some;
                  }}
                  onChange={(e) => set(new Set(e.target.checked ? units.map((u) => u.unitId) : []))}
                />
              </th>
              <th scope="col" className="px-3 py-2 font-medium">{t('unit')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('contact')}</th>
              {!closed && <th scope="col" className="px-3 py-2 font-medium">{t('missingMeasures')}</th>}
              <th scope="col" className="px-3 py-2 font-medium">{t('returnedMeasures')}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t('lastReminder')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unitId} className="border-b border-slate-100 align-top" data-testid="chasing-row" data-unit={u.unitCode}>
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    name="unitIds[]"
                    value={u.unitId}
                    aria-label={u.unitName}
                    className="h-4 w-4"
                    checked={ids.has(u.unitId)}
                    onChange={(e) => toggle(u.unitId, e.target.checked)}
                  />
                </td>
                <td className="px-3 py-2 font-medium whitespace-nowrap">
                  <Link href={`/units/${u.unitCode}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                    {u.unitName}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap" data-testid="chasing-contact">
                  {u.contactName || u.contactPhone ? (
                    <>
                      <span className="text-slate-800">{u.contactName}</span>{' '}
                      {u.contactPhone && (
                        <a href={`tel:${u.contactPhone}`} className="tabular-nums text-brand-700 hover:underline">
                          {u.contactPhone}
                        </a>
                      )}
                    </>
                  ) : (
                    <span className="text-slate-400">{t('noContact')}</span>
                  )}
                </td>
                {!closed && <td className="px-3 py-2 tabular-nums text-red-700">{u.missing.join('、') || '—'}</td>}
                <td className="px-3 py-2 tabular-nums text-amber-700">
                  {u.returned.join('、') || '—'}
                  {u.resubmitBy && <div className="text-xs text-slate-500">{t('resubmitBy', { at: u.resubmitBy })}</div>}
                </td>
                <td className="px-3 py-2 text-slate-600" data-testid="chasing-last">
                  {u.reminders ? (
                    <>
                      <div className="whitespace-nowrap">{t('reminderCount', { count: u.reminders.count })}</div>
                      <div className="text-xs whitespace-nowrap text-slate-500">
                        {u.reminders.lastAt} · {u.reminders.lastBy}
                      </div>
                    </>
                  ) : (
                    <span className="text-slate-400">{t('neverReminded')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="unitIds-error" aria-live="polite" className="text-xs text-red-600 empty:hidden">
        {state.fieldErrors?.unitIds}
      </p>
      <Field id="message" label={t('message')} error={state.fieldErrors?.message}>
        <Textarea id="message" name="message" rows={2} maxLength={1000} defaultValue={fieldValue(state, 'message', '')} />
      </Field>
      <SubmitButton>{t('sendReminders')}</SubmitButton>
    </form>
  );
}
