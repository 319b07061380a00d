import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import type { TableColumn, TableValue } from '@/lib/xlsx/write';
import type { FieldSpec, Register } from './define';
import { refOptions } from './refs';
import type { RecordRow } from './queries';

type T = (key: string, values?: Record<string, string | number>) => string;

const WIDTHS: Record<FieldSpec['type'], number> = { text: 24, textarea: 40, day: 12, bool: 8, enum: 14, int: 10, ref: 28 };

/**
 * A register's records as a sheet the import reads back unchanged: the record number, the unit by
 * name, each field under its label, options by their labels, yes/no as 是/否, days as dates.
 * Withheld personal data is left blank.
 */
export function recordSheet(register: Register, rows: (RecordRow & { withheld: string[] })[], t: T, _locale: Locale): { columns: TableColumn[]; rows: TableValue[][] } {
  const refs = new Map<string, Map<number, string>>();
  const refLabel = (f: Extract<FieldSpec, { type: 'ref' }>, id: number) => {
    if (!refs.has(f.ref)) refs.set(f.ref, new Map(refOptions(f.ref).map((o) => [o.value, o.label])));
    return refs.get(f.ref)!.get(id) ?? String(id);
  };
  const cell = (f: FieldSpec, v: unknown, withheld: boolean): TableValue => {
    if (withheld || v === null || v === undefined) return null;
    switch (f.type) {
      case 'enum':
        return t(`registers.options.${f.optionSet}.${String(v)}`);
      case 'bool':
        return v ? t('registers.yes') : t('registers.no');
      case 'ref':
        return refLabel(f, Number(v));
      case 'int':
        return Number(v);
      default:
        return String(v);
    }
  };
  return {
    columns: [
      { header: t('registers.recordNo'), width: 10, type: 'number', align: 'center' },
      { header: t(`registers.${register.name}.unit`), width: 16 },
      ...register.fields.map((f): TableColumn => ({ header: t(`registers.${register.name}.fields.${f.key}`), width: WIDTHS[f.type], type: f.type === 'day' ? 'date' : f.type === 'int' ? 'number' : 'text' })),
    ],
    rows: rows.map((r) => [r.id, r.unitName, ...register.fields.map((f) => cell(f, r[f.key], r.withheld.includes(f.key)))]),
  };
}
