import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildAssignmentTable, parseAssignmentTable, type ExportRow, type ParsedRow } from './assignment-table';
import { diffImport, type CurrentMeasure, type CurrentTask, type PreviewRow } from './import-diff';
import { createUnitMatcher, type UnitRef } from './unit-matcher';

const UNIT_NAMES: [string, string][] = [
  ['市发改委', '天门市发展和改革委员会'],
  ['市编办', '中共天门市委机构编制委员会办公室'],
  ['市政府法制办', '天门市人民政府法制办公室'],
  ['市政府办公室', '天门市人民政府办公室'],
  ['市财政局', '天门市财政局'],
  ['市人社局', '天门市人力资源和社会保障局'],
  ['市公安局', '天门市公安局'],
  ['市司法局', '天门市司法局'],
  ['市审计局', '天门市审计局'],
  ['市统计局', '天门市统计局'],
  ['市民政局', '天门市民政局'],
  ['市教育局', '天门市教育局'],
  ['市环保局', '天门市环境保护局'],
  ['市住建委', '天门市住房和城乡建设委员会'],
  ['市国土资源局', '天门市国土资源局'],
  ['市工商局', '天门市工商行政管理局'],
  ['市食药监局', '天门市食品药品监督管理局'],
  ['市监察局', '天门市监察局'],
  ['市政务服务中心', '天门市政务服务中心'],
  ['市信访局', '天门市信访局'],
  ['团市委', '共青团天门市委员会'],
  ['岳口镇', '天门市岳口镇人民政府'],
  ['竟陵街道', '天门市竟陵街道办事处'],
  ['侨乡街道开发区', '天门市侨乡街道办事处（开发区）'],
  ['市物价局', '天门市物价局'],
];

const UNITS: UnitRef[] = UNIT_NAMES.map(([name, fullName], i) => ({
  id: i + 1,
  code: `U${String(i + 1).padStart(2, '0')}`,
  name,
  fullName,
  // 市物价局 was merged into 市发改委 and is kept only for history.
  active: name !== '市物价局',
}));

const unit = (name: string): UnitRef => {
  const found = UNITS.find((u) => u.name === name);
  if (!found) throw new Error(name);
  return found;
};

const TASKS: CurrentTask[] = [
  { id: 101, no: 1, title: '依法全面履行政府职能' },
  { id: 102, no: 2, title: '完善依法行政制度体系' },
  { id: 103, no: 3, title: '推进行政决策科学化、民主化、法治化' },
  { id: 104, no: 4, title: '坚持严格规范公正文明执法' },
];

let nextAssignmentId = 1000;

function measure(
  id: number,
  code: string,
  title: string,
  lead: string[],
  cooperating: string[],
  extra: Partial<Pick<CurrentMeasure, 'timeframe' | 'dueDate'>> & { reported?: string[] } = {},
): CurrentMeasure {
  const assign = (name: string, role: 'lead' | 'cooperating') => ({
    assignmentId: nextAssignmentId++,
    unitId: unit(name).id,
    unitName: name,
    role,
    hasReports: extra.reported?.includes(name) ?? false,
  });
  return {
    id,
    code,
    taskNo: Number(code.split('.')[0]),
    title,
    timeframe: extra.timeframe ?? null,
    dueDate: extra.dueDate ?? null,
    units: [...lead.map((n) => assign(n, 'lead')), ...cooperating.map((n) => assign(n, 'cooperating'))],
  };
}

