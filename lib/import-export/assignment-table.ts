import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate } from 'fflate';
import type { Borders, Cell, CellValue, Row, Worksheet } from 'exceljs';
import { chineseToInt, intToChinese } from '@/lib/i18n/numerals';

export interface ParsedRow {
  /** 1-based row number in the sheet, as the user sees it in Excel. */
  rowNumber: number;
  taskNo: number | null;
  taskTitle: string | null;
  code: string | null;
  /** '' when the row has units but no measure text. */
  title: string;
  lead: string[];
  cooperating: string[];
  timeframe: string | null;
  /** YYYY-MM-DD when the 完成时限 cell is a date (a real Excel date or text that is exactly a date). */
  dueDate: string | null;
}

export type TableProblem = 'notXlsx' | 'empty' | 'noHeader' | 'tooLarge' | 'tooLargeInflated' | 'tooManyRows';

/** Upload size, rows read, and how large the workbook may be once inflated (a zip bomb is refused before the xlsx library inflates it). */
export const IMPORT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxRows: 5000, maxInflatedBytes: 200 * 1024 * 1024 };

export interface ExportRow {
  taskNo: number;
  taskTitle: string;
  code: string;
  title: string;
  lead: string[];
  cooperating: string[];
  timeframe: string | null;
  dueDate: string | null;
}

export interface ExportHeaders {
  no: string;
  task: string;
  measure: string;
  lead: string;
  cooperating: string;
  timeframe: string;
}

export const ZH_HEADERS: ExportHeaders = {
  no: '序号',
  task: '任务',
  measure: '措施',
  lead: '牵头单位',
  cooperating: '配合单位',
  timeframe: '完成时限',
};

export const EN_HEADERS: ExportHeaders = {
  no: 'No.',
  task: 'Task',
  measure: 'Measure',
  lead: 'Lead units',
  cooperating: 'Cooperating units',
  timeframe: 'Timeframe',
};

type ParseResult =
  | { ok: true; rows: ParsedRow[]; sheetName: string; headerRow: number }
  | { ok: false; problem: TableProblem };

// ---------------------------------------------------------------------------
// Text helpers

/** Full-width ASCII (incl. digits, dots, brackets) and ideographic space folded to half-width. */
function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

const CODE_RE = /^\d+(?:\.\d+)+$/;
const NUM = '[一二三四五六七八九十]+|\\d+';
const SEP = '[、.,，:：\\s]';
const TASK_PATTERNS: RegExp[] = [
  new RegExp(`^任务\\s*(${NUM})(?:${SEP}|$)`),
  new RegExp(`^第\\s*(${NUM})\\s*项(?:${SEP}|$)?`),
  new RegExp(`^[(]\\s*(${NUM})\\s*[)]`),
  new RegExp(`^([一二三四五六七八九十]+)\\s*(?:[、.,，:：]|\\s|$)`),
  // "1.1" is a measure code, not task 1.
  new RegExp(`^(\\d+)\\s*(?:[、,，:：]|\\.(?!\\d)|\\s|$)`),
];

/** "一、依法全面履行政府职能" → { no: 1, title: "依法全面履行政府职能" }; no number → the whole text as title. */
function parseTaskCell(raw: string): { no: number | null; title: string } {
  const text = raw.trim();
  const folded = toHalfWidth(text);
  for (const pattern of TASK_PATTERNS) {
    const m = pattern.exec(folded);
    if (!m) continue;
    const no = chineseToInt(m[1]!);
    // "2018 年度…" is a year, not a task.
    if (no === null || no < 1 || no > 999) continue;
    // Folding keeps string length, so the match length indexes the original text.
    const title = text.slice(m[0].length).replace(/^[\s\u3000、.,，．:：]+|[\s\u3000]+$/g, '');
    return { no, title };
  }
  return { no: null, title: text };
}

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Text that is exactly a date: 2018-06-30, 2018/6/30, 2018.6.30, 2018年6月30日. */
function parseDateText(raw: string): string | null {
  const text = toHalfWidth(raw).replace(/\s+/g, '');
  const m = /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号])$/.exec(text);
  if (!m) return null;
  return m[3] ? isoDate(+m[1]!, +m[3], +m[4]!) : isoDate(+m[1]!, +m[5]!, +m[6]!);
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

// ---------------------------------------------------------------------------
// Cell reading

