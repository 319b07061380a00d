import type { SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { MessageRef } from '@/lib/validation/issues';
import type { recordColumns } from '@/db/schema/registers/common';
import type { RegisterSettingKey } from '../settings';

/**
 * A register (工作台账) is declared once: its table, its fields, its rules and its figures. One
 * machinery (lib/registers/core) serves every declared register — list with filters and paging,
 * record form, history, archive, import and export, figures with drill-down, and per-unit scope —
 * the way an admin framework serves a model it is told about.
 */

/** Where a value's label lives: `registers.<register>.fields.<key>`; an enum's options under `registers.options.<optionSet>`. */
export type FieldType = 'text' | 'textarea' | 'day' | 'bool' | 'enum' | 'int' | 'ref';

interface FieldBase {
  /** The table column's property name. */
  key: string;
  type: FieldType;
  required?: boolean;
  /** Shown as a column of the list. */
  list?: boolean;
  /**
   * Personal data (names, applicants, certificate numbers): `office` — shown to the office only;
   * `ownUnit` — to the office and to the record's own unit. Others see that it is withheld.
   */
  personal?: 'office' | 'ownUnit';
  /** Extra headers an import accepts for this column (the zh and en labels are always accepted). */
  synonyms?: string[];
  /** What a new record's form starts with. */
  initial?: string | boolean;
}

export type FieldSpec =
  | (FieldBase & { type: 'text' | 'textarea'; max?: number; search?: boolean })
  | (FieldBase & { type: 'day' })
  | (FieldBase & { type: 'bool'; filter?: boolean })
  | (FieldBase & { type: 'enum'; options: readonly [string, ...string[]]; optionSet: string; filter?: boolean })
  | (FieldBase & { type: 'int'; min: number; max: number })
  /** Another record the office keeps (a clean-up campaign): chosen from a list, named by its title in imports. */
  | (FieldBase & { type: 'ref'; ref: RefName; filter?: boolean });

export type RefName = 'campaign';

/** The values a record form or an import row yields, after parsing (null for blank optional fields). */
export type RecordValues = Record<string, string | number | boolean | null>;

/** A refused combination of values, named by the field the user must change; the message key is a full catalog key (`registers.problems.…`). */
export interface RuleProblem {
  field: string;
  message: MessageRef;
}

/**
 * One figure of a register: a count (or a sum of `value`) of the records matching `where` for a year.
 * A figure's records are its drill-down: the list filtered by the same condition.
 */
export interface FigureSpec {
  key: string;
  where: (year: number) => SQL;
  /** What is added up per matching record (default 1: a count). */
  value?: SQL;
}

/** A rate between two figures of the same register; not applicable (null) when the denominator is 0. */
export interface RateSpec {
  key: string;
  numerator: string;
  denominator: string;
}

type RecordTable = SQLiteTable & { [K in keyof ReturnType<typeof recordColumns>]: SQLiteColumn };

export interface RegisterSpec<T extends RecordTable = RecordTable> {
  /** The URL slug and the key of its messages: `/registers/<name>`, `registers.<name>`. */
  name: string;
  table: T;
  /** The label of the unit a record belongs to in this register (制定机关, 被告 …) is `registers.<name>.unit`; these are more headers for it in imports. */
  unitSynonyms?: string[];
  fields: FieldSpec[];
  /** The register year a record counts in, from its values (usually the year of its key date). */
  yearOf: (values: RecordValues) => number | null;
  /** The field whose date decides the year (the form says so; the list sorts by it, newest first). */
  dateField: string;
  /** Cross-field rules, checked on every save and import row. */
  rules?: (values: RecordValues) => RuleProblem[];
  /** Columns derived from the values before they are stored (a normalised number for uniqueness). */
  derive?: (values: RecordValues) => Record<string, unknown>;
  /** A record that may exist once: the columns that must be unique together (besides `status`), and the field to blame. */
  unique?: { columns: string[]; field: string; message: MessageRef };
  /** How a record is named in history, audit and drill-down lists. */
  describe: (row: Record<string, unknown>) => string;
  figures: FigureSpec[];
  rates?: RateSpec[];
  /**
   * The register years whose records can hold an event of year y (a hearing, a filing, a closing):
   * y - before … y + after. Figures and their drill-downs read only those years, so a year's figures
   * never scan the whole table. Set from the statutory time limits, with room (default one year each way).
   */
  span?: { before: number; after: number };
  /** A state computed from a record and the office's settings (filed on time, late), shown as a badge in the list and on the record. */
  flag?: (row: Record<string, unknown>, settings: RegisterSettingValues, today: string) => RecordFlag | null;
}

export interface RecordFlag {
  /** A full catalog key. */
  key: string;
  tone: 'green' | 'yellow' | 'red';
}

/** The office's register settings (lib/registers/settings.ts), as a record's flag reads them. */
export type RegisterSettingValues = Record<RegisterSettingKey, number>;

export type Register = RegisterSpec & { fieldsByKey: Map<string, FieldSpec> };

/** Declares a register; the machinery reads everything else from the declaration. */
export function defineRegister<T extends RecordTable>(spec: RegisterSpec<T>): Register {
  const fieldsByKey = new Map(spec.fields.map((f) => [f.key, f]));
  if (!fieldsByKey.has(spec.dateField)) throw new Error(`${spec.name}: dateField ${spec.dateField} is not a field`);
  for (const r of spec.rates ?? []) {
    const keys = new Set(spec.figures.map((f) => f.key));
    if (!keys.has(r.numerator) || !keys.has(r.denominator)) throw new Error(`${spec.name}: rate ${r.key} names an unknown figure`);
  }
  return { ...(spec as unknown as RegisterSpec), fieldsByKey };
}
