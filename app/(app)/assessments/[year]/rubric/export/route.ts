import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { writeAudit } from '@/lib/audit/log';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { can } from '@/lib/auth/permissions';
import { actorOf, getCurrentUser } from '@/lib/auth/session';
import { getRubric } from '@/lib/rubrics/queries';

/** A year's rubric as JSON, in the format the import reads back. */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (!can(user.role, 'rubric.manage')) {
    writeAudit(db, actorOf(user), { action: 'rubric.export', result: 'denied' });
    return new Response(null, { status: 403 });
  }
  const year = Number((await params).year);
  const loaded = Number.isInteger(year) ? getRubric(year) : undefined;
  if (!loaded) return new Response(null, { status: 404 });
  const t = await getTranslations('rubric');
  return new Response(JSON.stringify(loaded.row.content, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': attachmentDisposition(`${t('title', { year })}.json`.replace(/\s+/g, '')),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
