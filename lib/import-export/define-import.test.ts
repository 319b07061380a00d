import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { id, optionalDay, requiredDay, requiredText } from '@/lib/validation/fields';
import { writeTable } from '@/lib/xlsx/write';
import { defineImport, fingerprint, type ApplyContext, type PreviewContext, type RecordRow } from './define-import';
import { createUnitMatcher, type UnitRef } from './unit-matcher';

// A register's import as issue 17 will declare one (行政应诉), over an in-memory store, so the
// machinery's reading, comparing and applying can be tested without a register table.

const UNITS: UnitRef[] = [
  { id: 1, code: 'gaj', name: '市公安局', fullName: '天门市公安局', active: true },
  { id: 2, code: 'gtj', name: '市国土资源局', fullName: '天门市国土资源局', active: true },
  { id: 3, code: 'sfj', name: '市司法局', fullName: '天门市司法局', active: true },
];

const nullIfBlank = (v: unknown) => (v === '' ? null : v);
const caseSchema = z
  .object({
    caseNo: requiredText(50),
    unitId: id(),
    filedOn: requiredDay(),
    hearingOn: optionalDay(),
    headAppeared: z.preprocess(nullIfBlank, z.boolean().nullable()),
    claims: z.preprocess(nullIfBlank, z.number().min(0).nullable()),
  })
  .superRefine((r, ctx) => {
    if (r.hearingOn && r.hearingOn < r.filedOn) ctx.addIssue({ code: 'custom', path: ['hearingOn'], message: 'v.invalid' });
    if (r.headAppeared !== null && !r.hearingOn) ctx.addIssue({ code: 'custom', path: ['headAppeared'], message: 'v.invalid' });
  });

type Case = z.output<typeof caseSchema> & { id: number };

function litigation(initial: Case[] = []) {
  const records = initial.map((r) => ({ ...r }));
  const definition = defineImport({
    kind: 'test-litigation',
    scope: z.object({}),
    columns: {
      caseNo: { headers: ['案号', '案件编号', 'Case no.'], required: true },
      unitId: { headers: ['被告', '被告单位', 'Defendant'], type: 'unit', required: true },
      filedOn: { headers: ['立案日期', '立案时间', 'Filed on'], type: 'day' },
      hearingOn: { headers: ['开庭日期', 'Hearing'], type: 'day' },
      headAppeared: { headers: ['负责人出庭', '负责人是否出庭'], type: 'yesNo' },
      claims: { headers: ['诉讼标的', '标的额'], type: 'number' },
    },
    schema: caseSchema,
    key: (row) => row.caseNo,
    load: () => records,
    rules: (row, ctx) => (ctx.user.role === 'unit' && row.unitId !== ctx.user.unitId ? [{ field: 'unitId', message: { key: 'forbidden' } }] : []),
    create: (ctx, row) => {
      const record = { id: records.length + 1, ...row };
      records.push(record);
      ctx.audit({ action: 'case.create', objectType: 'case', objectId: record.id, after: record });
    },
    update: (ctx, before, row) => {
      const record = records.find((r) => r.id === before.id)!;
      Object.assign(record, row);
      ctx.audit({ action: 'case.update', objectType: 'case', objectId: record.id, before, after: { ...record } });
    },
  });
  return { definition, records };
}

/** The declaration's scope: no fields besides the file. */
type Scope = Record<string, never>;

// The in-memory declaration never reads the database.
const NO_DATABASE = {} as Tx;
const names = new Map(UNITS.map((u) => [u.id, u.name]));

function context(user: PreviewContext<Scope>['user'] = { id: 9, role: 'office', unitId: 3 }): PreviewContext<Scope> {
  return { tx: NO_DATABASE, scope: {}, user, matchUnit: createUnitMatcher(UNITS), unitName: (unitId) => names.get(unitId) };
}

function applyContext(audits: unknown[]): ApplyContext<Scope> {
  return { ...context(), tx: NO_DATABASE, userId: 9, now: new Date(), audit: (e) => audits.push(e), fileName: '应诉.xlsx', t: (k) => k };
}

