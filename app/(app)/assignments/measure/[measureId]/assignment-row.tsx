'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import { Input, Select, Textarea } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useFormAction } from '@/components/ui/use-form-action';
import { ASSIGNMENT_ROLES, type AssignmentRole } from '@/db/schema/enums';
import { fieldValue } from '@/lib/auth/action-state';
import { removeAssignmentAction, updateAssignmentAction } from '@/lib/assignments/actions';

interface Props {
  unitName: string;
  unitCode: string;
  hasReports: boolean;
  assignment: { id: number; version: number; role: AssignmentRole; target: string | null; dueDate: string | null };
}

/** One unit's assignment on the measure: role, target and due date, and its removal. */
export function AssignmentRow({ unitName, unitCode, hasReports, assignment }: Props) {
  const t = useTranslations();
  const save = useFormAction(updateAssignmentAction);
  const remove = useFormAction(removeAssignmentAction);
  const s = save.state;
  const id = (name: string) => `${name}-${assignment.id}`;
  return (
    <div className="py-3" data-testid="assignment-row" data-unit={unitCode}>
      <div className="mb-2 flex items-center gap-2">
        <Link href={`/assignments/${assignment.id}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
          {unitName}
        </Link>
        <Badge tone={assignment.role === 'lead' ? 'brand' : 'neutral'}>{t(`assignmentRoles.${assignment.role}`)}</Badge>
        {hasReports && <Badge tone="green">{t('board.hasReports')}</Badge>}
      </div>
      <form key={save.key} action={save.formAction} className="grid gap-2 sm:grid-cols-[8rem_1fr_10rem_auto] sm:items-start" noValidate>
        <input type="hidden" name="id" value={assignment.id} />
        <input type="hidden" name="version" value={assignment.version} />
        <label className="sr-only" htmlFor={id('role')}>
          {t('measure.role')}
        </label>
        <Select id={id('role')} name="role" defaultValue={fieldValue(s, 'role', assignment.role)}>
          {ASSIGNMENT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`assignmentRoles.${r}`)}
            </option>
          ))}
        </Select>
        <label className="sr-only" htmlFor={id('target')}>
          {t('board.target')}
        </label>
        <Textarea id={id('target')} name="target" rows={1} maxLength={2000} placeholder={t('board.target')} defaultValue={fieldValue(s, 'target', assignment.target)} aria-invalid={!!s.fieldErrors?.target} />
        <label className="sr-only" htmlFor={id('dueDate')}>
          {t('board.dueDate')}
        </label>
        <Input id={id('dueDate')} name="dueDate" type="date" defaultValue={fieldValue(s, 'dueDate', assignment.dueDate)} aria-invalid={!!s.fieldErrors?.dueDate} />
        <SubmitButton variant="secondary" size="sm" className="h-9">
          {t('board.save')}
        </SubmitButton>
        <div className="sm:col-span-4">
          <FormMessage state={s.ok ? s : { ...s, message: Object.values(s.fieldErrors ?? {})[0] ?? s.message }} />
        </div>
      </form>
      <details className="mt-2 text-[13px]" open={!remove.state.ok && !!remove.state.message}>
        <summary className="inline cursor-pointer text-red-700 hover:underline">{t('board.remove')}</summary>
        <form key={`r${remove.key}`} action={remove.formAction} className="mt-2 flex flex-wrap items-center gap-2" noValidate>
          <input type="hidden" name="id" value={assignment.id} />
          <label className="sr-only" htmlFor={id('reason')}>
            {t('board.removeReason')}
          </label>
          <Input id={id('reason')} name="reason" maxLength={500} placeholder={t('board.removeReason')} className="h-8 max-w-xs text-[13px]" defaultValue={fieldValue(remove.state, 'reason', '')} />
          <SubmitButton variant="danger" size="sm">
            {t('board.remove')}
          </SubmitButton>
          <FormMessage state={remove.state.ok ? undefined : remove.state} className="basis-full" />
        </form>
      </details>
    </div>
  );
}
