import type { ReactNode } from 'react';
import { cn } from './cn';
import { Input, Select } from './field';

/** A labelled control in a search/filter bar (GET forms): label above, control below. */
function FilterLabel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="space-y-1 text-[13px] text-slate-600">
      <span className="block">{label}</span>
      {children}
    </label>
  );
}

/** A filter select whose first option means "no filter". */
export function FilterSelect({
  label,
  name,
  value,
  options,
  anyLabel,
  className = 'w-44',
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  options: { value: string | number; label: string }[];
  /** The "all" option; omit to force a choice. */
  anyLabel?: string;
  className?: string;
}) {
  return (
    <FilterLabel label={label}>
      <Select name={name} defaultValue={value ?? ''} className={cn(className)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FilterLabel>
  );
}

/** A filter text or date input. */
export function FilterInput({ label, name, value, type = 'text', className = 'w-40', placeholder }: { label: string; name: string; value: string | undefined; type?: 'text' | 'date'; className?: string; placeholder?: string }) {
  return (
    <FilterLabel label={label}>
      <Input name={name} type={type} defaultValue={value} className={className} maxLength={64} placeholder={placeholder} />
    </FilterLabel>
  );
}
