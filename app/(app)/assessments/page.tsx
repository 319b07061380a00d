import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { StageBadge } from '@/components/assessments/labels';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import type { Assessment } from '@/db/schema';
import { listAssessments } from '@/lib/assessments/queries';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { requireRoute } from '@/lib/auth/gate';
import { listRubricsForIndex } from '@/lib/rubrics/queries';
import { CreateAssessmentForm, CreateRubricForm } from './create-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('assessment'))('title') };
}

/** Where each role goes for a year: the console, the scoring list, its own self-assessment or sheet, the results. */
function linksFor(user: CurrentUser, a: Assessment): { href: string; key: string }[] {
  const base = `/assessments/${a.year}`;
  if (can(user.role, 'assessment.manage')) return [{ href: base, key: 'console' }];
  if (can(user.role, 'assessment.score')) return [{ href: base, key: 'scoringList' }, ...(a.stage === 'published' ? [{ href: `${base}/results`, key: 'resultsLink' }] : [])];
  if (can(user.role, 'assessment.self')) {
    const links = [{ href: `${base}/self`, key: 'mySelf' }];
    if (a.stage === 'published') links.push({ href: `${base}/units/${user.unitCode}`, key: 'myResult' }, { href: `${base}/results`, key: 'resultsLink' });
    return links;
  }
  if (can(user.role, 'assessment.results.read')) return [{ href: `${base}/results`, key: 'resultsLink' }];
  return [];
}

export default async function AssessmentsPage() {
  const user = await requireRoute('/assessments');
  const t = await getTranslations();
  const rows = listAssessments(user);
  const office = can(user.role, 'assessment.manage');
  const rubricYears = can(user.role, 'rubric.manage') ? listRubricsForIndex() : [];

  return (
    <>
      <PageHeader title={t('assessment.title')} subtitle={t('assessment.subtitle')} />
      <div className="grid gap-5 xl:grid-cols-3">
        <Card className="xl:col-span-2">
          {rows.length === 0 ? (
            <EmptyState>{t('assessment.empty')}</EmptyState>
          ) : (
            <Table caption={t('assessment.title')}>
              <thead>
                <tr>
                  <Th className="w-28">{t('assessment.year')}</Th>
                  <Th className="w-36">{t('assessment.stage')}</Th>
                  <Th>{t('common.actions')}</Th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id} data-testid="assessment-row" data-year={a.year}>
                    <Td className="font-medium tabular-nums">{t('assessment.yearTitle', { year: a.year })}</Td>
                    <Td>
                      <StageBadge stage={a.stage} />
                    </Td>
                    <Td>
                      <span className="flex flex-wrap gap-x-4 gap-y-1">
                        {linksFor(user, a).map((l) => (
                          <Link key={l.key} href={l.href} className="text-brand-700 hover:underline">
                            {t(`assessment.${l.key}` as 'assessment.console')}
                          </Link>
                        ))}
                        {office && (
                          <Link href={`/assessments/${a.year}/rubric`} className="text-brand-700 hover:underline">
                            {t('assessment.rubric')}
                          </Link>
                        )}
                      </span>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        {office && (
          <div className="space-y-5">
            <Card title={t('assessment.newTitle')}>
              <CreateAssessmentForm />
            </Card>
            <Card title={t('assessment.rubricYears')}>
              <p className="mb-3 text-[13px] text-slate-500">{t('assessment.rubricYearsHint')}</p>
              {rubricYears.length > 0 && (
                <ul className="mb-4 flex flex-wrap gap-2">
                  {rubricYears.map((r) => (
                    <li key={r.year}>
                      <Link href={`/assessments/${r.year}/rubric`} className="rounded border border-slate-200 px-2 py-1 text-[13px] text-brand-700 hover:bg-brand-50">
                        {t('rubric.title', { year: r.year })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              <CreateRubricForm years={rubricYears.map((r) => r.year)} />
            </Card>
          </div>
        )}
      </div>
    </>
  );
}
