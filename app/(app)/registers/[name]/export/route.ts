import { getLocale, getTranslations } from 'next-intl/server';
import { defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import type { Locale } from '@/lib/i18n/config';
import { dayInShanghai } from '@/lib/i18n/format';
import { recordSheet } from '@/lib/registers/core/export';
import { exportRecords, parseRecordFilter } from '@/lib/registers/core/queries';
import { recordObjectType } from '@/lib/registers/core/write';
import { registerByName } from '@/lib/registers';
import { writeTable } from '@/lib/xlsx/write';

/** A register's records with the list's filters as .xlsx (the import reads it back unchanged); audited with what it held. */
export const GET = defineRoute<{ name: string }>('/registers/[name]/export', async ({ user, request, params, audit }) => {
  const register = registerByName(params.name);
  if (!register) return new Response(null, { status: 404 });
  const filter = parseRecordFilter(register, Object.fromEntries(new URL(request.url).searchParams));
  const rows = exportRecords(user, register, { ...filter, page: 1 });
  const t = (await getTranslations()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const title = t(`registers.${register.name}.title`);
  const sheet = recordSheet(register, rows, t, (await getLocale()) as Locale);
  const bytes = await writeTable({ name: title, title: typeof filter.year === 'number' ? `${filter.year} ${title}` : title, ...sheet });
  const personal = register.fields.filter((f) => f.personal && rows.some((r) => !r.withheld.includes(f.key) && r[f.key] != null)).map((f) => f.key);
  audit({ action: `${recordObjectType(register)}.export`, objectType: recordObjectType(register), after: { rows: rows.length, filter, personal } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(`${title}-${dayInShanghai(new Date())}.xlsx`),
    },
  });
});