async function workbook(rows: ExcelJS.CellValue[][], setup?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('应诉');
  rows.forEach((values, r) => values.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v)));
  setup?.(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function read(definition: ReturnType<typeof litigation>['definition'], data: Uint8Array): Promise<RecordRow<string>[]> {
  const result = await definition.read(data);
  if (!result.ok) throw new Error(result.problem);
  return result.rows;
}

const OFFICE_SHEET = [
  ['2018年行政应诉案件统计表'],
  ['序号', '案件编号', '被告单位', '立案时间', '开庭日期（年月日）', '负责人是否出庭', '诉讼标的（元）'],
  [1, '(2018)鄂0981行初1号', '天门市公安局', new Date(Date.UTC(2018, 2, 1)), '2018年5月10日', '是', '１,２００'],
  [2, '(2018)鄂0981行初2号', '国土资源局', 43201, null, null, null],
  ['注：本表由市司法局汇总。'],
];

describe('defineImport for a register: reading', () => {
  it('reads an office’s own sheet: a title row, header synonyms, dates in any form, a closing note skipped', async () => {
    const { definition } = litigation();
    const rows = await read(definition, await workbook(OFFICE_SHEET, (ws) => ws.mergeCells('A1:G1')));
    expect(rows).toEqual([
      {
        rowNumber: 3,
        cells: { caseNo: '(2018)鄂0981行初1号', unitId: '天门市公安局', filedOn: '2018-03-01', hearingOn: '2018-05-10', headAppeared: true, claims: 1200 },
      },
      { rowNumber: 4, cells: { caseNo: '(2018)鄂0981行初2号', unitId: '国土资源局', filedOn: '2018-04-11', hearingOn: '', headAppeared: '', claims: '' } },
    ]);
  });

  it('refuses a sheet without a required column, and more rows than the limit', async () => {
    const { definition } = litigation();
    expect(await definition.read(await workbook([['案号', '立案日期'], ['(2018)鄂0981行初1号', '2018-03-01']]))).toEqual({ ok: false, problem: 'noHeader' });
    const many = await workbook([['案号', '被告'], ...Array.from({ length: 4 }, (_, i) => [`案${i}`, '市公安局'])]);
    expect(await definition.read(many, { maxRows: 3 })).toEqual({ ok: false, problem: 'tooManyRows' });
    expect(await definition.read(many, { maxRows: 4 })).toMatchObject({ ok: true });
  });
});

describe('defineImport for a register: preview and apply', () => {
  it('previews new records as creates with their parsed values, then applies them all, each audited', async () => {
    const { definition, records } = litigation();
    const preview = definition.preview(await read(definition, await workbook(OFFICE_SHEET)), context());
    expect(preview.summary).toEqual({ create: 2, update: 0, unchanged: 0, error: 0 });
    expect(preview.canApply).toBe(true);
    expect(preview.rows[0]).toMatchObject({
      rowNumber: 3,
      key: '(2018)鄂0981行初1号',
      action: 'create',
      recordId: null,
      values: { caseNo: '(2018)鄂0981行初1号', unitId: 1, filedOn: '2018-03-01', hearingOn: '2018-05-10', headAppeared: true, claims: 1200 },
      errors: [],
    });
    expect(preview.rows[0]!.changes).toContainEqual({ field: 'unitId', from: null, to: '市公安局' });

    const audits: unknown[] = [];
    expect(definition.apply(applyContext(audits), preview)).toEqual({ create: 2, update: 0 });
    expect(records.map((r) => [r.id, r.caseNo, r.unitId, r.filedOn, r.hearingOn, r.headAppeared, r.claims])).toEqual([
      [1, '(2018)鄂0981行初1号', 1, '2018-03-01', '2018-05-10', true, 1200],
      [2, '(2018)鄂0981行初2号', 2, '2018-04-11', null, null, null],
    ]);
    expect(audits).toHaveLength(2);
  });

  it('names the row and the field of every problem, suggests units, and so cannot apply', async () => {
    const { definition } = litigation();
    const data = await workbook([
      ['案号', '被告', '立案日期', '开庭日期', '负责人出庭', '标的额'],
      ['A1', '市公安分局', '2018-03-01', null, null, null],
      ['A2', '市公安局', '2018-02-30', null, null, '三千'],
      ['A3', '市公安局', '2018-03-01', null, '是', null],
      ['A1', '市公安局', '2018-03-01', '2018-02-01', '出庭了', -5],
      [null, null, '2018-03-01', null, null, null],
    ]);
    const preview = definition.preview(await read(definition, data), context());
    expect(preview.rows.map((r) => [r.rowNumber, r.action, r.errors])).toEqual([
      [2, 'error', [{ field: 'unitId', message: { key: 'importer.errors.unknownUnitSuggest', values: { input: '市公安分局', list: '市公安局' } } }]],
      [
        3,
        'error',
        [
          { field: 'filedOn', message: { key: 'day' } },
          { field: 'claims', message: { key: 'number' } },
        ],
      ],
      [4, 'error', [{ field: 'headAppeared', message: { key: 'invalid' } }]],
      [
        5,
        'error',
        [
          { field: 'headAppeared', message: { key: 'invalid' } },
          { field: 'claims', message: { key: 'min', values: { min: 0 } } },
        ],
      ],
      [
        6,
        'error',
        [
          { field: 'caseNo', message: { key: 'required' } },
          { field: 'unitId', message: { key: 'required' } },
        ],
      ],
    ]);
    expect(preview.rows.every((r) => r.values === null)).toBe(true);
    expect(preview.canApply).toBe(false);

    // A row whose own fields are sound can still repeat an earlier row's key.
    const twice = await workbook([
      ['案号', '被告', '立案日期'],
      ['A1', '市公安局', '2018-03-01'],
      ['A1', '市司法局', '2018-03-02'],
    ]);
    expect(definition.preview(await read(definition, twice), context()).rows[1]!.errors).toEqual([
      { field: null, message: { key: 'importer.errors.duplicateKey', values: { key: 'A1', firstRow: 2 } } },
    ]);
  });

  it('refuses a unit user’s row for another unit through the declaration’s rules', async () => {
    const { definition } = litigation();
    const rows = await read(definition, await workbook(OFFICE_SHEET));
    const preview = definition.preview(rows, context({ id: 5, role: 'unit', unitId: 1 }));
    expect(preview.rows.map((r) => [r.action, r.errors])).toEqual([
      ['create', []],
      ['error', [{ field: 'unitId', message: { key: 'forbidden' } }]],
    ]);
  });

  it('export → import changes nothing; a changed cell is an update from → to, applied to that record only', async () => {
    const stored: Case[] = [
      { id: 1, caseNo: '(2018)鄂0981行初1号', unitId: 1, filedOn: '2018-03-01', hearingOn: '2018-05-10', headAppeared: true, claims: 1200 },
      { id: 2, caseNo: '(2018)鄂0981行初2号', unitId: 2, filedOn: '2018-04-11', hearingOn: null, headAppeared: null, claims: null },
    ];
    const { definition, records } = litigation(stored);
    const exported = (cases: Case[]) =>
      writeTable({
        name: '行政应诉',
        title: '2018年行政应诉案件',
        columns: [
          { header: '案号', width: 24 },
          { header: '被告', width: 16 },
          { header: '立案日期', width: 14, type: 'date' },
          { header: '开庭日期', width: 14, type: 'date', numFmt: 'yyyy"年"m"月"d"日"' },
          { header: '负责人出庭', width: 10 },
          { header: '诉讼标的', width: 12, type: 'number', numFmt: '0.00' },
        ],
        rows: cases.map((c) => [c.caseNo, names.get(c.unitId)!, c.filedOn, c.hearingOn, c.headAppeared === null ? '' : c.headAppeared ? '是' : '否', c.claims]),
      });

    const same = definition.preview(await read(definition, await exported(stored)), context());
    expect(same.rows.map((r) => [r.action, r.recordId, r.changes])).toEqual([
      ['unchanged', 1, []],
      ['unchanged', 2, []],
    ]);

    const edited = await exported([stored[0]!, { ...stored[1]!, unitId: 3, claims: 50 }]);
    const preview = definition.preview(await read(definition, edited), context());
    expect(preview.rows.map((r) => [r.action, r.changes])).toEqual([
      ['unchanged', []],
      [
        'update',
        [
          { field: 'unitId', from: '市国土资源局', to: '市司法局' },
          { field: 'claims', from: null, to: 50 },
        ],
      ],
    ]);
    const audits: unknown[] = [];
    expect(definition.apply(applyContext(audits), preview)).toEqual({ create: 0, update: 1 });
    expect(records).toEqual([stored[0], { ...stored[1], unitId: 3, claims: 50 }]);
    expect(audits).toHaveLength(1);
  });

  it('fingerprints the file and the preview: either changing changes it', async () => {
    const { definition, records } = litigation();
    const rows = await read(definition, await workbook(OFFICE_SHEET));
    const before = definition.preview(rows, context());
    expect(fingerprint('sha-a', definition.preview(rows, context()))).toBe(fingerprint('sha-a', before));
    expect(fingerprint('sha-b', before)).not.toBe(fingerprint('sha-a', before));
    // Someone enters the first case by hand after the preview: the same rows now preview differently.
    records.push({ id: 1, caseNo: '(2018)鄂0981行初1号', unitId: 1, filedOn: '2018-03-01', hearingOn: null, headAppeared: null, claims: null });
    expect(fingerprint('sha-a', definition.preview(rows, context()))).not.toBe(fingerprint('sha-a', before));
  });
});