const MEASURES: CurrentMeasure[] = [
  measure(1, '1.1', '深化行政审批制度改革，全面清理行政审批事项', ['市编办'], ['市发改委', '市政务服务中心'], { timeframe: '2018年底前', dueDate: '2018-12-31' }),
  measure(2, '1.2', '大力推行权力清单、责任清单、负面清单制度并实行动态管理', ['市编办', '市政府法制办'], ['市财政局'], { timeframe: '长期坚持' }),
  measure(3, '1.3', '优化政府组织结构', ['市编办'], ['市人社局'], { dueDate: '2018-06-30' }),
  measure(4, '2.1', '完善政府立法体制机制', ['市政府法制办'], ['市司法局']),
  measure(5, '2.2', '加强重点领域政府立法', ['市政府法制办'], ['市环保局', '市住建委', '市国土资源局'], { timeframe: '2019年' }),
  measure(6, '2.3', '提高政府立法公众参与度', ['市政府法制办'], ['团市委']),
  measure(7, '2.4', '加强规范性文件监督管理', ['市政府法制办'], ['岳口镇', '竟陵街道', '侨乡街道开发区'], { reported: ['岳口镇'] }),
  measure(8, '2.5', '建立行政法规、规章和规范性文件清理长效机制', ['市政府法制办'], ['市审计局']),
  measure(9, '2.6', '推进价格管理法治化', ['市发改委'], ['市物价局'], { reported: ['市物价局'] }),
  measure(10, '2.7', '健全统计数据质量管理制度', ['市统计局'], []),
  measure(11, '2.8', '完善社会救助制度', ['市民政局'], ['市财政局', '市人社局']),
  measure(12, '2.9', '推进教育领域依法治理', ['市教育局'], ['市财政局']),
  measure(13, '2.10', '完善市场监管制度', ['市工商局', '市食药监局'], ['市发改委'], { timeframe: '2020年', reported: ['市发改委'] }),
  measure(14, '3.1', '健全依法决策机制', ['市政府办公室'], ['市政府法制办', '市监察局'], { reported: ['市监察局'] }),
  measure(15, '3.2', '增强公众参与实效', ['市政府办公室'], ['市信访局']),
  measure(16, '4.1', '改革行政执法体制', ['市编办'], ['市公安局', '市司法局'], { timeframe: '2018年6月30日', dueDate: '2018-06-30' }),
];

const CURRENT = { tasks: TASKS, measures: MEASURES };
const match = createUnitMatcher(UNITS);

function exportRows(measures: CurrentMeasure[]): ExportRow[] {
  return measures.map((m) => ({
    taskNo: m.taskNo,
    taskTitle: TASKS.find((t) => t.no === m.taskNo)?.title ?? '',
    code: m.code,
    title: m.title,
    lead: m.units.filter((u) => u.role === 'lead').map((u) => u.unitName),
    cooperating: m.units.filter((u) => u.role === 'cooperating').map((u) => u.unitName),
    timeframe: m.timeframe,
    dueDate: m.dueDate,
  }));
}

async function parse(data: Uint8Array): Promise<ParsedRow[]> {
  const result = await parseAssignmentTable(data);
  if (!result.ok) throw new Error(result.problem);
  return result.rows;
}

function row(fields: Partial<ParsedRow>): ParsedRow {
  return {
    rowNumber: 3,
    taskNo: 1,
    taskTitle: '依法全面履行政府职能',
    code: '1.9',
    title: '新措施',
    lead: ['市编办'],
    cooperating: [],
    timeframe: null,
    dueDate: null,
    ...fields,
  };
}

const only = (preview: { rows: PreviewRow[] }) => {
  expect(preview.rows).toHaveLength(1);
  return preview.rows[0]!;
};

