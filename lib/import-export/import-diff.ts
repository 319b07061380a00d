import type { ParsedRow } from './assignment-table';
import { summarize } from './define-import';
import type { UnitMatch, UnitRef } from './unit-matcher';

export type AssignmentRole = 'lead' | 'cooperating';

export interface CurrentTask {
  id: number;
  no: number;
  title: string;
}

export interface CurrentMeasure {
  id: number;
  code: string;
  taskNo: number;
  title: string;
  timeframe: string | null;
  dueDate: string | null;
  units: { assignmentId: number; unitId: number; unitName: string; role: AssignmentRole; hasReports: boolean }[];
}

export type FieldChange =
  | { kind: 'task'; from: number | null; to: number }
  | { kind: 'title'; from: string | null; to: string }
  | { kind: 'timeframe'; from: string | null; to: string | null }
  | { kind: 'dueDate'; from: string | null; to: string }
  | { kind: 'addUnit'; unitId: number; unitName: string; role: AssignmentRole }
  | { kind: 'changeRole'; assignmentId: number; unitId: number; unitName: string; from: AssignmentRole; to: AssignmentRole }
  // archive = it has progress reports, so it is archived, not deleted
  | { kind: 'removeUnit'; assignmentId: number; unitId: number; unitName: string; role: AssignmentRole; archive: boolean };

export type RowError =
  | { kind: 'unknownUnit'; input: string; suggestions: string[] }
  | { kind: 'missingTitle' }
  | { kind: 'missingCode' }
  | { kind: 'missingTask' }
  | { kind: 'duplicateCode'; code: string; firstRow: number }
  | { kind: 'archivedCode'; code: string }
  | { kind: 'unitTwice'; unitName: string };

export type RowWarning = { kind: 'noLead' } | { kind: 'inactiveUnit'; unitName: string } | { kind: 'newTask'; no: number; title: string };

export interface PreviewRow {
  rowNumber: number;
  code: string | null;
  title: string;
  /** The task the measure belongs to after apply: the row's, or the current one when the row names none. */
  taskNo: number | null;
  action: 'create' | 'update' | 'unchanged' | 'error';
  /** Existing measure matched by code. */
  measureId: number | null;
  changes: FieldChange[];
  errors: RowError[];
  warnings: RowWarning[];
  /** Resolved units, for the apply step. */
  lead: { unitId: number; unitName: string }[];
  cooperating: { unitId: number; unitName: string }[];
  /** Values the measure has after apply (see diffImport for the date-only 完成时限 rule). */
  timeframe: string | null;
  dueDate: string | null;
  taskTitle: string | null;
}

export interface ImportPreview {
  rows: PreviewRow[];
  /** Tasks the apply step must create (taskNo not in current tasks), with the first title seen. */
  newTasks: { no: number; title: string }[];
  summary: { create: number; update: number; unchanged: number; error: number };
  /** No row has an error and at least one row exists. */
  canApply: boolean;
}

type ResolvedUnit = { unitId: number; unitName: string };

const blankToNull = (text: string | null): string | null => (text === null ? null : text.trim() || null);

/** Resolves a row's units, reporting unknown units, units named twice and inactive units. */
function resolveUnits(row: ParsedRow, match: (raw: string) => UnitMatch, errors: RowError[], warnings: RowWarning[]) {
  const resolved: Record<AssignmentRole, ResolvedUnit[]> = { lead: [], cooperating: [] };
  const seen = new Set<number>();
  const reportedTwice = new Set<number>();
  const reportedInactive = new Set<number>();
  const entries: [AssignmentRole, string][] = [
    ...row.lead.map((name): [AssignmentRole, string] => ['lead', name]),
    ...row.cooperating.map((name): [AssignmentRole, string] => ['cooperating', name]),
  ];
  for (const [role, raw] of entries) {
    const result = match(raw);
    if (!result.ok) {
      errors.push({ kind: 'unknownUnit', input: result.input, suggestions: result.suggestions });
      continue;
    }
    const unit: UnitRef = result.unit;
    if (seen.has(unit.id)) {
      if (!reportedTwice.has(unit.id)) errors.push({ kind: 'unitTwice', unitName: unit.name });
      reportedTwice.add(unit.id);
      continue;
    }
    seen.add(unit.id);
    if (!unit.active && !reportedInactive.has(unit.id)) {
      warnings.push({ kind: 'inactiveUnit', unitName: unit.name });
      reportedInactive.add(unit.id);
    }
    resolved[role].push({ unitId: unit.id, unitName: unit.name });
  }
  return resolved;
}

