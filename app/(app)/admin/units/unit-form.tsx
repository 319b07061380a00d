'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, Select, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { fieldValue } from '@/lib/auth/action-state';
import { useFormAction } from '@/components/ui/use-form-action';
import { UNIT_GROUPS, UNIT_KINDS } from '@/db/schema/enums';
import type { Unit } from '@/db/schema/units';
import { createUnitAction, updateUnitAction } from '@/lib/units/actions';

/** Create a unit or edit one. */
export function UnitForm({ unit }: { unit?: Unit }) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(unit ? updateUnitAction : createUnitAction);
  const e = state.fieldErrors ?? {};
  const checked = (name: string, stored: boolean) => (state.values ? state.values[name] === 'on' : stored);
  return (
    <form key={key} action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      {unit && <input type="hidden" name="id" value={unit.id} />}
      {unit && <input type="hidden" name="version" value={unit.updatedAt.getTime()} />}
      <Field id="code" label={t('admin.code')} error={e.code} hint={t('admin.codeHint')} required>
        <Input {...describedBy('code', e.code)} name="code" maxLength={32} defaultValue={fieldValue(state, 'code', unit?.code)} autoComplete="off" />
      </Field>
      <Field id="name" label={t('admin.name')} error={e.name} required>
        <Input {...describedBy('name', e.name)} name="name" maxLength={32} defaultValue={fieldValue(state, 'name', unit?.name)} />
      </Field>
      <Field id="fullName" label={t('admin.fullName')} error={e.fullName} required>
        <Input {...describedBy('fullName', e.fullName)} name="fullName" maxLength={100} defaultValue={fieldValue(state, 'fullName', unit?.fullName)} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="kind" label={t('admin.kind')} error={e.kind} required>
          <Select {...describedBy('kind', e.kind)} name="kind" defaultValue={fieldValue(state, 'kind', unit?.kind)}>
            <option value="" disabled>
              —
            </option>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`unitKinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="group" label={t('admin.group')} error={e.group} required>
          <Select {...describedBy('group', e.group)} name="group" defaultValue={fieldValue(state, 'group', unit?.group)}>
            <option value="" disabled>
              —
            </option>
            {UNIT_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="contactName" label={t('admin.contactName')} error={e.contactName} hint={t('admin.contactHint')}>
          <Input {...describedBy('contactName', e.contactName)} name="contactName" maxLength={32} defaultValue={fieldValue(state, 'contactName', unit?.contactName ?? '')} autoComplete="off" />
        </Field>
        <Field id="contactPhone" label={t('admin.contactPhone')} error={e.contactPhone} hint={t('admin.contactPhoneHint')}>
          <Input {...describedBy('contactPhone', e.contactPhone)} name="contactPhone" type="tel" maxLength={32} defaultValue={fieldValue(state, 'contactPhone', unit?.contactPhone ?? '')} autoComplete="off" />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-[13px] text-slate-700">
        <input type="checkbox" name="enforcement" defaultChecked={checked('enforcement', unit?.enforcement ?? false)} className="h-4 w-4 rounded border-slate-300" />
        {t('admin.enforcement')}
      </label>
      {unit && (
        <label className="flex items-center gap-2 text-[13px] text-slate-700">
          <input type="checkbox" name="active" defaultChecked={checked('active', unit.active)} className="h-4 w-4 rounded border-slate-300" />
          {t('common.active')}
        </label>
      )}
      <SubmitButton pendingLabel={t('common.saving')}>{unit ? t('common.save') : t('common.create')}</SubmitButton>
    </form>
  );
}
