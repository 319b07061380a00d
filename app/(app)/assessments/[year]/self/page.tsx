import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { getAssessedUnitById, getAssessment, getSelfAssessment, lastSelfReturnComment } from '@/lib/assessments/queries';
import { assessmentRubric } from '@/lib/assessments/results';
import { appliesByRubric } from '@/lib/assessments/sheet';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import { FileList, SelfFields, SelfSheet, SelfView } from './self-form';

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('assessment.self'))('title', { year: (await params).year }) };
}

/**
 * A unit's own self-assessment: per indicator a score, an explanation and evidence, all in one form
 * (saved as a draft, then submitted, which locks it until the office returns it). Always the user's own unit.
 */
export default async function SelfAssessmentPage({ params }: Props) {
  const user = await requireRoute('/assessments/[year]/self');
  const year = Number((await params).year);
  const a = getAssessment(year);
  if (!a) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const header = <PageHeader title={t('assessment.self.title', { year })} subtitle={user.unitName} actions={<LinkButton href="/assessments">{t('common.back')}</LinkButton>} />;
  const au = a.stage === 'draft' ? undefined : getAssessedUnitById(a.id, user.unitId);
  const rubric = assessmentRubric(a);
  if (a.stage === 'draft' || !au || !rubric) {
    return (
      <>
        {header}
        <EmptyState>{a.stage === 'draft' ? t('assessment.self.notYet') : t('assessment.notAssessed', { year })}</EmptyState>
      </>
    );
  }
  const entries = getSelfAssessment(user, au.id);
  const submitted = au.selfStatus === 'submitted';
  const editable = a.stage === 'self' && !submitted;
  const returnComment = au.selfStatus === 'returned' ? lastSelfReturnComment(user.unitId, year) : null;
  const applicable = rubric.categories.flatMap((c) => c.indicators).filter((i) => appliesByRubric(i, au));
  const done = applicable.filter((i) => entries[i.code]?.score != null).length;

  const sheet = (
    <div className="space-y-5">
      {rubric.categories.map((cat) => {
        const inds = cat.indicators.filter((i) => appliesByRubric(i, au));
        if (inds.length === 0) return null;
        return (
          <Card key={cat.code} title={t('rubric.categoryHeading', { code: cat.code, title: localized(locale, cat.title, cat.titleEn), points: cat.points })}>
            <div className="divide-y divide-slate-100">
              {inds.map((ind) => {
                const entry = entries[ind.code];
                return (
                  <section key={ind.code} className="grid gap-4 py-4 first:pt-0 last:pb-0 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]" data-testid="self-indicator" data-code={ind.code}>
                    <div>
                      <h3 className="font-medium text-slate-900">
                        <span className="mr-2 tabular-nums text-slate-500">{ind.code}</span>
                        {localized(locale, ind.title, ind.titleEn)}
                        <span className="ml-2 text-xs font-normal text-slate-500">{t('assessment.points', { points: ind.points })}</span>
                      </h3>
                      <p className="mt-1 text-[13px] text-slate-600">{localized(locale, ind.criteria, ind.criteriaEn)}</p>
                      {ind.evidence && <p className="mt-1 text-xs text-slate-500">{t('assessment.self.evidenceAsked', { evidence: localized(locale, ind.evidence, ind.evidenceEn) })}</p>}
                    </div>
                    {editable ? (
                      <div className="space-y-3">
                        <SelfFields code={ind.code} max={ind.points} entry={entry} />
                        <FileList files={entry?.files ?? []} removable />
                      </div>
                    ) : (
                      <SelfView entry={entry} />
                    )}
                  </section>
                );
              })}
            </div>
          </Card>
        );
      })}
    </div>
  );

  return (
    <>
      {header}
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Badge tone={done === applicable.length ? 'green' : 'yellow'}>
          <span data-testid="self-progress">{t('assessment.self.progress', { done, total: applicable.length })}</span>
        </Badge>
        {a.stage === 'published' && (
          <LinkButton size="sm" href={`/assessments/${year}/units/${user.unitCode}`}>
            {t('assessment.myResult')}
          </LinkButton>
        )}
      </div>
      {submitted && (
        <Alert tone="success" className="mb-5">
          <span data-testid="self-locked">{t('assessment.self.statusSubmitted', { time: formatDateTime(au.selfSubmittedAt, locale) })}</span>
        </Alert>
      )}
      {au.selfStatus === 'returned' && a.stage === 'self' && (
        <Alert tone="warning" className="mb-5">
          <span data-testid="self-returned">{t('assessment.self.statusReturned')}</span>
          {returnComment && <span className="mt-1 block whitespace-pre-line">{t('assessment.self.returnComment', { comment: returnComment })}</span>}
        </Alert>
      )}
      {(editable || a.stage !== 'self') && (
        <Alert tone={editable ? 'info' : 'warning'} className="mb-5">
          {editable ? `${t('assessment.self.help')} ${t('assessment.self.submitHint')}` : t('assessment.self.closed')}
        </Alert>
      )}
      {editable ? (
        <SelfSheet assessmentId={a.id} unitId={user.unitId} versions={Object.fromEntries(applicable.map((i) => [i.code, entries[i.code]?.version ?? 0]))}>
          {sheet}
        </SelfSheet>
      ) : (
        sheet
      )}
    </>
  );
}