describe('diffImport: round trip', () => {
  it('export → import of the current table reports every row unchanged', async () => {
    const data = await buildAssignmentTable(exportRows(MEASURES), { title: '天门市法治政府建设实施方案任务分工' });
    const preview = diffImport(await parse(data), CURRENT, match);
    expect(preview.rows.map((r) => [r.code, r.action])).toEqual(MEASURES.map((m) => [m.code, 'unchanged']));
    expect(preview.rows.flatMap((r) => [...r.changes, ...r.errors])).toEqual([]);
    // The only warning is the inactive 市物价局, which the current data really has.
    expect(preview.rows.flatMap((r) => r.warnings.map((w) => [r.code, w]))).toEqual([['2.6', { kind: 'inactiveUnit', unitName: '市物价局' }]]);
    expect(preview.summary).toEqual({ create: 0, update: 0, unchanged: 16, error: 0 });
    expect(preview.newTasks).toEqual([]);
    expect(preview.canApply).toBe(true);
    expect(preview.rows.map((r) => r.measureId)).toEqual(MEASURES.map((m) => m.id));
    // The stored values survive for the apply step, including the date-only 1.3.
    const row13 = preview.rows[2]!;
    expect([row13.timeframe, row13.dueDate, row13.taskNo]).toEqual([null, '2018-06-30', 1]);
    expect(preview.rows[12]!.lead).toEqual([
      { unitId: unit('市工商局').id, unitName: '市工商局' },
      { unitId: unit('市食药监局').id, unitName: '市食药监局' },
    ]);
  });

  it('a changed file gives exactly the edits: a title, an added, a removed and a swapped unit', async () => {
    const rows = exportRows(MEASURES);
    const edited = rows.map((r) => ({ ...r, lead: [...r.lead], cooperating: [...r.cooperating] }));
    edited[1]!.title = '大力推行权力清单、责任清单制度';
    edited[5]!.cooperating.push('市教育局');
    edited[6]!.cooperating = ['竟陵街道', '侨乡街道开发区'];
    edited[13]!.lead = ['市政府法制办'];
    edited[13]!.cooperating = ['市政府办公室', '市监察局'];
    const data = await buildAssignmentTable(edited, { title: '分工' });
    const preview = diffImport(await parse(data), CURRENT, match);

    const m = (code: string) => {
      const found = MEASURES.find((x) => x.code === code);
      if (!found) throw new Error(code);
      return found;
    };
    const assignmentOf = (code: string, name: string) => m(code).units.find((u) => u.unitName === name)?.assignmentId;

    expect(preview.rows.filter((r) => r.action !== 'unchanged').map((r) => [r.code, r.action, r.changes])).toEqual([
      ['1.2', 'update', [{ kind: 'title', from: '大力推行权力清单、责任清单、负面清单制度并实行动态管理', to: '大力推行权力清单、责任清单制度' }]],
      ['2.3', 'update', [{ kind: 'addUnit', unitId: unit('市教育局').id, unitName: '市教育局', role: 'cooperating' }]],
      [
        '2.4',
        'update',
        [{ kind: 'removeUnit', assignmentId: assignmentOf('2.4', '岳口镇'), unitId: unit('岳口镇').id, unitName: '岳口镇', role: 'cooperating', archive: true }],
      ],
      [
        '3.1',
        'update',
        [
          { kind: 'changeRole', assignmentId: assignmentOf('3.1', '市政府法制办'), unitId: unit('市政府法制办').id, unitName: '市政府法制办', from: 'cooperating', to: 'lead' },
          { kind: 'changeRole', assignmentId: assignmentOf('3.1', '市政府办公室'), unitId: unit('市政府办公室').id, unitName: '市政府办公室', from: 'lead', to: 'cooperating' },
        ],
      ],
    ]);
    expect(preview.summary).toEqual({ create: 0, update: 4, unchanged: 12, error: 0 });
    expect(preview.canApply).toBe(true);
  });

  it('a hand-made table with full and short names of the same units is unchanged', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('分工');
    ws.addRow(['天门市法治政府建设实施方案']);
    ws.addRow(['序号', '任务', '措施', '牵头单位', '配合单位', '完成时限']);
    ws.addRow(['1.1', '一、依法全面履行政府职能', '深化行政审批制度改革，全面清理行政审批事项', '中共天门市委机构编制委员会办公室', '天门市发展和改革委员会；政务服务中心', '2018年底前']);
    ws.addRow(['2.4', '二、完善依法行政制度体系', '加强规范性文件监督管理', '市政府法制办（牵头）', '天门市岳口镇人民政府、竟陵街道办事处，天门市侨乡街道办事处(开发区)', null]);
    ws.addRow(['4.1', '四、坚持严格规范公正文明执法', '改革行政执法体制', '市编办', '公安局\n司法局', new Date(Date.UTC(2018, 5, 30))]);
    ws.getCell('F5').numFmt = 'yyyy"年"m"月"d"日"';
    ws.mergeCells('A1:F1');
    const preview = diffImport(await parse(new Uint8Array(await wb.xlsx.writeBuffer())), CURRENT, match);
    expect(preview.rows.map((r) => [r.rowNumber, r.code, r.action, r.changes])).toEqual([
      [3, '1.1', 'unchanged', []],
      [4, '2.4', 'unchanged', []],
      [5, '4.1', 'unchanged', []],
    ]);
  });
});