/** Unit changes that make the measure's assignments exactly the row's; the file is authoritative. */
function unitChanges(resolved: Record<AssignmentRole, ResolvedUnit[]>, existing: CurrentMeasure['units']): FieldChange[] {
  const changes: FieldChange[] = [];
  const kept = new Set<number>();
  for (const role of ['lead', 'cooperating'] as const) {
    for (const unit of resolved[role]) {
      const mine = existing.filter((a) => a.unitId === unit.unitId && !kept.has(a.assignmentId));
      const same = mine.find((a) => a.role === role);
      if (same) {
        kept.add(same.assignmentId);
      } else if (mine[0]) {
        kept.add(mine[0].assignmentId);
        changes.push({
          kind: 'changeRole',
          assignmentId: mine[0].assignmentId,
          unitId: unit.unitId,
          unitName: unit.unitName,
          from: mine[0].role,
          to: role,
        });
      } else {
        changes.push({ kind: 'addUnit', unitId: unit.unitId, unitName: unit.unitName, role });
      }
    }
  }
  for (const a of existing) {
    if (kept.has(a.assignmentId)) continue;
    changes.push({
      kind: 'removeUnit',
      assignmentId: a.assignmentId,
      unitId: a.unitId,
      unitName: a.unitName,
      role: a.role,
      archive: a.hasReports,
    });
  }
  return changes;
}

/**
 * Compares parsed rows with the plan's current tasks and measures, matching measures by code.
 * Rows are authoritative for the measures they list (units not named are removed or archived);
 * measures the file does not list are left alone.
 *
 * 完成时限 rule: a cell that is exactly a date sets the due date; on an existing measure without a
 * timeframe text it does not also become the text, so a table exported with a date in place of a
 * missing timeframe imports without changes. A row without a date never clears a stored due date.
 */
export function diffImport(
  rows: readonly ParsedRow[],
  current: { tasks: CurrentTask[]; measures: CurrentMeasure[]; archivedCodes?: ReadonlySet<string> },
  match: (raw: string) => UnitMatch,
): ImportPreview {
  const taskNos = new Set(current.tasks.map((t) => t.no));
  const measuresByCode = new Map(current.measures.map((m) => [m.code.trim(), m]));
  const firstRowByCode = new Map<string, number>();
  const newTasks: { no: number; title: string }[] = [];

  const preview = rows.map((row): PreviewRow => {
    const errors: RowError[] = [];
    const warnings: RowWarning[] = [];
    const title = row.title.trim();
    const code = row.code?.trim() || null;
    const measure = code ? measuresByCode.get(code) : undefined;

    if (!code) {
      errors.push({ kind: 'missingCode' });
    } else {
      const firstRow = firstRowByCode.get(code);
      if (firstRow === undefined) firstRowByCode.set(code, row.rowNumber);
      else errors.push({ kind: 'duplicateCode', code, firstRow });
      // An archived measure keeps its code; the office restores it rather than importing a twin.
      if (!measure && current.archivedCodes?.has(code)) errors.push({ kind: 'archivedCode', code });
    }
    if (!title) errors.push({ kind: 'missingTitle' });
    if (row.taskNo === null && !measure) errors.push({ kind: 'missingTask' });

    if (row.taskNo !== null && !taskNos.has(row.taskNo) && !newTasks.some((t) => t.no === row.taskNo)) {
      const entry = { no: row.taskNo, title: row.taskTitle?.trim() ?? '' };
      newTasks.push(entry);
      warnings.push({ kind: 'newTask', ...entry });
    }

    const resolved = resolveUnits(row, match, errors, warnings);
    if (row.lead.length === 0) warnings.push({ kind: 'noLead' });

    const rowTimeframe = blankToNull(row.timeframe);
    const changes: FieldChange[] = [];
    let timeframe = rowTimeframe;
    let dueDate = row.dueDate;
    const taskNo = row.taskNo ?? measure?.taskNo ?? null;

    if (!measure) {
      if (row.taskNo !== null) changes.push({ kind: 'task', from: null, to: row.taskNo });
      if (title) changes.push({ kind: 'title', from: null, to: title });
      if (rowTimeframe !== null) changes.push({ kind: 'timeframe', from: null, to: rowTimeframe });
      if (row.dueDate) changes.push({ kind: 'dueDate', from: null, to: row.dueDate });
      changes.push(...unitChanges(resolved, []));
    } else {
      if (row.taskNo !== null && row.taskNo !== measure.taskNo) {
        changes.push({ kind: 'task', from: measure.taskNo, to: row.taskNo });
      }
      if (title && title !== measure.title.trim()) changes.push({ kind: 'title', from: measure.title, to: title });
      const currentTimeframe = blankToNull(measure.timeframe);
      if (currentTimeframe === null && row.dueDate) timeframe = null;
      if (timeframe !== currentTimeframe) changes.push({ kind: 'timeframe', from: currentTimeframe, to: timeframe });
      if (row.dueDate && row.dueDate !== measure.dueDate) {
        changes.push({ kind: 'dueDate', from: measure.dueDate, to: row.dueDate });
      }
      dueDate = row.dueDate ?? measure.dueDate;
      changes.push(...unitChanges(resolved, measure.units));
    }

    const action: PreviewRow['action'] =
      errors.length > 0 ? 'error' : !measure ? 'create' : changes.length > 0 ? 'update' : 'unchanged';
    return {
      rowNumber: row.rowNumber,
      code,
      title,
      taskNo,
      action,
      measureId: measure?.id ?? null,
      changes,
      errors,
      warnings,
      lead: resolved.lead,
      cooperating: resolved.cooperating,
      timeframe,
      dueDate,
      taskTitle: row.taskTitle,
    };
  });

  return { rows: preview, newTasks, ...summarize(preview) };
}
