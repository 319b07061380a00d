import { getLocale, getTranslations } from 'next-intl/server';
import { defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import type { Locale } from '@/lib/i18n/config';
import { getRubric } from '@/lib/rubrics/queries';
import { buildRubricXlsx, type Translate } from '@/lib/rubrics/xlsx';

/**
 * A year's rubric for the office: an .xlsx sheet of its indicators (the default), or with
 * `?format=json` the JSON the import reads back (a technical backup).
 */
export const GET = defineRoute<{ year: string }>('/assessments/[year]/rubric/export', async ({ request, params }) => {
  const year = Number(params.year);
  const loaded = Number.isInteger(year) ? getRubric(year) : undefined;
  if (!loaded) return new Response(null, { status: 404 });
  const t = await getTranslations();
  if (new URL(request.url).searchParams.get('format') === 'json') {
    return new Response(JSON.stringify(loaded.row.content, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': attachmentDisposition(`${t('rubric.title', { year })}.json`.replace(/\s+/g, '')),
      },
    });
  }
  // A stored rubric that no longer passes the schema can still be backed up as JSON, not tabulated.
  if (!loaded.rubric) return new Response(null, { status: 409 });
  const bytes = await buildRubricXlsx(loaded.rubric, (await getLocale()) as Locale, t as unknown as Translate);
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': attachmentDisposition(`${t('rubric.xlsx.title', { year })}.xlsx`),
    },
  });
});