interface CellRead {
  text: string;
  /** YYYY-MM-DD when the value is a real date. */
  date: string | null;
}

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

function readValue(value: CellValue | undefined, numFmt: string | undefined): CellRead {
  if (value === null || value === undefined) return { text: '', date: null };
  if (typeof value === 'string') return { text: value, date: null };
  if (typeof value === 'number') return { text: formatNumber(value, numFmt), date: null };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', date: null };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '', date: null };
    const iso = isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    if (!iso) return { text: '', date: null };
    return { text: numFmt?.includes('年') ? chineseDate(iso) : iso, date: iso };
  }
  if ('richText' in value) return { text: value.richText.map((run) => run.text ?? '').join(''), date: null };
  // A hyperlink's text can itself be rich text.
  if ('hyperlink' in value) return readValue(value.text as CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return readValue(value.result as CellValue, numFmt);
  return { text: '', date: null };
}

/** A merged cell's value belongs to every cell it covers. */
function readCell(row: Row, col: number | undefined): CellRead & { merged: boolean; masterAddress: string | null } {
  if (!col) return { text: '', date: null, merged: false, masterAddress: null };
  const cell: Cell | undefined = row.findCell(col);
  if (!cell) return { text: '', date: null, merged: false, masterAddress: null };
  const source = cell.isMerged ? cell.master : cell;
  const read = readValue(source.value, source.numFmt);
  return { ...read, text: read.text.replace(/\r\n?/g, '\n'), merged: cell.isMerged, masterAddress: source.address };
}

// ---------------------------------------------------------------------------
// Header

type ColumnKind = 'code' | 'task' | 'measure' | 'lead' | 'cooperating' | 'responsible' | 'timeframe';

const HEADER_SYNONYMS: Record<ColumnKind, string[]> = {
  code: ['序号', '编号', '措施编号', 'No.', 'No', 'Code'],
  task: ['任务', '重点任务', '主要任务', '工作任务', 'Task'],
  measure: ['措施', '具体措施', '工作措施', '主要措施', '任务措施', 'Measure'],
  lead: ['牵头单位', '牵头部门', 'Lead units', 'Lead'],
  cooperating: ['配合单位', '配合部门', '协办单位', 'Cooperating units', 'Cooperating'],
  responsible: ['责任单位', '责任部门', 'Responsible units'],
  timeframe: ['完成时限', '完成时间', '时限要求', '时间要求', 'Timeframe', 'Due'],
};

function normalizeHeader(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/[:*]+$/, '')
    // "完成时限（年月日）" and similar explanatory suffixes.
    .replace(/\([^)]*\)$/, '')
    .toLowerCase();
}

const HEADER_LOOKUP = new Map<string, ColumnKind>(
  (Object.entries(HEADER_SYNONYMS) as [ColumnKind, string[]][]).flatMap(([kind, words]) =>
    words.map((word) => [normalizeHeader(word), kind] as const),
  ),
);

type Columns = Partial<Record<ColumnKind, number>>;

function classifyRow(row: Row, width: number): Columns {
  const columns: Columns = {};
  for (let col = 1; col <= width; col++) {
    const kind = HEADER_LOOKUP.get(normalizeHeader(readCell(row, col).text));
    // A header merged across columns repeats its text; the first column is the one that counts.
    if (kind && columns[kind] === undefined) columns[kind] = col;
  }
  return columns;
}

const hasUnitColumn = (c: Columns) => c.lead !== undefined || c.cooperating !== undefined || c.responsible !== undefined;

const HEADER_SCAN_ROWS = 15;
const MAX_HEADER_COLUMNS = 60;

