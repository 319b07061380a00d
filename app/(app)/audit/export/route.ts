import ExcelJS from 'exceljs';
import { getLocale, getTranslations } from 'next-intl/server';
import { parseAuditFilter } from '@/lib/audit/filter';
import { exportAuditRecords } from '@/lib/audit/queries';
import { defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { dayInShanghai, formatDateTime } from '@/lib/i18n/format';

/** A CSV cell: quoted when needed, and a leading = + - @ neutralised so spreadsheets never run it. */
function csvCell(value: unknown): string {
  let s = value == null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The audit log, with the viewer's filters, as .xlsx or .csv (UTF-8 with BOM, for Excel). The export is itself audited. */
export const GET = defineRoute('/audit/export', async ({ request, audit }) => {
  const url = new URL(request.url);
  const filter = parseAuditFilter(Object.fromEntries(url.searchParams));
  const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  const rows = exportAuditRecords(filter);
  audit({ action: 'audit.export', after: { format, rows: rows.length, filter } });
  const t = await getTranslations('audit');
  const locale = await getLocale();
  const headers = [t('at'), t('user'), t('role'), t('unit'), t('action'), t('object'), t('result'), t('ip'), t('detail'), t('before'), t('after')];
  const values = rows.map(({ record: r, unitName }) => [
    formatDateTime(r.at, locale),
    r.username ?? '',
    r.role ?? '',
    unitName ?? '',
    r.action,
    r.objectType ? `${r.objectType}${r.objectId ? `#${r.objectId}` : ''}` : '',
    t(`results.${r.result}`),
    r.ip ?? '',
    r.detail ?? '',
    r.before == null ? '' : JSON.stringify(r.before),
    r.after == null ? '' : JSON.stringify(r.after),
  ]);
  const name = `${t('exportFileName')}-${dayInShanghai(new Date())}.${format}`;
  if (format === 'csv') {
    const body = '\uFEFF' + [headers, ...values].map((r) => r.map(csvCell).join(',')).join('\r\n');
    return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachmentDisposition(name) } });
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(t('title'));
  ws.addRow(headers).font = { bold: true };
  // Text cells only: a value that looks like a formula is never evaluated.
  for (const r of values) ws.addRow(r.map((v) => ({ richText: [{ text: v }] })));
  ws.columns.forEach((c, i) => (c.width = [20, 14, 10, 16, 22, 16, 8, 16, 24, 40, 40][i]));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return new Response(Buffer.from(await wb.xlsx.writeBuffer()), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(name),
    },
  });
});
