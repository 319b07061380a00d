import type { Cell, CellValue, Row, Worksheet } from 'exceljs';

// Reading cells the way an office's spreadsheet means them: text as displayed, dates whatever way
// they were typed, merged cells, full-width characters, and a header found below any title rows.

/** Full-width ASCII (incl. digits, dots, brackets) and ideographic space folded to half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** YYYY-MM-DD for a real calendar day, else null (no 2 月 30 日). */
export function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Text that is exactly a date: 2018-06-30, 2018/6/30, 2018.6.30, 2018年6月30日 (or 号), in any width. */
export function parseDateText(raw: string): string | null {
  const text = toHalfWidth(raw).replace(/\s+/g, '');
  const m = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号])$/.exec(text);
  if (!m) return null;
  return m[3] ? isoDate(+m[1]!, +m[3], +m[4]!) : isoDate(+m[1]!, +m[5]!, +m[6]!);
}

/** 2018-06-30 → 2018年6月30日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

// Serials outside 1990–2100 are far more likely a year or a count typed into a date column.
const SERIAL_MIN = 32874; // 1990-01-01
const SERIAL_MAX = 73415; // 2100-12-31

/** An Excel day serial (1900 date system) typed into a General cell → YYYY-MM-DD, within 1990–2100. */
export function excelSerialDate(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export interface CellRead {
  /** As displayed; line breaks as \n. */
  text: string;
  /** YYYY-MM-DD when the value is a real date. */
  date: string | null;
  /** The value when the cell holds a number. */
  number: number | null;
}

const BLANK: CellRead = { text: '', date: null, number: null };

/**
 * Shows a number the way its format would: only plain "0.00"-style formats are honoured, because
 * they are what keeps a code such as 2.10 from collapsing to 2.1. Anything else prints the value.
 */
function formatNumber(value: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? '').split(';')[0]!.replace(/["\\]/g, '');
  const m = /^[#,]*0[0,]*(?:\.(0+))?$/.exec(fmt);
  if (m) return value.toFixed(m[1]?.length ?? 0);
  return String(Number(value.toPrecision(15)));
}

/** A cell value as displayed: rich text joined, a formula's cached result, a hyperlink's text, a date as a day. */
export function readValue(value: CellValue | undefined, numFmt: string | undefined): CellRead {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'string') return { ...BLANK, text: value };
  if (typeof value === 'number') return { text: formatNumber(value, numFmt), date: null, number: value };
  if (typeof value === 'boolean') return { ...BLANK, text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return BLANK;
    const iso = isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    if (!iso) return BLANK;
    return { text: numFmt?.includes('年') ? chineseDate(iso) : iso, date: iso, number: null };
  }
  if ('richText' in value) return { ...BLANK, text: value.richText.map((run) => run.text ?? '').join('') };
  // A hyperlink's text can itself be rich text.
  if ('hyperlink' in value) return readValue(value.text as CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return readValue(value.result as CellValue, numFmt);
  return BLANK;
}

export interface CellAt extends CellRead {
  merged: boolean;
  /** The address of the cell holding the value (the merge's top-left cell). */
  masterAddress: string | null;
}

/** A cell of a row, read; a merged cell's value belongs to every cell it covers. */
export function readCell(row: Row, col: number | undefined): CellAt {
  if (!col) return { ...BLANK, merged: false, masterAddress: null };
  const cell: Cell | undefined = row.findCell(col);
  if (!cell) return { ...BLANK, merged: false, masterAddress: null };
  const source = cell.isMerged ? cell.master : cell;
  const read = readValue(source.value, source.numFmt);
  return { ...read, text: read.text.replace(/\r\n?/g, '\n'), merged: cell.isMerged, masterAddress: source.address };
}

/** Does any cell of the sheet show something? */
export function worksheetHasContent(ws: Worksheet): boolean {
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (found || !row.hasValues) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!found && readValue(cell.value, cell.numFmt).text.trim() !== '') found = true;
    });
  });
  return found;
}

// ---------------------------------------------------------------------------
// Typed values

/** A day from a date cell, an Excel serial in a General cell, or date text in any of the usual forms. */
export function cellDay(cell: CellRead): string | null {
  return cell.date ?? (cell.number !== null ? excelSerialDate(cell.number) : parseDateText(cell.text));
}