describe('diffImport: creating and updating', () => {
  it('creates a measure with its fields and units as changes', () => {
    const preview = diffImport(
      [row({ code: '1.9', title: ' 新措施 ', lead: ['市发改委'], cooperating: ['市财政局', '岳口镇'], timeframe: '2019年底前', dueDate: null })],
      CURRENT,
      match,
    );
    const r = only(preview);
    expect(r).toEqual({
      rowNumber: 3,
      code: '1.9',
      title: '新措施',
      taskNo: 1,
      action: 'create',
      measureId: null,
      changes: [
        { kind: 'task', from: null, to: 1 },
        { kind: 'title', from: null, to: '新措施' },
        { kind: 'timeframe', from: null, to: '2019年底前' },
        { kind: 'addUnit', unitId: 1, unitName: '市发改委', role: 'lead' },
        { kind: 'addUnit', unitId: 5, unitName: '市财政局', role: 'cooperating' },
        { kind: 'addUnit', unitId: 22, unitName: '岳口镇', role: 'cooperating' },
      ],
      errors: [],
      warnings: [],
      lead: [{ unitId: 1, unitName: '市发改委' }],
      cooperating: [
        { unitId: 5, unitName: '市财政局' },
        { unitId: 22, unitName: '岳口镇' },
      ],
      timeframe: '2019年底前',
      dueDate: null,
      taskTitle: '依法全面履行政府职能',
    });
    expect(preview.summary).toEqual({ create: 1, update: 0, unchanged: 0, error: 0 });
    expect(preview.canApply).toBe(true);
  });

  it('records a date 完成时限 on a new measure as both text and due date', () => {
    const r = only(diffImport([row({ timeframe: '2018/6/30', dueDate: '2018-06-30' })], CURRENT, match));
    expect(r.changes.slice(0, 4)).toEqual([
      { kind: 'task', from: null, to: 1 },
      { kind: 'title', from: null, to: '新措施' },
      { kind: 'timeframe', from: null, to: '2018/6/30' },
      { kind: 'dueDate', from: null, to: '2018-06-30' },
    ]);
    expect([r.timeframe, r.dueDate]).toEqual(['2018/6/30', '2018-06-30']);
  });

  it('moves a measure to another task and warns about a task that does not exist yet', () => {
    const preview = diffImport(
      [
        row({ rowNumber: 5, code: '2.1', taskNo: 5, taskTitle: '强化对行政权力的制约和监督', title: '完善政府立法体制机制', lead: ['市政府法制办'], cooperating: ['市司法局'] }),
        row({ rowNumber: 6, code: '5.1', taskNo: 5, taskTitle: '另一个标题', title: '加强监督' }),
      ],
      CURRENT,
      match,
    );
    expect(preview.rows.map((r) => [r.action, r.changes, r.warnings])).toEqual([
      ['update', [{ kind: 'task', from: 2, to: 5 }], [{ kind: 'newTask', no: 5, title: '强化对行政权力的制约和监督' }]],
      [
        'create',
        [
          { kind: 'task', from: null, to: 5 },
          { kind: 'title', from: null, to: '加强监督' },
          { kind: 'addUnit', unitId: 2, unitName: '市编办', role: 'lead' },
        ],
        [],
      ],
    ]);
    expect(preview.newTasks).toEqual([{ no: 5, title: '强化对行政权力的制约和监督' }]);
  });

  it('keeps the current task when an existing measure has no task cell', () => {
    const r = only(diffImport([row({ code: '2.1', taskNo: null, taskTitle: null, title: '完善政府立法体制机制', lead: ['市政府法制办'], cooperating: ['市司法局'] })], CURRENT, match));
    expect([r.action, r.taskNo, r.changes, r.errors]).toEqual(['unchanged', 2, [], []]);
  });

  it('compares timeframes as trimmed text and never clears a due date', () => {
    const base = { code: '1.1', title: '深化行政审批制度改革，全面清理行政审批事项', lead: ['市编办'], cooperating: ['市发改委', '市政务服务中心'] };
    const same = only(diffImport([row({ ...base, timeframe: ' 2018年底前 ' })], CURRENT, match));
    expect([same.action, same.dueDate]).toEqual(['unchanged', '2018-12-31']);
    const cleared = only(diffImport([row({ ...base, timeframe: null })], CURRENT, match));
    expect(cleared.changes).toEqual([{ kind: 'timeframe', from: '2018年底前', to: null }]);
    expect(cleared.dueDate).toBe('2018-12-31');
    const dated = only(diffImport([row({ ...base, timeframe: '2019年6月30日', dueDate: '2019-06-30' })], CURRENT, match));
    expect(dated.changes).toEqual([
      { kind: 'timeframe', from: '2018年底前', to: '2019年6月30日' },
      { kind: 'dueDate', from: '2018-12-31', to: '2019-06-30' },
    ]);
  });

  it('treats a date-only 完成时限 as the due date of a measure without timeframe text', () => {
    const base = { code: '1.3', title: '优化政府组织结构', lead: ['市编办'], cooperating: ['市人社局'] };
    const same = only(diffImport([row({ ...base, timeframe: '2018-06-30', dueDate: '2018-06-30' })], CURRENT, match));
    expect([same.action, same.changes, same.timeframe]).toEqual(['unchanged', [], null]);
    const moved = only(diffImport([row({ ...base, timeframe: '2018年9月30日', dueDate: '2018-09-30' })], CURRENT, match));
    expect(moved.changes).toEqual([{ kind: 'dueDate', from: '2018-06-30', to: '2018-09-30' }]);
    const text = only(diffImport([row({ ...base, timeframe: '2018年底前' })], CURRENT, match));
    expect(text.changes).toEqual([{ kind: 'timeframe', from: null, to: '2018年底前' }]);
  });
});

