import 'server-only';
import type { FieldDef } from '@/components/forms/form-fields';
import { can } from '@/lib/auth/permissions';
import type { ScopedUser } from '@/lib/auth/scope';
import type { Register } from './define';
import { refOptions } from './refs';

/**
 * A register's record form as declared fields for the bound form kit: the unit first (named by the
 * office; a reporting officer's own unit goes without saying), then every field in its declared order.
 * Labels are catalog keys the client translates.
 */
export function recordFormFields(register: Register, user: ScopedUser): FieldDef[] {
  const key = (k: string) => `registers.${register.name}.fields.${k}`;
  const unit: FieldDef[] = can(user.role, 'register.write.all')
    ? [{ name: 'unit', type: 'text', label: `registers.${register.name}.unit`, hint: 'registers.unitHint', required: true, maxLength: 100 }]
    : [];
  return [
    ...unit,
    ...register.fields.map((f): FieldDef => {
      const base = { name: f.key, label: key(f.key), required: f.required && f.type !== 'bool' };
      switch (f.type) {
        case 'text':
          return { ...base, type: 'text', maxLength: f.max ?? 200 };
        case 'textarea':
          return { ...base, type: 'textarea', maxLength: f.max ?? 2000, rows: 3 };
        case 'day':
          return { ...base, type: 'date' };
        case 'bool':
          return { ...base, type: 'checkbox' };
        case 'int':
          return { ...base, type: 'number' };
        case 'enum':
          return { ...base, type: 'select', options: f.options.map((o) => ({ value: o, label: `registers.options.${f.optionSet}.${o}` })), empty: 'registers.choose', emptyDisabled: !!f.required };
        case 'ref':
          return { ...base, type: 'select', options: refOptions(f.ref).map((o) => ({ value: String(o.value), text: o.label })), empty: 'registers.choose', emptyDisabled: !!f.required };
      }
    }),
  ];
}

/** What a new record's form starts with: each field's declared initial value, the current year for a year field. */
export function initialValues(register: Register, now = new Date()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of register.fields) {
    if (f.initial !== undefined) out[f.key] = f.initial;
    if (f.type === 'int' && f.key === 'year') out[f.key] = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  }
  return out;
}
