import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { StageBadge, pts } from '@/components/assessments/labels';
import { SelfStatusBadge } from '@/components/assessments/self-status';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, EmptyState, PageHeader, Stat } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { cn } from '@/components/ui/cn';
import { getAssessment, getResults, selfCounts, selfStatuses } from '@/lib/assessments/queries';
import { allIndicators, appliesByRubric } from '@/lib/assessments/sheet';
import { ASSESSMENT_STAGES, nextStage } from '@/lib/assessments/stages';
import { can } from '@/lib/auth/permissions';
import { auditDenied } from '@/lib/auth/session';
import { requireRoute } from '@/lib/auth/gate';
import { getRubric } from '@/lib/rubrics/queries';
import { AdvanceForm, PublishForm, ReopenForm } from './stage-forms';

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('assessment'))('yearTitle', { year: (await params).year }) };
}

/** The office's console for a year's assessment; the assessors' list of units to score. */
export default async function AssessmentPage({ params, searchParams }: Props) {
  const user = await requireRoute('/assessments/[year]');
  const year = Number((await params).year);
  const a = getAssessment(year);
  const office = can(user.role, 'assessment.manage');
  if (!a || (a.stage === 'draft' && !office)) notFound();
  // Units and leaders have their own pages for a year.
  if (can(user.role, 'assessment.self')) redirect(a.stage === 'published' ? `/assessments/${year}/units/${user.unitCode}` : `/assessments/${year}/self`);
  if (!office && !can(user.role, 'assessment.score')) {
    if (can(user.role, 'assessment.results.read')) redirect(`/assessments/${year}/results`);
    auditDenied(user, 'access.denied', 'assessment', year);
    forbidden();
  }
  const t = await getTranslations();
  const rubric = a.stage === 'draft' ? getRubric(year) : undefined;
  const data = getResults(a);
  const results = data?.results ?? [];
  const selfDone = selfCounts(a.id);
  const selfStatus = selfStatuses(a.id);
  const selfSubmitted = [...selfStatus.values()].filter((x) => x.status === 'submitted').length;
  const scored = results.filter((r) => r.score.complete).length;
  const next = nextStage(a.stage);
  const stageIndex = ASSESSMENT_STAGES.indexOf(a.stage);
  const done = (await searchParams).done;

  return (
    <>
      <PageHeader
        title={t('assessment.yearTitle', { year })}
        subtitle={<StageBadge stage={a.stage} />}
        actions={
          <>
            {office && <LinkButton href={`/assessments/${year}/rubric`}>{t('assessment.rubric')}</LinkButton>}
            {a.stage !== 'draft' && <LinkButton href={`/assessments/${year}/results`}>{t('assessment.resultsLink')}</LinkButton>}
            {a.stage === 'published' && <LinkButton href={`/assessments/${year}/bulletin`}>{t('assessment.bulletinLink')}</LinkButton>}
          </>
        }
      />

      {done === 'published' && a.stage === 'published' && <Alert tone="success" className="mb-4">{t('assessment.published')}</Alert>}
      {done === 'reopened' && a.stage === 'scoring' && <Alert tone="success" className="mb-4">{t('assessment.reopened')}</Alert>}
      <ol className="mb-5 grid grid-cols-5 gap-2" aria-label={t('assessment.stage')}>
        {ASSESSMENT_STAGES.map((s, i) => (
          <li
            key={s}
            aria-current={s === a.stage ? 'step' : undefined}
            className={cn(
              'rounded-md border px-3 py-2 text-[13px]',
              s === a.stage ? 'border-brand-500 bg-brand-50 font-medium text-brand-800' : i < stageIndex ? 'border-slate-200 bg-white text-slate-500' : 'border-dashed border-slate-300 text-slate-400',
            )}
          >
            <span className="mr-1.5 tabular-nums">{i + 1}</span>
            {t(`assessment.stages.${s}`)}
          </li>
        ))}
      </ol>

      <div className="mb-5 grid gap-5 xl:grid-cols-3">
        <Card title={t(`assessment.stages.${a.stage}`)} className="xl:col-span-2">
          <p className="text-[13px] text-slate-600">{t(`assessment.stageHelp.${a.stage}`)}</p>
          {office && (
            <div className="mt-4 space-y-4">
              {a.stage === 'draft' && !rubric && <Alert tone="warning">{t('assessment.rubricMissing', { year })}</Alert>}
              {rubric && (
                <Alert tone={rubric.rubric && rubric.problems.length === 0 ? 'success' : 'warning'}>
                  {rubric.rubric && rubric.problems.length === 0 ? t('assessment.rubricOk') : t('assessment.rubricNotOk', { count: Math.max(1, rubric.problems.length) })}{' '}
                  <Link href={`/assessments/${year}/rubric`} className="underline">
                    {t('assessment.rubric')}
                  </Link>
                </Alert>
              )}
              {next && next !== 'published' && <AdvanceForm id={a.id} version={a.version} to={next as 'self' | 'scoring' | 'review'} />}
              {a.stage === 'review' && <PublishForm id={a.id} version={a.version} unscored={results.length - results.filter((r) => r.rank !== null).length} />}
              {a.stage === 'published' && <ReopenForm id={a.id} version={a.version} />}
            </div>
          )}
        </Card>
        <div className="grid grid-cols-2 gap-3 self-start">
          <Stat label={t('assessment.stats.units')} value={<span data-testid="stat-units">{results.length}</span>} />
          <Stat label={t('assessment.stats.selfDone')} value={<span data-testid="stat-self">{selfSubmitted}</span>} />
          <Stat label={t('assessment.stats.scored')} value={<span data-testid="stat-scored">{scored}</span>} />
          <Stat label={t('assessment.stats.unscored')} value={<span data-testid="stat-unscored">{results.length - scored}</span>} />
        </div>
      </div>

      <Card title={t('assessment.units')}>
        {!data || results.length === 0 ? (
          <EmptyState>{t('assessment.stageHelp.draft')}</EmptyState>
        ) : (
          <Table caption={t('assessment.units')}>
            <thead>
              <tr>
                <Th>{t('assessment.table.unit')}</Th>
                <Th className="w-28">{t('assessment.table.group')}</Th>
                <Th className="w-28">{t('assessment.table.enforcement')}</Th>
                <Th className="w-52">{t('assessment.table.selfStatus')}</Th>
                <Th className="w-24 text-right">{t('assessment.table.self')}</Th>
                <Th className="w-24 text-right">{t('assessment.table.scoring')}</Th>
                <Th className="w-24 text-right">{t('assessment.table.total')}</Th>
                <Th className="w-28 text-right">{t('common.actions')}</Th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => {
                const applicable = allIndicators(data.rubric).filter((i) => appliesByRubric(i, r)).length;
                return (
                  <tr key={r.unitId} data-testid="assessed-unit" data-unit={r.code} className="hover:bg-slate-50">
                    <Td className="font-medium text-slate-900">{r.name}</Td>
                    <Td className="whitespace-nowrap">{t(`groups.${r.group}`)}</Td>
                    <Td>{r.enforcement ? <Badge tone="purple">{t('unit.enforcement')}</Badge> : <span className="text-slate-400">—</span>}</Td>
                    <Td>
                      <SelfStatusBadge self={selfStatus.get(r.unitId)} />
                    </Td>
                    <Td className="text-right tabular-nums">{t('assessment.table.progress', { done: selfDone.get(r.unitId) ?? 0, total: applicable })}</Td>
                    <Td className="text-right tabular-nums">
                      <span className={r.score.complete ? 'text-emerald-700' : 'text-slate-600'}>{t('assessment.table.progress', { done: r.progress.entered, total: r.progress.total })}</span>
                    </Td>
                    <Td className="text-right font-medium tabular-nums">{r.score.complete ? pts(r.score.total) : <span className="text-slate-400">—</span>}</Td>
                    <Td className="text-right">
                      <Link href={`/assessments/${year}/units/${r.code}`} className="text-brand-700 hover:underline">
                        {t('assessment.table.open')}
                      </Link>
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
