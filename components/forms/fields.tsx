'use client';

import { useState, type ReactNode } from 'react';
import { Field, Input, Select, Textarea, describedBy } from '@/components/ui/field';
import { useFieldState } from './form';

interface Common {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
}

export function TextField({ name, label, hint, required, className, maxLength, type = 'text', stored }: Common & { maxLength?: number; type?: 'text' | 'date' | 'number'; stored?: string | number | null }) {
  const f = useFieldState(name);
  return (
    <Field id={name} label={label} hint={hint} error={f.error} required={required} className={className}>
      <Input {...describedBy(name, f.error)} name={name} type={type} maxLength={maxLength} defaultValue={f.value(stored)} autoComplete="off" />
    </Field>
  );
}

export function TextareaField({ name, label, hint, required, className, maxLength, rows = 3, stored }: Common & { maxLength?: number; rows?: number; stored?: string | null }) {
  const f = useFieldState(name);
  return (
    <Field id={name} label={label} hint={hint} error={f.error} required={required} className={className}>
      <Textarea {...describedBy(name, f.error)} name={name} maxLength={maxLength} rows={rows} defaultValue={f.value(stored)} />
    </Field>
  );
}

export function SelectField({
  name,
  label,
  hint,
  required,
  className,
  options,
  empty,
  emptyDisabled,
  stored,
}: Common & { options: { value: string; text: string }[]; empty?: string; emptyDisabled?: boolean; stored?: string | null }) {
  const f = useFieldState(name);
  return (
    <Field id={name} label={label} hint={hint} error={f.error} required={required} className={className}>
      <Select {...describedBy(name, f.error)} name={name} defaultValue={f.value(stored)}>
        {empty !== undefined && (
          <option value="" disabled={emptyDisabled}>
            {empty}
          </option>
        )}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function CheckboxField({ name, label, hint, className, stored }: Common & { stored?: boolean }) {
  const f = useFieldState(name);
  return (
    <div className={className}>
      <label className="flex items-center gap-2 pt-6 text-[13px] text-slate-700">
        <input type="checkbox" name={name} defaultChecked={f.checked(stored ?? false)} className="h-4 w-4 rounded border-slate-300" />
        {label}
      </label>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
      {f.error && <p className="text-xs text-red-600">{f.error}</p>}
    </div>
  );
}

/** A file input that refuses, before sending, a file over `maxBytes` (the server checks again). */
export function FileField({
  name,
  label,
  hint,
  required,
  className,
  accept,
  maxBytes,
  tooLarge,
  onTooLarge,
  inputClassName,
}: Common & { accept?: string; maxBytes: number; tooLarge: () => string; onTooLarge?: (tooLarge: boolean) => void; inputClassName?: string }) {
  const f = useFieldState(name);
  const [localError, setLocalError] = useState<string>();
  const error = localError ?? f.error;
  return (
    <Field id={name} label={label} hint={hint} error={error} required={required} className={className}>
      <Input
        {...describedBy(name, error)}
        name={name}
        type="file"
        accept={accept}
        className={inputClassName}
        onChange={(e) => {
          const over = [...(e.currentTarget.files ?? [])].some((file) => file.size > maxBytes);
          setLocalError(over ? tooLarge() : undefined);
          onTooLarge?.(over);
        }}
      />
    </Field>
  );
}
