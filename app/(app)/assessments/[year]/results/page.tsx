import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { GradeBadge, StageBadge, gradeName, pts } from '@/components/assessments/labels';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton, buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { Pagination, pageParam } from '@/components/ui/pagination';
import { canReadResults, canReadSheet, getAssessment, getResults } from '@/lib/assessments/queries';
import { gradeDistribution } from '@/lib/assessments/results';
import { auditDenied } from '@/lib/auth/session';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { GROUPS } from '@/lib/scoring/groups';

type Props = { params: Promise<{ year: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('assessment.results'))('title', { year: (await params).year }) };
}

/**
 * Ranking and grades by group, with the grade distribution. Before publication: office, assessors
 * and leaders; after: every unit too, which may open only its own sheet.
 */
const RANKS_PER_PAGE = 50;

export default async function ResultsPage({ params, searchParams }: Props) {
  const user = await requireRoute('/assessments/[year]/results');
  const year = Number((await params).year);
  const a = getAssessment(year);
  if (!a) notFound();
  if (!canReadResults(user, a)) {
    auditDenied(user, 'access.denied', 'assessment_results', year);
    forbidden();
  }
  const data = getResults(a);
  if (!data) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const { rubric, results } = data;
  const distribution = gradeDistribution(rubric, results);
  const sp = await searchParams;
  const mine = user.role === 'unit' ? results.find((r) => r.unitId === user.unitId) : undefined;

  return (
    <>
      <PageHeader
        title={t('assessment.results.title', { year })}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <StageBadge stage={a.stage} />
            {a.publishedAt && <span>{t('assessment.results.publishedOn', { date: formatDateTime(a.publishedAt, locale) })}</span>}
          </span>
        }
        actions={
          a.stage === 'published' && (
            <>
              <LinkButton href={`/assessments/${year}/bulletin`}>{t('assessment.bulletinLink')}</LinkButton>
              <a href={`/assessments/${year}/bulletin/xlsx`} className={buttonClass('secondary')} download>
                {t('assessment.bulletin.xlsx')}
              </a>
            </>
          )
        }
      />
      {a.stage !== 'published' && <Alert tone="warning" className="mb-4">{t('assessment.results.notPublished')}</Alert>}

      <div className="grid gap-5 xl:grid-cols-4">
        <div className="space-y-5 xl:col-span-3">
          {mine && mine.rank !== null && (
            <Alert tone="info" data-testid="my-rank">
              {t('assessment.results.myRank', { group: t(`groups.${mine.group}`), rank: mine.rank })}
            </Alert>
          )}
          {GROUPS.map((group) => {
            const allRanked = results.filter((r) => r.group === group && r.rank !== null).sort((x, y) => x.rank! - y.rank! || x.unitId - y.unitId);
            // A province ranks hundreds of units per group: one page of the table at a time.
            const page = pageParam(sp[group]);
            const ranked = allRanked.slice((page - 1) * RANKS_PER_PAGE, page * RANKS_PER_PAGE);
            const unranked = results.filter((r) => r.group === group && r.rank === null);
            return (
              <Card key={group} title={t(`groups.${group}`)} actions={<Badge tone="neutral">{t('assessment.results.groupCount', { count: allRanked.length })}</Badge>}>
                {ranked.length === 0 ? (
                  <EmptyState>{t('assessment.results.noRanked')}</EmptyState>
                ) : (
                  <Table caption={t(`groups.${group}`)}>
                    <thead>
                      <tr>
                        <Th className="w-16 text-right">{t('assessment.results.rank')}</Th>
                        <Th>{t('assessment.results.unit')}</Th>
                        <Th className="w-24 text-right">{t('assessment.results.self')}</Th>
                        <Th className="w-24 text-right">{t('assessment.results.final')}</Th>
                        <Th className="w-24 text-right">{t('assessment.results.difference')}</Th>
                        <Th className="w-40">{t('assessment.results.grade')}</Th>
                        <Th className="w-20 text-right">{t('common.actions')}</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {ranked.map((r) => {
                        const mine = r.unitId === user.unitId;
                        return (
                          <tr key={r.unitId} data-testid="result-row" data-unit={r.code} data-group={group} className={mine ? 'bg-brand-50' : 'hover:bg-slate-50'}>
                            <Td className="text-right font-semibold tabular-nums" data-testid="result-rank">
                              {r.rank}
                            </Td>
                            <Td className="font-medium text-slate-900">
                              {r.name}
                              {mine && (
                                <Badge tone="brand" className="ml-2">
                                  {t('assessment.results.mine')}
                                </Badge>
                              )}
                            </Td>
                            <Td className="text-right tabular-nums text-slate-600">{pts(r.selfTotal)}</Td>
                            <Td className="text-right font-semibold tabular-nums" data-testid="result-total">
                              {pts(r.score.total)}
                            </Td>
                            <Td className={`text-right tabular-nums ${r.difference !== null && r.difference < 0 ? 'text-red-700' : 'text-slate-600'}`}>
                              {r.difference === null ? '—' : `${r.difference > 0 ? '+' : ''}${r.difference.toFixed(2)}`}
                            </Td>
                            <Td>
                              <span className="flex flex-wrap items-center gap-1">
                                <GradeBadge grade={r.grade} />
                                {r.score.vetoed && <Badge tone="red">{t('assessment.sheet.vetoBadge')}</Badge>}
                              </span>
                              {r.droppedByQuota && r.gradeBeforeQuota && (
                                <div className="text-xs text-slate-500">{t('assessment.results.quotaDropped', { grade: gradeName(r.gradeBeforeQuota, locale, t as unknown as (k: string) => string) })}</div>
                              )}
                            </Td>
                            <Td className="text-right">
                              {canReadSheet(user, a, r.unitId) && (
                                <Link href={`/assessments/${year}/units/${r.code}`} className="text-brand-700 hover:underline">
                                  {t('assessment.results.open')}
                                </Link>
                              )}
                            </Td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </Table>
                )}
                {allRanked.length > RANKS_PER_PAGE && (
                  <Pagination page={page} total={allRanked.length} pageSize={RANKS_PER_PAGE} params={{ ...sp, [group]: undefined }} path={`/assessments/${year}/results`} pageKey={group} />
                )}
                {unranked.length > 0 && (
                  <details className="mt-3 text-[13px] text-slate-600">
                    <summary className="cursor-pointer">
                      {t('assessment.results.unranked')} · {t('assessment.results.groupCount', { count: unranked.length })}
                    </summary>
                    <p className="mt-2 leading-relaxed">
                      {unranked.map((r, i) => (
                        <span key={r.unitId}>
                          {i > 0 && '、'}
                          {canReadSheet(user, a, r.unitId) ? (
                            <Link href={`/assessments/${year}/units/${r.code}`} className="text-brand-700 hover:underline">
                              {r.name}
                            </Link>
                          ) : (
                            r.name
                          )}
                        </span>
                      ))}
                    </p>
                  </details>
                )}
              </Card>
            );
          })}
        </div>
        <Card title={t('assessment.results.distribution')} className="self-start">
          <div className="space-y-4">
            {distribution.map((d) => {
              const total = d.grades.reduce((n, g) => n + g.count, 0);
              return (
                <div key={d.group} data-testid="distribution" data-group={d.group}>
                  <h3 className="mb-1.5 text-[13px] font-medium text-slate-700">{t(`groups.${d.group}`)}</h3>
                  <ul className="space-y-1">
                    {d.grades.map((g) => (
                      <li key={g.grade} className="grid grid-cols-[4.5rem_1fr_2rem] items-center gap-2 text-[13px]">
                        <span>{gradeName(g.grade, locale, t as unknown as (k: string) => string)}</span>
                        <span className="h-2 rounded bg-slate-100">
                          <span className="block h-2 rounded bg-brand-500" style={{ width: total ? `${(g.count / total) * 100}%` : 0 }} />
                        </span>
                        <span className="text-right tabular-nums">{g.count}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        </Card>
      </div>
    </>
  );
}
