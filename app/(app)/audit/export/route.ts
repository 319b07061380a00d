import { getLocale, getTranslations } from 'next-intl/server';
import { parseAuditFilter } from '@/lib/audit/filter';
import { auditActionLabel, type Translate } from '@/lib/audit/labels';
import { auditObjectText, auditObjectViews } from '@/lib/audit/objects';
import { exportAuditRecords } from '@/lib/audit/queries';
import { defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { dayInShanghai, formatDateTime } from '@/lib/i18n/format';
import { writeCsv, writeTable } from '@/lib/xlsx/write';

/** The audit log, with the viewer's filters, as .xlsx or .csv (UTF-8 with BOM, for Excel). The export is itself audited. */
export const GET = defineRoute('/audit/export', async ({ request, audit }) => {
  const url = new URL(request.url);
  const filter = parseAuditFilter(Object.fromEntries(url.searchParams));
  const format = url.searchParams.get('format') === 'csv' ? 'csv' : 'xlsx';
  const rows = exportAuditRecords(filter);
  audit({ action: 'audit.export', after: { format, rows: rows.length, filter } });
  const t = await getTranslations('audit');
  const tAll = (await getTranslations()) as unknown as Translate;
  const locale = await getLocale();
  // Objects by name as on the page: one query per object type for the whole export.
  const objectOf = auditObjectViews(rows.map((r) => r.record), tAll, locale);
  const widths = { at: 20, user: 14, role: 10, unit: 16, action: 22, object: 16, result: 8, ip: 16, detail: 24, before: 40, after: 40 };
  const columns = Object.entries(widths).map(([key, width]) => ({ header: t(key as keyof typeof widths), width }));
  const values = rows.map(({ record: r, unitName }) => [
    formatDateTime(r.at, locale),
    r.username ?? '',
    r.role ?? '',
    unitName ?? '',
    auditActionLabel(r.action, tAll) ?? r.action,
    auditObjectText(objectOf(r), tAll),
    t(`results.${r.result}`),
    r.ip ?? '',
    r.detail ?? '',
    r.before == null ? '' : JSON.stringify(r.before),
    r.after == null ? '' : JSON.stringify(r.after),
  ]);
  const name = `${t('exportFileName')}-${dayInShanghai(new Date())}.${format}`;
  if (format === 'csv') {
    const body = writeCsv(columns.map((c) => c.header), values);
    return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachmentDisposition(name) } });
  }
  // Text cells only (writeTable's default): a value that looks like a formula is never evaluated.
  const bytes = await writeTable({ name: t('title'), columns, rows: values });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(name),
    },
  });
});