function findHeader(ws: Worksheet): { columns: Columns; headerRow: number } | null {
  // Styling a whole row can stretch columnCount to 16384; a header never sits that far right.
  const width = Math.min(Math.max(ws.columnCount, 1), MAX_HEADER_COLUMNS);
  const last = Math.min(ws.rowCount, HEADER_SCAN_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = classifyRow(ws.getRow(r), width);
    if (columns.measure === undefined || !hasUnitColumn(columns)) continue;
    // Two-row headers: 责任单位 merged over 牵头单位 | 配合单位 in the row below.
    if (r < ws.rowCount) {
      const sub = classifyRow(ws.getRow(r + 1), width);
      if (sub.lead !== undefined || sub.cooperating !== undefined) {
        const merged: Columns = { ...columns, ...sub };
        if (merged.responsible === merged.lead || merged.responsible === merged.cooperating) delete merged.responsible;
        return { columns: merged, headerRow: r + 1 };
      }
    }
    return { columns, headerRow: r };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Units

type Mark = 'lead' | 'cooperating' | null;

interface UnitPiece {
  name: string;
  mark: Mark;
}

const SEPARATOR_CHARS = new Set(['、', '，', ',', '；', ';', '/', '／', '\n', '\t', '\u3000']);

/** Splits a unit cell, leaving separators inside brackets alone: 各乡镇（街道、开发区） stays one piece. */
function splitPieces(text: string): string[] {
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
      // A single space between Latin letters or digits belongs to an English name; any other run separates.
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

const ANNOTATION_RE = /[(（]\s*(牵头|配合|主办|协办)\s*[)）]/;
const LABEL_RE = /^(牵头单位|牵头部门|牵头|主办|配合单位|配合部门|配合|协办单位|协办)\s*[:：]\s*/;

function roleOf(word: string): Mark {
  return word.startsWith('牵头') || word === '主办' ? 'lead' : 'cooperating';
}

/**
 * Unit names as written, with role annotations stripped: "市发改委（牵头）", "市发改委牵头" and the
 * label form "牵头：市发改委、市财政局；配合：市统计局" (a label applies until the next one).
 */
function parseUnits(text: string): UnitPiece[] {
  const out: UnitPiece[] = [];
  let labelled: Mark = null;
  for (const raw of splitPieces(text)) {
    let name = raw.trim();
    let mark: Mark = null;
    const label = LABEL_RE.exec(name);
    if (label) {
      labelled = roleOf(label[1]!);
      name = name.slice(label[0].length);
    }
    const annotation = ANNOTATION_RE.exec(name);
    if (annotation) {
      mark = roleOf(annotation[1]!);
      name = name.replace(new RegExp(ANNOTATION_RE.source, 'g'), '');
    }
    const suffix = /(牵头|配合)$/.exec(name);
    if (suffix && name.length > suffix[1]!.length + 1) {
      mark = roleOf(suffix[1]!);
      name = name.slice(0, -suffix[1]!.length);
    }
    // "市财政局、市人社局等": the trailing 等 (etc.) is not part of the name.
    if (name.length > 2 && name.endsWith('等')) name = name.slice(0, -1);
    name = name.trim();
    if (name) out.push({ name, mark: mark ?? labelled });
  }
  return out;
}

function splitResponsible(pieces: UnitPiece[]): { lead: string[]; cooperating: string[] } {
  const marked = pieces.filter((p) => p.mark === 'lead');
  const leadPieces = marked.length > 0 ? marked : pieces.filter((p) => p.mark !== 'cooperating').slice(0, 1);
  return {
    lead: leadPieces.map((p) => p.name),
    cooperating: pieces.filter((p) => !leadPieces.includes(p)).map((p) => p.name),
  };
}

// ---------------------------------------------------------------------------
// Parsing

const LEADING_CODE_RE = /^([0-9０-９]+(?:[.．][0-9０-９]+)+)[\s\u3000、.,，．:：]*/;
const SEQUENCE_RE = /^[(]?\d+[).、]?$/;
const NOTE_RE = /^(注|备注|说明)\s*[:：]/;

function worksheetHasContent(ws: Worksheet): boolean {
  let found = false;
  ws.eachRow({ includeEmpty: false }, (row) => {
    if (found || !row.hasValues) return;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!found && readValue(cell.value, cell.numFmt).text.trim() !== '') found = true;
    });
  });
  return found;
}

