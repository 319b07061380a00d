'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Field, Input, Select, describedBy } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { UnitOptions } from '@/components/ui/options';
import { SubmitButton } from '@/components/ui/submit-button';
import { fieldValue } from '@/lib/auth/action-state';
import { useFormAction } from '@/components/ui/use-form-action';
import { ROLES, isAdminRole, type Role } from '@/lib/auth/roles';
import { createUserAction, updateUserAction } from '@/lib/users/actions';

interface Props {
  units: { id: number; name: string }[];
  user?: { id: number; username: string; displayName: string; unitId: number; role: Role };
  /** The account being edited is the administrator's own: its role cannot change here. */
  self?: boolean;
}

/**
 * Create a user (with an initial password) or edit one (name, unit, role). An administrator
 * account is proposed, not made: the form says so and shows a temporary password only when the
 * proposer is of the account's kind.
 */
export function UserForm({ units, user, self }: Props) {
  const t = useTranslations();
  const { state, formAction, key } = useFormAction(user ? updateUserAction : createUserAction);
  const e = state.fieldErrors ?? {};
  const [role, setRole] = useState(fieldValue(state, 'role', user?.role));
  const password = state.ok ? (state.data as { password?: string } | undefined)?.password : undefined;
  return (
    <form key={key} action={formAction} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      {password && (
        <Alert tone="success">
          {t('admin.proposalPasswordIs')}{' '}
          <code className="ml-1 rounded bg-white px-1.5 py-0.5 font-mono text-sm select-all" data-testid="new-password">
            {password}
          </code>
        </Alert>
      )}
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
      <Field id="role" label={t('admin.role')} error={e.role} hint={self ? t('admin.ownRoleHint') : isAdminRole(role as Role) ? t('admin.adminRoleHint') : undefined} required>
        {self && <input type="hidden" name="role" value={user!.role} />}
        <Select
          {...describedBy('role', e.role)}
          name={self ? undefined : 'role'}
          disabled={self}
          defaultValue={fieldValue(state, 'role', user?.role)}
          onChange={(ev) => setRole(ev.target.value)}
        >
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
      {!user && !isAdminRole(role as Role) && (
        <Field id="password" label={t('admin.initialPassword')} error={e.password} hint={t('admin.initialPasswordHint')} required>
          <Input {...describedBy('password', e.password)} name="password" type="password" autoComplete="new-password" maxLength={128} />
        </Field>
      )}
      <SubmitButton pendingLabel={t('common.saving')}>{user ? t('common.save') : isAdminRole(role as Role) ? t('admin.propose') : t('common.create')}</SubmitButton>
    </form>
  );
}
