import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { buildAnnualReportDocx } from '@/lib/annual-report/docx';
import { getAnnualReport } from '@/lib/annual-report/queries';
import { writeAudit } from '@/lib/audit/log';
import { can } from '@/lib/auth/permissions';
import { actorOf, getCurrentUser } from '@/lib/auth/session';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { formatDay } from '@/lib/i18n/format';

/** The saved report as .docx (official layout and fonts). */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  if (!can(user.role, 'annualReport.edit')) {
    writeAudit(db, actorOf(user), { action: 'annual-report.export', result: 'denied' });
    return new Response(null, { status: 403 });
  }
  const report = getAnnualReport(Number((await params).year));
  if (!report) return new Response(null, { status: 404 });
  const t = await getTranslations('annualReport');
  const bytes = await buildAnnualReportDocx({
    title: report.title,
    issuer: report.issuer,
    dateText: formatDay(report.issueDate, await getLocale()),
    headings: {
      measures: t('sections.measures'),
      shortcomings: t('sections.shortcomings'),
      responsibility: t('sections.responsibility'),
      nextYear: t('sections.nextYear'),
      other: t('sections.other'),
    },
    sections: report.sections,
  });
  writeAudit(db, actorOf(user), { action: 'annual-report.export', objectType: 'annual-report', objectId: report.id, after: { version: report.version } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': attachmentDisposition(`${report.title}.docx`),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}