function readRows(ws: Worksheet, columns: Columns, headerRow: number, maxRows: number): ParsedRow[] | null {
  const rows: ParsedRow[] = [];
  const perTask = new Map<number, number>();
  let currentTask: { no: number | null; title: string } | null = null;

  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    // Rows missing from the file are blank; findRow avoids materialising them.
    const row = ws.findRow(r);
    if (!row?.hasValues) continue;
    const taskCell = readCell(row, columns.task);
    const codeCell = readCell(row, columns.code);
    const measureCell = readCell(row, columns.measure);
    const leadCell = readCell(row, columns.lead);
    const coopCell = readCell(row, columns.cooperating);
    const respCell = readCell(row, columns.responsible);
    const timeCell = readCell(row, columns.timeframe);

    const measureText = measureCell.text.trim();
    const unitColumn = columns.lead ?? columns.responsible ?? columns.cooperating;
    const unitMaster = [leadCell, respCell, coopCell].find((c) => c.masterAddress)?.masterAddress;

    // A heading merged across the table ("一、依法全面履行政府职能" spanning every column) starts a task.
    if (measureText && measureCell.merged && unitColumn && measureCell.masterAddress === unitMaster) {
      const heading = parseTaskCell(measureText);
      if (heading.no !== null) currentTask = heading;
      continue;
    }

    let task: { no: number | null; title: string } | null;
    if (taskCell.text.trim()) {
      task = parseTaskCell(taskCell.text);
      currentTask = task;
    } else {
      task = taskCell.merged ? null : currentTask;
    }

    const codeText = toHalfWidth(codeCell.text).replace(/\s+/g, '');
    const columnCode = CODE_RE.test(codeText) ? codeText : null;

    let lead: string[];
    let cooperating: string[];
    if (columns.lead !== undefined) {
      lead = parseUnits(leadCell.text).map((p) => p.name);
      cooperating = parseUnits(columns.cooperating !== undefined ? coopCell.text : respCell.text).map((p) => p.name);
    } else if (columns.responsible !== undefined) {
      ({ lead, cooperating } = splitResponsible(parseUnits(respCell.text)));
      if (columns.cooperating !== undefined) cooperating.push(...parseUnits(coopCell.text).map((p) => p.name));
    } else {
      lead = [];
      cooperating = parseUnits(coopCell.text).map((p) => p.name);
    }
    const hasUnits = lead.length > 0 || cooperating.length > 0;

    if (!measureText && !hasUnits && !columnCode) continue;
    if (!hasUnits && !columnCode && NOTE_RE.test(measureText)) continue;
    // Without a task column, unmerged headings sit in the measure column with nothing beside them.
    if (!hasUnits && !columnCode && columns.task === undefined) {
      const heading = parseTaskCell(measureText);
      if (heading.no !== null && !/^\d/.test(toHalfWidth(measureText))) {
        currentTask = heading;
        continue;
      }
    }

    if (rows.length >= maxRows) return null;

    let code = columnCode;
    let title = measureText;
    const leading = LEADING_CODE_RE.exec(measureText);
    if (leading) {
      const textCode = toHalfWidth(leading[1]!);
      if (!code || code === textCode) {
        code = textCode;
        title = measureText.slice(leading[0].length).trim();
      }
    }

    const taskNo = task?.no ?? null;
    if (taskNo !== null) perTask.set(taskNo, (perTask.get(taskNo) ?? 0) + 1);
    if (!code && taskNo !== null && (codeText === '' || SEQUENCE_RE.test(codeText))) {
      code = `${taskNo}.${perTask.get(taskNo)}`;
    }

    const timeframe = timeCell.text.trim() || null;
    rows.push({
      rowNumber: r,
      taskNo,
      taskTitle: task ? task.title : null,
      code,
      title,
      lead,
      cooperating,
      timeframe,
      dueDate: timeCell.date ?? (timeframe ? parseDateText(timeframe) : null),
    });
  }
  return rows;
}

/**
 * How large a zip archive is once inflated, up to `max`: its entries are inflated and counted chunk
 * by chunk (the sizes an archive declares can lie) and dropped as they come, so a zip bomb costs at
 * most `max` bytes of work and no memory to find out.
 */
