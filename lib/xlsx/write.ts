import ExcelJS from 'exceljs';
import type { Alignment, Borders, Style } from 'exceljs';

/** A value in a written cell: text, a number, or a day as YYYY-MM-DD (for `date` columns). */
export type TableValue = string | number | null;

export interface TableColumn {
  header: string;
  /** In characters, as Excel measures column width. */
  width: number;
  /**
   * text (the default): written as text, so codes such as 2.10 and formula-like text stay as typed;
   * number: a number with `numFmt`; date: a YYYY-MM-DD value written as an Excel date.
   */
  type?: 'text' | 'number' | 'date';
  /** Excel number format, e.g. '0.00', or for dates 'yyyy"年"m"月"d"日"' (default yyyy-mm-dd). */
  numFmt?: string;
  align?: Alignment['horizontal'];
  /** Consecutive rows with the same value share one merged cell (a task over its measures). */
  mergeRuns?: boolean;
}

export interface TableSheet {
  /** Cleaned of the characters Excel forbids and cut to 31 characters. */
  name: string;
  /** A bold title row merged across the table above the header. */
  title?: string;
  columns: TableColumn[];
  rows: TableValue[][];
  orientation?: 'portrait' | 'landscape';
}

const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const TITLE_STYLE: Partial<Style> = { font: { bold: true, size: 16 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } };
const HEADER_STYLE: Partial<Style> = {
  font: { bold: true },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
  border: THIN,
};

/** A sheet name Excel accepts: no \ / ? * [ ] :, at most 31 characters, never empty. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

function excelDate(iso: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: TableSheet) {
  const headerRowNo = sheet.title ? 2 : 1;
  const ws = workbook.addWorksheet(safeSheetName(sheet.name), {
    views: [{ state: 'frozen', ySplit: headerRowNo }],
    pageSetup: {
      orientation: sheet.orientation ?? 'landscape',
      paperSize: 9, // A4
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRowNo}:${headerRowNo}`,
    },
  });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));

  if (sheet.title) {
    const cell = ws.getCell(1, 1);
    cell.value = sheet.title;
    cell.style = TITLE_STYLE;
    ws.getRow(1).height = 32;
    if (sheet.columns.length > 1) ws.mergeCells(1, 1, 1, sheet.columns.length);
  }
  const headerRow = ws.getRow(headerRowNo);
  sheet.columns.forEach((c, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = c.header;
    cell.style = HEADER_STYLE;
  });
  headerRow.height = 22;

  const first = headerRowNo + 1;
  sheet.rows.forEach((values, r) => {
    const row = ws.getRow(first + r);
    sheet.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = values[i] ?? null;
      const type = c.type ?? 'text';
      const date = type === 'date' && typeof value === 'string' ? excelDate(value) : null;
      // Text is written as a plain string in a text-formatted cell: never a formula, never re-typed.
      cell.value = date ?? (type === 'number' ? value : value === null ? '' : String(value));
      cell.style = {
        numFmt: date ? (c.numFmt ?? 'yyyy-mm-dd') : type === 'number' ? (c.numFmt ?? 'General') : '@',
        alignment: { horizontal: c.align ?? (type === 'text' ? 'left' : 'center'), vertical: 'middle', wrapText: true },
        border: THIN,
      };
    });
  });

  sheet.columns.forEach((c, i) => {
    if (!c.mergeRuns) return;
    let start = 0;
    for (let r = 1; r <= sheet.rows.length; r++) {
      const value = sheet.rows[start]?.[i] ?? null;
      if (r < sheet.rows.length && value !== null && value !== '' && sheet.rows[r]?.[i] === value) continue;
      if (r - start > 1) ws.mergeCells(first + start, i + 1, first + r - 1, i + 1);
      start = r;
    }
  });
}

/**
 * Writes tables as an .xlsx workbook, one sheet each, in the office's house style: an optional
 * bold title row merged across the table, a shaded header row frozen below it (and printed on
 * every page), thin borders, wrapped text, typed and formatted columns. What it writes, the
 * importers read back unchanged.
 */
export async function writeTable(...sheets: TableSheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) addSheet(workbook, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A CSV cell: quoted when needed, and a leading = + - @ neutralised so spreadsheets never run it. */
function csvCell(value: TableValue): string {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header and rows as CSV, UTF-8 with a byte-order mark so Excel opens Chinese text correctly. */
export function writeCsv(headers: string[], rows: TableValue[][]): string {
  return '\uFEFF' + [headers, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
}
