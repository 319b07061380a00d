'use client';

import { useTranslations } from 'next-intl';
import { Field, Input, Select, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { UnitOptions } from '@/components/ui/options';
import { SubmitButton } from '@/components/ui/submit-button';
import { fieldValue } from '@/lib/auth/action-state';
import { useFormAction } from '@/components/ui/use-form-action';
import { ROLES, type Role } from '@/lib/auth/roles';
import { createUserAction, updateUserAction } from '@/lib/users/actions';

interface Props {
  units: { id: number; name: string }[];
  user?: { id: number; username: string; displayName: string; unitId: number; role: Role };
}

/** Create a user (with an initial password) or edit one (name, unit, role). */
export function UserForm({ units, user }: Props) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(user ? updateUserAction : createUserAction);
  const e = state.fieldErrors ?? {};
  return (
    <form key={key} action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      {user ? (
        <input type="hidden" name="id" value={user.id} />
      ) : (
        <Field id="username" label={t('admin.username')} error={e.username} required>
          <Input {...describedBy('username', e.username)} name="username" maxLength={64} autoComplete="off" defaultValue={fieldValue(state, 'username', '')} />
        </Field>
      )}
      <Field id="displayName" label={t('admin.displayName')} error={e.displayName} required>
        <Input {...describedBy('displayName', e.displayName)} name="displayName" maxLength={64} defaultValue={fieldValue(state, 'displayName', user?.displayName)} />
      </Field>
      <Field id="unitId" label={t('admin.unit')} error={e.unitId} required>
        <Select {...describedBy('unitId', e.unitId)} name="unitId" defaultValue={fieldValue(state, 'unitId', user?.unitId)}>
          <option value="" disabled>
            —
          </option>
          <UnitOptions units={units} />
        </Select>
      </Field>
      <Field id="role" label={t('admin.role')} error={e.role} required>
        <Select {...describedBy('role', e.role)} name="role" defaultValue={fieldValue(state, 'role', user?.role)}>
          <option value="" disabled>
            —
          </option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      {!user && (
        <Field id="password" label={t('admin.initialPassword')} error={e.password} hint={t('admin.initialPasswordHint')} required>
          <Input {...describedBy('password', e.password)} name="password" type="password" autoComplete="new-password" maxLength={128} />
        </Field>
      )}
      <SubmitButton pendingLabel={t('common.saving')}>{user ? t('common.save') : t('common.create')}</SubmitButton>
    </form>
  );
}
