'use client';

import { useMemo, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { Field, Input, Textarea, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { ASSIGNMENT_ROLES, UNIT_GROUPS, type UnitGroup } from '@/db/schema/enums';
import { fieldValue } from '@/lib/auth/action-state';
import { assignUnitsAction } from '@/lib/assignments/actions';

/** Assigns the measure to one or many units at once, as lead or cooperating. */
export function AssignForm({ measureId, units }: { measureId: number; units: { id: number; name: string; code: string; group: UnitGroup }[] }) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(assignUnitsAction);
  const [query, setQuery] = useState('');
  // The selection belongs to one submission: after a successful one it starts empty again.
  const [picked, setPicked] = useState<{ seq: number; ids: Set<number> }>({ seq: 0, ids: new Set() });
  const selected = state.ok && picked.seq < state.seq ? new Set<number>() : picked.ids;
  const setSelected = (ids: Set<number>) => setPicked({ seq: state.seq, ids });
  const visible = useMemo(() => units.filter((u) => !query || u.name.includes(query.trim()) || u.code.includes(query.trim().toLowerCase())), [units, query]);
  const e = state.fieldErrors ?? {};
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <form key={key} action={formAction} className="space-y-4" noValidate>
      <p className="text-[13px] text-slate-600">{t('board.assignHint')}</p>
      <FormMessage state={state} />
      <input type="hidden" name="measureId" value={measureId} />
      <fieldset className="space-y-2" aria-describedby="unitIds-error">
        <legend className="text-[13px] font-medium text-slate-700">
          {t('board.chooseUnits')} <span className="font-normal text-slate-500">· {t('board.selected', { count: selected.size })}</span>
        </legend>
        <div className="flex gap-2">
          <Input value={query} onChange={(ev) => setQuery(ev.target.value)} placeholder={t('board.filterUnits')} aria-label={t('board.filterUnits')} className="h-8 text-[13px]" />
          <Button size="sm" onClick={() => setSelected(new Set([...selected, ...visible.map((u) => u.id)]))}>
            {t('board.selectAll')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            {t('board.clear')}
          </Button>
        </div>
        <div className="max-h-72 space-y-3 overflow-y-auto rounded-md border border-slate-200 p-3">
          {UNIT_GROUPS.map((g) => {
            const inGroup = visible.filter((u) => u.group === g);
            if (inGroup.length === 0) return null;
            return (
              <div key={g}>
                <div className="mb-1 text-xs font-medium text-slate-500">{t(`groups.${g}`)}</div>
                <div className="grid grid-cols-2 gap-x-3 gap-y-1">
                  {inGroup.map((u) => (
                    <label key={u.id} className="flex items-center gap-2 text-[13px]">
                      <input type="checkbox" name="unitIds[]" value={u.id} checked={selected.has(u.id)} onChange={() => toggle(u.id)} className="h-4 w-4" />
                      {u.name}
                    </label>
                  ))}
                </div>
              </div>
            );
          })}
        </div>
        <p id="unitIds-error" aria-live="polite" className="text-xs text-red-600 empty:hidden">
          {e.unitIds}
        </p>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-[13px] font-medium text-slate-700">{t('measure.role')}</legend>
        <div className="flex gap-4">
          {ASSIGNMENT_ROLES.map((r) => (
            <label key={r} className="flex items-center gap-2 text-[13px]">
              <input type="radio" name="role" value={r} defaultChecked={fieldValue(state, 'role', 'cooperating') === r} className="h-4 w-4" />
              {t(`assignmentRoles.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="target" label={t('board.target')} error={e.target}>
        <Textarea {...describedBy('target', e.target)} name="target" rows={2} maxLength={2000} defaultValue={fieldValue(state, 'target', '')} />
      </Field>
      <Field id="dueDate" label={t('board.dueDate')} error={e.dueDate} hint={t('board.dueDateHint')}>
        <Input {...describedBy('dueDate', e.dueDate)} name="dueDate" type="date" defaultValue={fieldValue(state, 'dueDate', '')} />
      </Field>
      <SubmitButton pendingLabel={t('common.saving')}>{t('board.assign')}</SubmitButton>
    </form>
  );
}
