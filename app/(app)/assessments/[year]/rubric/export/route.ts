import { getTranslations } from 'next-intl/server';
import { defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { getRubric } from '@/lib/rubrics/queries';

/** A year's rubric as JSON, in the format the import reads back. */
export const GET = defineRoute<{ year: string }>('/assessments/[year]/rubric/export', async ({ params }) => {
  const year = Number(params.year);
  const loaded = Number.isInteger(year) ? getRubric(year) : undefined;
  if (!loaded) return new Response(null, { status: 404 });
  const t = await getTranslations('rubric');
  return new Response(JSON.stringify(loaded.row.content, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachmentDisposition(`${t('title', { year })}.json`.replace(/\s+/g, '')),
    },
  });
});