describe('diffImport: bad rows', () => {
  it('reports an unknown unit with suggestions', () => {
    const r = only(diffImport([row({ lead: ['市发改局'] })], CURRENT, match));
    expect(r.action).toBe('error');
    expect(r.errors).toEqual([{ kind: 'unknownUnit', input: '市发改局', suggestions: ['市发改委'] }]);
    expect(r.lead).toEqual([]);
  });

  it('reports a missing title, code and task', () => {
    const preview = diffImport(
      [
        row({ rowNumber: 4, title: '  ' }),
        row({ rowNumber: 5, code: null }),
        row({ rowNumber: 6, code: '9.1', taskNo: null, taskTitle: null }),
      ],
      CURRENT,
      match,
    );
    expect(preview.rows.map((r) => [r.rowNumber, r.action, r.errors])).toEqual([
      [4, 'error', [{ kind: 'missingTitle' }]],
      [5, 'error', [{ kind: 'missingCode' }]],
      [6, 'error', [{ kind: 'missingTask' }]],
    ]);
    expect(preview.summary).toEqual({ create: 0, update: 0, unchanged: 0, error: 3 });
    expect(preview.canApply).toBe(false);
  });

  it('reports every repeat of a code with the first row number', () => {
    const preview = diffImport(
      [row({ rowNumber: 3, code: '1.1' }), row({ rowNumber: 4, code: '1.2' }), row({ rowNumber: 7, code: '1.1' }), row({ rowNumber: 9, code: '1.1' })],
      CURRENT,
      match,
    );
    expect(preview.rows.map((r) => r.errors)).toEqual([
      [],
      [],
      [{ kind: 'duplicateCode', code: '1.1', firstRow: 3 }],
      [{ kind: 'duplicateCode', code: '1.1', firstRow: 3 }],
    ]);
    expect(preview.rows.map((r) => r.action)).toEqual(['update', 'update', 'error', 'error']);
  });

  it('reports a unit named twice, even in different forms', () => {
    const r = only(diffImport([row({ lead: ['市发改委'], cooperating: ['天门市发展和改革委员会', '市财政局', '发改委'] })], CURRENT, match));
    expect(r.errors).toEqual([{ kind: 'unitTwice', unitName: '市发改委' }]);
    expect(r.cooperating).toEqual([{ unitId: 5, unitName: '市财政局' }]);
    expect(r.action).toBe('error');
  });

  it('warns about a missing lead and an inactive unit without blocking', () => {
    const preview = diffImport([row({ lead: [], cooperating: ['市物价局'] })], CURRENT, match);
    const r = only(preview);
    expect(r.warnings).toEqual([{ kind: 'inactiveUnit', unitName: '市物价局' }, { kind: 'noLead' }]);
    expect(r.action).toBe('create');
    expect(preview.canApply).toBe(true);
  });

  it('cannot apply an empty file', () => {
    expect(diffImport([], CURRENT, match)).toEqual({
      rows: [],
      newTasks: [],
      summary: { create: 0, update: 0, unchanged: 0, error: 0 },
      canApply: false,
    });
  });

  it('reports unknown units, a missing title and a duplicate code parsed from a real workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('分工');
    ws.addRow(['序号', '任务', '措施', '牵头单位', '配合单位', '完成时限']);
    ws.addRow(['1.1', '一、依法全面履行政府职能', '深化行政审批制度改革，全面清理行政审批事项', '市编办', '市发改局、市政务服务中心', '2018年底前']);
    ws.addRow(['1.2', null, null, '市编办、市政府法制办', '市财政局', '长期坚持']);
    ws.addRow(['1.1', null, '重复的措施', '市编办', null, null]);
    ws.mergeCells('B2:B4');
    const preview = diffImport(await parse(new Uint8Array(await wb.xlsx.writeBuffer())), CURRENT, match);
    expect(preview.rows.map((r) => [r.rowNumber, r.action, r.errors])).toEqual([
      [2, 'error', [{ kind: 'unknownUnit', input: '市发改局', suggestions: ['市发改委'] }]],
      [3, 'error', [{ kind: 'missingTitle' }]],
      [4, 'error', [{ kind: 'duplicateCode', code: '1.1', firstRow: 2 }]],
    ]);
    expect(preview.canApply).toBe(false);
  });
});

describe('archived measures', () => {
  it('refuses a row whose code belongs to an archived measure', () => {
    const rows = [
      { rowNumber: 3, taskNo: 1, taskTitle: '任务', code: '1.9', title: '已归档的措施', lead: [], cooperating: [], timeframe: null, dueDate: null },
    ];
    const preview = diffImport(rows, { tasks: [{ id: 1, no: 1, title: '任务' }], measures: [], archivedCodes: new Set(['1.9']) }, () => ({ ok: false, input: '', suggestions: [] }));
    expect(preview.rows[0]!.errors).toContainEqual({ kind: 'archivedCode', code: '1.9' });
    expect(preview.canApply).toBe(false);
  });
});
