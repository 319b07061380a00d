import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { gradeName, pts } from '@/components/assessments/labels';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { bulletinGroups } from '@/lib/assessments/bulletin';
import { canReadResults, getAssessment, getIssuer, getResults } from '@/lib/assessments/queries';
import { auditDenied } from '@/lib/auth/session';
import { requireRoute } from '@/lib/auth/gate';
import { formatDay, dayInShanghai } from '@/lib/i18n/format';
import { PrintButton } from './print-button';

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('assessment.bulletin'))('title', { year: (await params).year }) };
}

// A4 portrait; the app's header and the buttons are not printed.
const PRINT_CSS = '@page { size: A4 portrait; margin: 18mm 16mm; } @media print { main { max-width: none !important; padding: 0 !important; } .bulletin { box-shadow: none !important; border: 0 !important; padding: 0 !important; } .bulletin table { page-break-inside: auto; } .bulletin tr { page-break-inside: avoid; } }';

/** The published 通报: a printable page of each group's ranking. */
export default async function BulletinPage({ params }: Props) {
  const user = await requireRoute('/assessments/[year]/bulletin');
  const year = Number((await params).year);
  const a = getAssessment(year);
  if (!a) notFound();
  if (!canReadResults(user, a)) {
    auditDenied(user, 'access.denied', 'assessment_bulletin', year);
    forbidden();
  }
  const t = await getTranslations();
  const locale = await getLocale();
  const data = a.stage === 'published' ? getResults(a) : null;
  if (!data || !a.publishedAt) return <EmptyState>{t('assessment.bulletin.notPublished')}</EmptyState>;
  const groups = bulletinGroups(data.results);
  const issuer = getIssuer(a.publishedBy);

  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="no-print mb-4 flex justify-end gap-2">
        <a href={`/assessments/${year}/bulletin/xlsx`} className={buttonClass('secondary')} download>
          {t('assessment.bulletin.xlsx')}
        </a>
        <PrintButton label={t('assessment.bulletin.print')} />
      </div>
      <article className="bulletin mx-auto max-w-[210mm] rounded-lg border border-slate-200 bg-white px-[16mm] py-[18mm] text-[15px] leading-relaxed text-slate-900 shadow-sm">
        <h1 className="mb-6 text-center text-2xl font-bold tracking-wide text-red-700">{t('assessment.bulletin.title', { year })}</h1>
        <p className="mb-6 indent-8">{t('assessment.bulletin.intro', { year })}</p>
        {groups.map((g) => (
          <section key={g.group} className="mb-8" data-testid="bulletin-group" data-group={g.group}>
            <h2 className="mb-2 text-lg font-semibold">{t('assessment.bulletin.groupHeading', { group: t(`groups.${g.group}`), count: g.rows.length })}</h2>
            <table className="w-full border-collapse text-[14px]">
              <thead>
                <tr>
                  <th className="w-16 border border-slate-400 px-2 py-1.5 text-center">{t('assessment.bulletin.rank')}</th>
                  <th className="border border-slate-400 px-2 py-1.5 text-left">{t('assessment.bulletin.unit')}</th>
                  <th className="w-24 border border-slate-400 px-2 py-1.5 text-center">{t('assessment.bulletin.score')}</th>
                  <th className="w-24 border border-slate-400 px-2 py-1.5 text-center">{t('assessment.bulletin.grade')}</th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr key={`${r.rank}-${r.unit}`}>
                    <td className="border border-slate-400 px-2 py-1 text-center tabular-nums">{r.rank}</td>
                    <td className="border border-slate-400 px-2 py-1">{r.unit}</td>
                    <td className="border border-slate-400 px-2 py-1 text-center tabular-nums">{pts(r.total)}</td>
                    <td className="border border-slate-400 px-2 py-1 text-center">{gradeName(r.grade, locale, t as unknown as (k: string) => string)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        <div className="mt-12 text-right">
          {issuer && <div>{t('assessment.bulletin.issuer', { issuer })}</div>}
          <div>{formatDay(dayInShanghai(a.publishedAt), locale)}</div>
        </div>
      </article>
    </>
  );
}
