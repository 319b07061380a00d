import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { PrintButton } from '@/components/dashboard/print-button';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import type { AnnualReportSections } from '@/db/schema';
import { composeDraft, type Translate } from '@/lib/annual-report/compose';
import { assessmentGrades } from '@/lib/annual-report/grades';
import { gradeName } from '@/lib/assessments/grades';
import { defaultIssuer, getAnnualReport, listAnnualReportVersions, yearFacts } from '@/lib/annual-report/queries';
import { requireRoute } from '@/lib/auth/gate';
import { dayInShanghai, formatDateTime, formatDay } from '@/lib/i18n/format';
import { AnnualReportForm } from './report-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('annualReport'))('title') };
}

const SECTION_KEYS: (keyof AnnualReportSections)[] = ['measures', 'shortcomings', 'responsibility', 'nextYear', 'other'];

export default async function AnnualReportPage({ params }: { params: Promise<{ year: string }> }) {
  await requireRoute('/reports/annual/[year]');
  const year = Number((await params).year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) notFound();
  const t = await getTranslations('annualReport');
  const groups = await getTranslations('groups');
  const root = await getTranslations();
  const locale = await getLocale();
  const facts = yearFacts(year);
  if (!facts) {
    return (
      <>
        <PageHeader title={t('title')} />
        <EmptyState>{t('noPlan')}</EmptyState>
      </>
    );
  }
  const saved = getAnnualReport(year);
  const issuer = saved?.issuer ?? defaultIssuer();
  const draft = saved ?? {
    title: t('defaultTitle', { issuer, year }),
    issuer,
    issueDate: dayInShanghai(new Date()),
    version: 0,
    sections: composeDraft(
      facts,
      (await getTranslations('annualReport.compose')) as unknown as Translate,
      assessmentGrades(year, (g) => groups(g), (g) => gradeName(g, locale, root as unknown as (key: string) => string)),
      locale === 'en' ? 'latin' : 'chinese',
    ),
  };
  const versions = saved ? listAnnualReportVersions(saved.id) : [];
  const headings = Object.fromEntries(SECTION_KEYS.map((k) => [k, t(`sections.${k}`)]));

  return (
    <>
      <div className="no-print">
        <PageHeader
          title={t('title')}
          subtitle={t('subtitle')}
          actions={
            <>
              {[year - 1, year + 1].map((y) => (
                <Link key={y} href={`/reports/annual/${y}`} className={buttonClass('ghost')}>
                  {y}
                </Link>
              ))}
              {saved && (
                <a href={`/reports/annual/${year}/docx`} className={buttonClass('secondary')} download>
                  {t('exportDocx')}
                </a>
              )}
              <PrintButton label={t('print')} />
            </>
          }
        />
        {!saved && <Alert tone="info" className="mb-4">{t('unsaved')}</Alert>}
        <div className="mb-5 grid gap-5 xl:grid-cols-3">
          <Card title={`${year} · ${t('title')}`} className="xl:col-span-2">
            <AnnualReportForm year={year} draft={draft} headings={headings} />
          </Card>
          <div className="space-y-5">
            <Card title={t('facts')}>
              <ul className="space-y-1 text-[13px] whitespace-pre-line text-slate-700" data-testid="annual-facts">
                {draft.sections.other
                  .split('\n')
                  .slice(1)
                  .map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
              </ul>
            </Card>
            <Card title={t('versions')}>
              {versions.length === 0 ? (
                <p className="text-[13px] text-slate-500">{t('noVersions')}</p>
              ) : (
                <ul className="space-y-1 text-[13px] text-slate-700" data-testid="annual-versions">
                  {versions.map((v) => (
                    <li key={v.versionNo}>{t('versionLine', { no: v.versionNo, name: v.by, at: formatDateTime(v.savedAt, locale) })}</li>
                  ))}
                </ul>
              )}
            </Card>
          </div>
        </div>
      </div>
      <article className="official-doc mx-auto max-w-3xl bg-white px-12 py-10 shadow-sm print:max-w-none print:p-0 print:shadow-none" aria-label={t('preview')}>
        <h1 className="mb-8 text-center text-2xl font-bold leading-relaxed">{draft.title}</h1>
        {SECTION_KEYS.map((k) => (
          <section key={k} className="mb-4">
            <h2 className="indent-8 text-lg font-bold">{headings[k]}</h2>
            {draft.sections[k]
              .split('\n')
              .filter((l) => l.trim())
              .map((line, i) => (
                <p key={i} className="indent-8 text-base leading-8">
                  {line}
                </p>
              ))}
          </section>
        ))}
        <p className="mt-10 text-right">{draft.issuer}</p>
        <p className="text-right">{formatDay(draft.issueDate, locale)}</p>
      </article>
    </>
  );
}
