import 'server-only';
import { formatDay } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import type { FieldSpec, Register } from './define';
import { refOptions } from './refs';

type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * How a record's value reads on a page: option labels, 是/否, days as 2018年6月30日, the name of a
 * referenced record; blank for nothing. Personal data the user may not see reads as withheld.
 */
export function valueFormatter(register: Register, t: T, locale: Locale) {
  const refs = new Map<string, Map<number, string>>();
  const refName = (f: Extract<FieldSpec, { type: 'ref' }>, id: number) => {
    if (!refs.has(f.ref)) refs.set(f.ref, new Map(refOptions(f.ref).map((o) => [o.value, o.label])));
    return refs.get(f.ref)!.get(id) ?? String(id);
  };
  return (f: FieldSpec, value: unknown, withheld = false): string => {
    if (withheld) return t('registers.withheld');
    if (value === null || value === undefined || value === '') return '';
    switch (f.type) {
      case 'enum':
        return t(`registers.options.${f.optionSet}.${String(value)}`);
      case 'bool':
        return value ? t('registers.yes') : t('registers.no');
      case 'day':
        return formatDay(String(value), locale);
      case 'ref':
        return refName(f, Number(value));
      default:
        return String(value);
    }
  };
}

/** A field's label. */
export const fieldLabel = (register: Register, f: FieldSpec, t: T) => t(`registers.${register.name}.fields.${f.key}`);
