import { getLocale, getTranslations } from 'next-intl/server';
import { buildAnnualReportDocx } from '@/lib/annual-report/docx';
import { getAnnualReport } from '@/lib/annual-report/queries';
import { defineRoute } from '@/lib/auth/gate';
import { attachmentDisposition } from '@/lib/http/content-disposition';
import { formatDay } from '@/lib/i18n/format';

/** The saved report as .docx (official layout and fonts). */
export const GET = defineRoute<{ year: string }>('/reports/annual/[year]/docx', async ({ params, audit }) => {
  const report = getAnnualReport(Number(params.year));
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
  audit({ action: 'annual-report.export', objectType: 'annual-report', objectId: report.id, after: { version: report.version } });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': attachmentDisposition(`${report.title}.docx`),
    },
  });
});