/** A number from a number cell or from text such as "１,２００" or " 3.5 ". */
export function cellNumber(cell: CellRead): number | null {
  if (cell.number !== null) return cell.number;
  const text = toHalfWidth(cell.text).replace(/[\s,]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return Number(text);
}

const YES = new Set(['是', '有', '√', '✓', '✔', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', '无', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0']);

/** 是/否, 有/无, √/×, yes/no, TRUE/FALSE, 1/0 → a boolean; anything else null. */
export function cellYesNo(cell: CellRead): boolean | null {
  const text = toHalfWidth(cell.text).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return null;
}

const SEPARATOR_CHARS = new Set(['、', '，', ',', '；', ';', '/', '／', '\n', '\t', '\u3000']);

/**
 * Splits a list cell (several units in one cell) on 、，,；;/ line breaks and runs of spaces, leaving
 * separators inside brackets alone: 各乡镇（街道、开发区） stays one piece. A single space between
 * Latin letters or digits belongs to an English name. Pieces are not trimmed; empty ones are kept.
 */
export function splitList(text: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '(' || ch === '（') depth++;
    if ((ch === ')' || ch === '）') && depth > 0) depth--;
    if (depth === 0 && SEPARATOR_CHARS.has(ch)) {
      pieces.push(current);
      current = '';
      continue;
    }
    if (depth === 0 && ch === ' ') {
      let j = i;
      while (chars[j + 1] === ' ') j++;
      const inWord = j === i && /[A-Za-z0-9]/.test(chars[i - 1] ?? '') && /[A-Za-z0-9]/.test(chars[j + 1] ?? '');
      if (!inWord) {
        pieces.push(current);
        current = '';
        i = j;
        continue;
      }
    }
    current += ch;
  }
  pieces.push(current);
  return pieces;
}

// ---------------------------------------------------------------------------
// Header

/** Header text as compared: any width, no spaces, no trailing colon or asterisk or "(…)" note, lower case. */
export function normalizeHeader(text: string): string {
  return (
    toHalfWidth(text)
      .replace(/\s+/g, '')
      .replace(/[:*]+$/, '')
      // "完成时限（年月日）" and similar explanatory suffixes.
      .replace(/\([^)]*\)$/, '')
      .toLowerCase()
  );
}

/** Column key → the column's 1-based index in the sheet. */
export type ColumnMap<K extends string> = Partial<Record<K, number>>;

const HEADER_SCAN_ROWS = 15;
// Styling a whole row can stretch columnCount to 16384; a header never sits that far right.
const MAX_HEADER_COLUMNS = 60;

interface RowHeaders<K extends string> {
  columns: ColumnMap<K>;
  texts: Partial<Record<K, string>>;
  /** Cells with text that names no column. */
  unknown: number;
}

function classifyRow<K extends string>(row: Row, width: number, lookup: Map<string, K>): RowHeaders<K> {
  const columns: ColumnMap<K> = {};
  const texts: Partial<Record<K, string>> = {};
  let unknown = 0;
  for (let col = 1; col <= width; col++) {
    const cell = readCell(row, col);
    // In the lower row of a two-row header, a cell merged down from the row above says nothing new.
    if (cell.merged && row.findCell(col)?.master.fullAddress.row !== row.number) continue;
    const key = lookup.get(normalizeHeader(cell.text));
    if (!key) {
      if (cell.text.trim()) unknown++;
      continue;
    }
    // A header merged across columns repeats its text; the first column is the one that counts.
    if (columns[key] === undefined) {
      columns[key] = col;
      texts[key] = cell.text.trim();
    }
  }
  return { columns, texts, unknown };
}

export interface HeaderFound<K extends string> {
  columns: ColumnMap<K>;
  /** The header text each column has in the file, to name a field the way the user's own sheet does. */
  texts: Partial<Record<K, string>>;
  /** The last header row; data starts below it. */
  headerRow: number;
}

/**
 * Finds the header in the first 15 rows, below any title rows: the first row whose recognised
 * columns `accept` takes. Header texts match a column's synonyms in any width, spacing or case.
 * A two-row header (责任单位 merged over 牵头单位 | 配合单位 in the row below) is read as one: the
 * lower row's columns are added, and a spanning header whose column a lower one takes is dropped.
 */
export function findHeader<K extends string>(
  ws: Worksheet,
  synonyms: Record<K, readonly string[]>,
  accept: (columns: ColumnMap<K>) => boolean,
): HeaderFound<K> | null {
  const lookup = new Map<string, K>();
  for (const [key, words] of Object.entries(synonyms) as [K, readonly string[]][]) {
    for (const word of words) lookup.set(normalizeHeader(word), key);
  }
  const width = Math.min(Math.max(ws.columnCount, 1), MAX_HEADER_COLUMNS);
  const last = Math.min(ws.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const top = classifyRow(ws.getRow(r), width, lookup);
    if (!accept(top.columns)) continue;
    if (r < ws.rowCount) {
      const sub = classifyRow(ws.getRow(r + 1), width, lookup);
      const subColumns = new Set(Object.values(sub.columns));
      // A data row may hold a word that is also a header; a header row is mostly headers.
      if (subColumns.size > sub.unknown) {
        const columns: ColumnMap<K> = {};
        const texts: Partial<Record<K, string>> = {};
        for (const key of Object.keys(top.columns) as K[]) {
          if (subColumns.has(top.columns[key]!)) continue;
          columns[key] = top.columns[key];
          texts[key] = top.texts[key];
        }
        return { columns: { ...columns, ...sub.columns }, texts: { ...texts, ...sub.texts }, headerRow: r + 1 };
      }
    }
    return { columns: top.columns, texts: top.texts, headerRow: r };
  }
  return null;
}
