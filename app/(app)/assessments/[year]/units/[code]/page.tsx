import type { Metadata } from 'next';
import { forbidden, notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { GradeBadge, StageBadge, pts } from '@/components/assessments/labels';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader, Stat } from '@/components/ui/card';
import { canReadSheet, getAssessedUnit, getAssessment, getResults, getSelfAssessment } from '@/lib/assessments/queries';
import { can } from '@/lib/auth/permissions';
import { auditDenied } from '@/lib/auth/session';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { ScoreSheet } from './score-sheet';
import { SelfStatusBadge } from '@/components/assessments/self-status';
import { ReturnSelfForm } from './self-return';

type Props = { params: Promise<{ year: string; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  return { title: `${p.code} · ${(await getTranslations('assessment'))('yearTitle', { year: p.year })}` };
}

/**
 * One unit's score sheet: the assessors' form during scoring, read-only otherwise. A unit opens only
 * its own, and only once published; any other unit's sheet is refused (403) and audited, whatever
 * the code or year in the URL.
 */
export default async function UnitSheetPage({ params }: Props) {
  const user = await requireRoute('/assessments/[year]/units/[code]');
  const p = await params;
  const year = Number(p.year);
  const unitUser = !can(user.role, 'assessment.results.read');
  if (unitUser && p.code !== user.unitCode) {
    auditDenied(user, 'access.denied', 'score_sheet', `${p.year}/${p.code}`);
    forbidden();
  }
  const a = getAssessment(year);
  if (!a) notFound();
  const found = getAssessedUnit(a.id, p.code);
  if (!found) notFound();
  if (!canReadSheet(user, a, found.au.unitId)) {
    if (unitUser) redirect(`/assessments/${year}/self`);
    notFound();
  }
  const data = getResults(a);
  const r = data?.results.find((x) => x.unitId === found.au.unitId);
  if (!data || !r) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const self = getSelfAssessment(user, found.au.id);
  const editable = can(user.role, 'assessment.score') && a.stage === 'scoring';
  const missing = r.score.indicators.filter((i) => i.missing).length;

  return (
    <>
      <PageHeader
        title={t('assessment.sheet.title', { unit: found.name, year })}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <StageBadge stage={a.stage} />
            <Badge tone="neutral">{t(`groups.${r.group}`)}</Badge>
            {r.enforcement && <Badge tone="purple">{t('unit.enforcement')}</Badge>}
            {found.au.scoredAt && <span>{t('assessment.sheet.scoredBy', { time: formatDateTime(found.au.scoredAt, locale) })}</span>}
          </span>
        }
        actions={
          <>
            <LinkButton href={`/assessments/${year}/results`}>{t('assessment.resultsLink')}</LinkButton>
            {!unitUser && <LinkButton href={`/assessments/${year}`}>{t('assessment.sheet.back')}</LinkButton>}
          </>
        }
      />

      <section aria-label={t('assessment.sheet.summary')} className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-7" data-testid="sheet-summary">
        <Stat label={t('assessment.sheet.earned')} value={pts(r.score.earned)} hint={`${t('assessment.sheet.applicable')} ${pts(r.score.applicablePoints)}`} />
        <Stat label={t('assessment.sheet.normalised')} value={pts(r.score.normalised)} hint={t('assessment.sheet.normalisedHint', { base: data.rubric.basePoints })} />
        <Stat label={t('assessment.sheet.bonus')} value={pts(r.score.bonus)} hint={t('assessment.sheet.bonusHint', { cap: data.rubric.bonusCap })} />
        <Stat label={t('assessment.sheet.total')} value={<span data-testid="sheet-total">{pts(r.score.total)}</span>} />
        <Stat label={t('assessment.results.self')} value={pts(r.selfTotal)} hint={r.selfTotal !== null && !r.selfComplete ? t('assessment.results.selfIncomplete') : undefined} />
        <Stat label={t('assessment.sheet.rank')} value={<span data-testid="sheet-rank">{r.rank === null ? t('assessment.sheet.notRanked') : t('assessment.sheet.rankOf', { rank: r.rank })}</span>} hint={t(`groups.${r.group}`)} />
        <Stat
          label={t('assessment.sheet.grade')}
          value={
            <span className="flex flex-wrap items-center gap-1 text-base">
              <GradeBadge grade={r.grade} />
              {r.score.vetoed && <Badge tone="red">{t('assessment.sheet.vetoBadge')}</Badge>}
            </span>
          }
          hint={r.droppedByQuota && r.gradeBeforeQuota ? t('assessment.results.quotaDropped', { grade: r.gradeBeforeQuota }) : undefined}
        />
      </section>

      {missing > 0 && <Alert tone="warning" className="mb-4">{t('assessment.sheet.incomplete', { count: missing })}</Alert>}
      {!editable && (
        <Alert tone="info" className="mb-4">
          {a.stage === 'published' ? t('assessment.sheet.readOnly.published') : t('assessment.sheet.readOnly.scoring')}
        </Alert>
      )}

      {!unitUser && (
        <div className="mb-4 rounded-lg border border-slate-200 bg-white px-5 py-3 text-[13px] shadow-sm">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-700">{t('assessment.self.officeTitle')}</span>
            <SelfStatusBadge self={{ status: found.au.selfStatus, submittedAt: found.au.selfSubmittedAt }} />
          </div>
          {can(user.role, 'assessment.manage') && a.stage === 'self' && found.au.selfStatus === 'submitted' && (
            <details className="mt-2">
              <summary className="cursor-pointer text-red-700 hover:underline">{t('assessment.self.returnButton')}</summary>
              <div className="mt-3">
                <ReturnSelfForm assessmentId={a.id} unitId={found.au.unitId} />
              </div>
            </details>
          )}
        </div>
      )}

      <Card>
        <ScoreSheet
          assessmentId={a.id}
          unitId={r.unitId}
          version={r.sheetVersion}
          editable={editable}
          neverSaved={!found.au.scoredAt}
          rubric={data.rubric}
          enforcement={r.enforcement}
          stored={r.sheet}
          rates={r.rates}
          lines={Object.fromEntries(r.score.indicators.map((i) => [i.code, i]))}
          self={self}
        />
      </Card>
    </>
  );
}
