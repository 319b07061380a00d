import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { gradeName, pts } from '@/components/assessments/labels';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/card';
import { bulletinGroups, bulletinWords, unscoredByReason, type Translate } from '@/lib/assessments/bulletin';
import { canReadResults, getAssessment, getIssuer, getResults } from '@/lib/assessments/queries';
import { auditDenied } from '@/lib/auth/session';
import { requireRoute } from '@/lib/auth/gate';
import type { Locale } from '@/lib/i18n/config';
import { formatDay, dayInShanghai } from '@/lib/i18n/format';
import { PrintButton } from './print-button';

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('assessment.bulletin'))('title', { year: (await params).year }) };
}

// A4 portrait; the app's header and the buttons are not printed.
const PRINT_CSS = '@page { size: A4 portrait; margin: 18mm 16mm; } @media print { main { max-width: none !important; padding: 0 !important; } .bulletin { box-shadow: none !important; border: 0 !important; padding: 0 !important; } .bulletin table { page-break-inside: auto; } .bulletin tr { page-break-inside: avoid; } }';

/**
 * The published 通报 as an office sends it: the issuer's red header, the title, the addressees, each
 * group's ranking (a vetoed unit with its veto and reason) followed by the units not ranked and why,
 * a closing request, the issuer and the date. A4, printable.
 */
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
  const groups = bulletinGroups(data.rubric, data.results);
  const words = bulletinWords(t as unknown as Translate, locale as Locale);
  const issuer = getIssuer(a.publishedBy);
  const cell = 'border border-slate-400 px-2 py-1';

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
        {issuer && <div className="text-center text-[26px] font-bold tracking-[0.2em] text-red-700">{issuer}</div>}
        <div className="mt-3 mb-6 border-b-2 border-red-700" aria-hidden="true" />
        <h1 className="mb-6 text-center text-2xl font-bold tracking-wide">{t('assessment.bulletin.title', { year })}</h1>
        <p className="mb-2">{t('assessment.bulletin.to')}</p>
        <p className="mb-6 indent-8">{t('assessment.bulletin.intro', { year })}</p>
        {groups.map((g, gi) => {
          const group = t(`groups.${g.group}`);
          return (
            <section key={g.group} className="mb-8" data-testid="bulletin-group" data-group={g.group}>
              <h2 className="mb-2 text-lg font-semibold">
                {t('assessment.bulletin.section', { n: gi + 1 })}
                {t('assessment.bulletin.groupHeading', { group, count: g.rows.length + g.unscored.length })}
              </h2>
              <p className="mb-2 indent-8">{t('assessment.bulletin.groupIntro', { group, count: g.rows.length + g.unscored.length, ranked: g.rows.length })}</p>
              {g.rows.length > 0 && (
                <table className="w-full border-collapse text-[14px]">
                  <thead>
                    <tr>
                      <th className={`w-14 text-center ${cell}`}>{t('assessment.bulletin.rank')}</th>
                      <th className={`text-left ${cell}`}>{t('assessment.bulletin.unit')}</th>
                      <th className={`w-20 text-center ${cell}`}>{t('assessment.bulletin.score')}</th>
                      <th className={`w-20 text-center ${cell}`}>{t('assessment.bulletin.grade')}</th>
                      <th className={`w-[35%] text-left ${cell}`}>{t('assessment.bulletin.note')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.rows.map((r) => (
                      <tr key={`${r.rank}-${r.unit}`} data-testid="bulletin-row">
                        <td className={`text-center tabular-nums ${cell}`}>{r.rank}</td>
                        <td className={cell}>{r.unit}</td>
                        <td className={`text-center tabular-nums ${cell}`}>{pts(r.total)}</td>
                        <td className={`text-center ${cell}`}>{gradeName(r.grade, locale, t as unknown as (k: string) => string)}</td>
                        <td className={`text-[13px] ${cell}`} data-testid="bulletin-note">
                          {words.rowNote(r)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {g.unscored.length > 0 && (
                <div className="mt-3" data-testid="bulletin-unscored">
                  <p className="font-medium">{t('assessment.bulletin.unscoredHeading', { count: g.unscored.length })}</p>
                  <ul className="mt-1 space-y-1 pl-8 text-[14px]">
                    {unscoredByReason(g.unscored, words).map(({ reason, units }) => (
                      <li key={reason} data-testid="bulletin-unscored-reason">
                        {t('assessment.bulletin.unscoredUnits', { reason, count: units.length, units: words.list(units) })}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </section>
          );
        })}
        <p className="mb-6 indent-8">{t('assessment.bulletin.closing')}</p>
        <div className="mt-12 text-right">
          {issuer && <div>{t('assessment.bulletin.issuer', { issuer })}</div>}
          <div>{formatDay(dayInShanghai(a.publishedAt), locale)}</div>
        </div>
      </article>
    </>
  );
}