export function inflatedSize(data: Uint8Array, max: number): 'within' | 'over' | 'malformed' {
  let total = 0;
  // Set from the callbacks: an object, so that TypeScript does not narrow it to its first value.
  const seen: { outcome: 'within' | 'over' | 'malformed' } = { outcome: 'within' };
  const unzip = new Unzip((entry) => {
    if (seen.outcome !== 'within') return; // not inflated at all
    entry.ondata = (error, chunk) => {
      if (seen.outcome !== 'within') return;
      total += chunk?.length ?? 0;
      if (error) seen.outcome = 'malformed';
      else if (total > max) seen.outcome = 'over';
      if (seen.outcome !== 'within') entry.terminate();
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(data, true);
  } catch {
    return seen.outcome === 'over' ? 'over' : 'malformed';
  }
  return seen.outcome;
}

function hasZipSignature(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/**
 * Reads an assignment table (分工方案) from .xlsx bytes: the first worksheet with a recognisable
 * header (任务 / 措施 / 牵头单位 / 配合单位 / 责任单位 / 完成时限 or the English equivalents) within
 * its first 15 rows. Problems come back as codes; rows are not validated against the database here.
 */
export async function parseAssignmentTable(
  data: Uint8Array,
  limits?: Partial<typeof IMPORT_LIMITS>,
): Promise<ParseResult> {
  const { maxBytes, maxRows, maxInflatedBytes } = { ...IMPORT_LIMITS, ...limits };
  if (data.byteLength > maxBytes) return { ok: false, problem: 'tooLarge' };
  if (!hasZipSignature(data)) return { ok: false, problem: 'notXlsx' };
  const inflated = inflatedSize(data, maxInflatedBytes);
  if (inflated !== 'within') return { ok: false, problem: inflated === 'over' ? 'tooLargeInflated' : 'notXlsx' };

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    return { ok: false, problem: 'notXlsx' };
  }
  // Any other zip (a .docx, a plain archive) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) return { ok: false, problem: 'notXlsx' };

  let sawContent = false;
  for (const ws of workbook.worksheets) {
    if (!worksheetHasContent(ws)) continue;
    sawContent = true;
    // A cover or notes sheet before the table is passed over rather than reported as headerless.
    const header = findHeader(ws);
    if (!header) continue;
    const rows = readRows(ws, header.columns, header.headerRow, maxRows);
    if (!rows) return { ok: false, problem: 'tooManyRows' };
    return { ok: true, rows, sheetName: ws.name, headerRow: header.headerRow };
  }
  return { ok: false, problem: sawContent ? 'noHeader' : 'empty' };
}

// ---------------------------------------------------------------------------
// Export

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const COLUMN_WIDTHS = [8, 26, 60, 24, 40, 16];

function safeSheetName(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

/**
 * Writes measures as an assignment table (.xlsx) that parseAssignmentTable reads back unchanged:
 * a merged title row, a header row, then one row per measure in the given order with each task's
 * cell merged over its consecutive measures.
 */
export async function buildAssignmentTable(
  rows: ExportRow[],
  opts: { title: string; headers?: ExportHeaders; sheetName?: string },
): Promise<Uint8Array> {
  const headers = opts.headers ?? ZH_HEADERS;
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(safeSheetName(opts.sheetName ?? (headers === EN_HEADERS ? 'Assignments' : '分工方案')), {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width }));

  const titleRow = ws.getRow(1);
  titleRow.getCell(1).value = opts.title;
  titleRow.height = 32;
  ws.mergeCells(1, 1, 1, COLUMN_WIDTHS.length);
  titleRow.getCell(1).style = {
    font: { bold: true, size: 16 },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  };

  const headerRow = ws.getRow(2);
  [headers.no, headers.task, headers.measure, headers.lead, headers.cooperating, headers.timeframe].forEach((text, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = text;
    cell.style = {
      font: { bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
      border: THIN,
    };
  });
  headerRow.height = 22;

  const firstDataRow = 3;
  rows.forEach((item, i) => {
    const row = ws.getRow(firstDataRow + i);
    const timeText = item.timeframe ?? (item.dueDate ? chineseDate(item.dueDate) : null);
    const values = [
      item.code,
      `${intToChinese(item.taskNo)}、${item.taskTitle}`,
      item.title,
      item.lead.join('、'),
      item.cooperating.join('、'),
      timeText ?? '',
    ];
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      // Every value is written as text so codes like 2.10 and year-only timeframes keep their form.
      cell.value = value;
      cell.style = {
        numFmt: '@',
        alignment: { horizontal: c === 0 || c === 5 ? 'center' : 'left', vertical: 'middle', wrapText: true },
        border: THIN,
      };
    });
  });

  // Merge each run of consecutive rows of the same task in the task column.
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const same = i < rows.length && rows[i]!.taskNo === rows[start]!.taskNo && rows[i]!.taskTitle === rows[start]!.taskTitle;
    if (same) continue;
    if (i - start > 1) ws.mergeCells(firstDataRow + start, 2, firstDataRow + i - 1, 2);
    start = i;
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
