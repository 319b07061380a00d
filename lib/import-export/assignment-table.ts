import type { Worksheet } from 'exceljs';
import { chineseToInt, intToChinese } from '@/lib/i18n/numerals';
import { chineseDate, parseDateText, readCell, splitList, toHalfWidth, type ColumnMap, type HeaderFound } from '@/lib/xlsx/cells';
import type { XlsxLimits } from '@/lib/xlsx/guard';
import { writeTable } from '@/lib/xlsx/write';
import { readWorkbook, type SheetFormat } from './define-import';

// The assignment table (分工方案) as offices write it: tasks as merged cells or headings, measure
// codes in a column or in the text, units with their roles written in many ways.

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

// ---------------------------------------------------------------------------
// Tasks

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

type Columns = ColumnMap<ColumnKind>;

/** A measure column and a unit column make the header. */
const isHeader = (c: Columns) => c.measure !== undefined && (c.lead !== undefined || c.cooperating !== undefined || c.responsible !== undefined);

// ---------------------------------------------------------------------------
// Units

type Mark = 'lead' | 'cooperating' | null;

interface UnitPiece {
  name: string;
  mark: Mark;
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
  for (const raw of splitList(text)) {
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
// Rows

const LEADING_CODE_RE = /^([0-9０-９]+(?:[.．][0-9０-９]+)+)[\s\u3000、.,，．:：]*/;
const SEQUENCE_RE = /^[(]?\d+[).、]?$/;
const NOTE_RE = /^(注|备注|说明)\s*[:：]/;

function readRows(ws: Worksheet, { columns, headerRow }: HeaderFound<ColumnKind>, maxRows: number): ParsedRow[] | null {
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

/** How an assignment table is recognised and read (the import declaration adds the comparing and writing). */
export const ASSIGNMENT_SHEET: SheetFormat<ColumnKind, ParsedRow> = { columns: HEADER_SYNONYMS, accept: isHeader, readRows };

/**
 * Reads an assignment table (分工方案) from .xlsx bytes: the first worksheet with a recognisable
 * header (任务 / 措施 / 牵头单位 / 配合单位 / 责任单位 / 完成时限 or the English equivalents) within
 * its first 15 rows. Problems come back as codes; rows are not validated against the database here.
 */
export function parseAssignmentTable(data: Uint8Array, limits?: Partial<XlsxLimits>) {
  return readWorkbook(data, ASSIGNMENT_SHEET, limits);
}

// ---------------------------------------------------------------------------
// Export

/**
 * Writes measures as an assignment table (.xlsx) that parseAssignmentTable reads back unchanged:
 * a merged title row, a header row, then one row per measure in the given order with each task's
 * cell merged over its consecutive measures.
 */
export async function buildAssignmentTable(rows: ExportRow[], opts: { title: string; headers?: ExportHeaders; sheetName?: string }): Promise<Uint8Array> {
  const h = opts.headers ?? ZH_HEADERS;
  return writeTable({
    name: opts.sheetName ?? (h === EN_HEADERS ? 'Assignments' : '分工方案'),
    title: opts.title,
    columns: [
      { header: h.no, width: 8, align: 'center' },
      { header: h.task, width: 26, mergeRuns: true },
      { header: h.measure, width: 60 },
      { header: h.lead, width: 24 },
      { header: h.cooperating, width: 40 },
      { header: h.timeframe, width: 16, align: 'center' },
    ],
    // Every value is text, so codes like 2.10 and year-only timeframes keep their form.
    rows: rows.map((item) => [
      item.code,
      `${intToChinese(item.taskNo)}、${item.taskTitle}`,
      item.title,
      item.lead.join('、'),
      item.cooperating.join('、'),
      item.timeframe ?? (item.dueDate ? chineseDate(item.dueDate) : ''),
    ]),
  });
}
