'use client';

import { CheckboxField, SelectField, TextField, TextareaField } from './fields';

/**
 * A field declared as data (a register's fields, built on the server): labels, hints and option
 * labels are catalog keys the client translates; an option may carry its own text instead.
 */
export type FieldDef = { name: string; label: string; hint?: string; required?: boolean } & (
  | { type: 'text'; maxLength?: number }
  | { type: 'textarea'; maxLength?: number; rows?: number }
  | { type: 'date' }
  | { type: 'number' }
  | { type: 'checkbox' }
  | { type: 'select'; options: { value: string; label?: string; text?: string }[]; empty?: string; emptyDisabled?: boolean }
);

type Stored = string | number | boolean | null | undefined;

function asText(v: Stored): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 'on' : '';
  return v;
}

/** Renders declared fields with the stored values; errors and echoed input come from the enclosing form. */
export function FormFields({ fields, values, t }: { fields: FieldDef[]; values: Record<string, unknown>; t: (key: string) => string }) {
  return (
    <>
      {fields.map((d) => {
        const common = { name: d.name, label: t(d.label), hint: d.hint ? t(d.hint) : undefined, required: d.required };
        const stored = values[d.name] as Stored;
        switch (d.type) {
          case 'text':
            return <TextField key={d.name} {...common} maxLength={d.maxLength} stored={asText(stored)} />;
          case 'date':
            return <TextField key={d.name} {...common} type="date" stored={asText(stored)} />;
          case 'number':
            return <TextField key={d.name} {...common} type="number" stored={asText(stored)} />;
          case 'textarea':
            return <TextareaField key={d.name} {...common} className="sm:col-span-2" maxLength={d.maxLength} rows={d.rows} stored={stored == null ? null : String(stored)} />;
          case 'checkbox':
            return <CheckboxField key={d.name} {...common} stored={stored === true} />;
          case 'select':
            return (
              <SelectField
                key={d.name}
                {...common}
                options={d.options.map((o) => ({ value: o.value, text: o.text ?? t(o.label ?? o.value) }))}
                empty={d.empty ? t(d.empty) : undefined}
                emptyDisabled={d.emptyDisabled}
                stored={stored == null ? null : String(stored)}
              />
            );
        }
      })}
    </>
  );
}
