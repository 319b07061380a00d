import type { Metadata } from 'next';
import { Disclosure } from '@/components/ui/disclosure';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ruleText } from '@/components/assessments/labels';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton, buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { requireRoute } from '@/lib/auth/gate';
import { localized } from '@/lib/i18n/localized';
import { removeRubricItemAction } from '@/lib/rubrics/actions';
import { yearStage, getRubric, listRubricYears } from '@/lib/rubrics/queries';
import { fromHundredths, toHundredths } from '@/lib/scoring/hundredths';
import { GROUPS } from '@/lib/scoring/groups';
import type { RubricProblem } from '@/lib/scoring/rubric';
import { CreateRubricForm } from '../../create-forms';
import { BonusForm, CategoryForm, ImportForm, SettingsForm, VetoForm } from './rubric-forms';

type Props = { params: Promise<{ year: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations('rubric'))('title', { year: (await params).year }) };
}

/** The office's rubric editor: structured forms per item, JSON import and export, copy from last year. */
export default async function RubricPage({ params, searchParams }: Props) {
  await requireRoute('/assessments/[year]/rubric');
  const year = Number((await params).year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const sp = await searchParams;
  const loaded = getRubric(year);
  const stage = yearStage(year);
  const locked = stage !== null && stage !== 'draft';

  if (!loaded) {
    return (
      <>
        <PageHeader title={t('rubric.title', { year })} subtitle={t('rubric.subtitle')} actions={<LinkButton href="/assessments">{t('common.back')}</LinkButton>} />
        <div className="grid gap-5 xl:grid-cols-2">
          <Card title={t('rubric.createTitle')}>
            <p className="mb-3 text-[13px] text-slate-600">{t('rubric.none', { year })}</p>
            <CreateRubricForm years={listRubricYears()} year={year} />
          </Card>
          <Card title={t('rubric.json')}>
            <ImportForm year={year} version={null} />
          </Card>
        </div>
      </>
    );
  }

  const { row, rubric, problems } = loaded;
  const v = row.version;
  const problemText = (p: RubricProblem) =>
    p.kind === 'noBands' ? t('rubric.problem.noBands', { group: t(`groups.${p.group}`) }) : t(`rubric.problem.${p.kind}`, p as never);
  const remove = (kind: string, code: string, confirm: string, label = t('rubric.removeIndicator')) =>
    !locked && (
      <ActionButton action={removeRubricItemAction} fields={{ year, version: v, kind, code }} variant="ghost" confirm={confirm}>
        {label}
      </ActionButton>
    );

  // The JSON is a technical backup (what the import reads back); the office's copy is the Excel above.
  const jsonLink = (
    <p className="text-xs text-slate-500">
      <a href={`/assessments/${year}/rubric/export?format=json`} className="text-brand-700 hover:underline" download>
        {t('rubric.exportJson')}
      </a>
    </p>
  );

  return (
    <>
      <PageHeader
        title={t('rubric.title', { year })}
        subtitle={t('rubric.subtitle')}
        actions={
          <>
            <a href={`/assessments/${year}/rubric/export`} className={buttonClass('secondary')} download data-testid="rubric-xlsx">
              {t('rubric.export')}
            </a>
            <LinkButton href={`/assessments/${year}`}>{t('assessment.yearTitle', { year })}</LinkButton>
          </>
        }
      />
      {locked && <Alert tone="info" className="mb-4">{t('rubric.locked', { year, stage: t(`assessment.stages.${stage}`) })}</Alert>}
      {sp.saved && <Alert tone="success" className="mb-4">{t('rubric.saved', { code: sp.saved })}</Alert>}
      {!rubric ? (
        <Alert tone="error" className="mb-4">{t('rubric.storedInvalid')}</Alert>
      ) : problems.length > 0 ? (
        <Alert tone="warning" className="mb-4">
          <p className="font-medium">{t('rubric.problemsTitle')}</p>
          <ul className="mt-1 list-disc pl-5" data-testid="rubric-problems">
            {problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Alert tone="success" className="mb-4">
          <span data-testid="rubric-ok">{t('rubric.ok')}</span>
        </Alert>
      )}

      {rubric && (
        <div className="grid gap-5 xl:grid-cols-3">
          <div className="space-y-5 xl:col-span-2">
            {rubric.categories.map((cat) => {
              const sum = fromHundredths(cat.indicators.reduce((s, i) => s + toHundredths(i.points), 0));
              return (
                <Card
                  key={cat.code}
                  id={`cat-${cat.code}`}
                  title={t('rubric.categoryHeading', { code: cat.code, title: localized(locale, cat.title, cat.titleEn), points: cat.points })}
                  actions={
                    <>
                      <Badge tone={sum === cat.points ? 'green' : 'yellow'}>{t('rubric.total', { sum, base: cat.points })}</Badge>
                      {!locked && (
                        <LinkButton size="sm" href={`/assessments/${year}/rubric/indicator?category=${encodeURIComponent(cat.code)}`}>
                          {t('rubric.addIndicator')}
                        </LinkButton>
                      )}
                      {remove('category', cat.code, t('rubric.removeCategoryConfirm', { code: cat.code }), t('rubric.removeCategory'))}
                    </>
                  }
                >
                  {cat.indicators.length === 0 ? (
                    <EmptyState>{t('rubric.noIndicators')}</EmptyState>
                  ) : (
                    <Table caption={cat.title}>
                      <thead>
                        <tr>
                          <Th className="w-16">{t('rubric.code')}</Th>
                          <Th>{t('rubric.indicator')}</Th>
                          <Th className="w-16 text-right">{t('rubric.points')}</Th>
                          <Th className="w-44">{t('rubric.ruleType')}</Th>
                          <Th className="w-32">{t('rubric.appliesTo')}</Th>
                          {!locked && <Th className="w-28 text-right">{t('common.actions')}</Th>}
                        </tr>
                      </thead>
                      <tbody>
                        {cat.indicators.map((ind) => (
                          <tr key={ind.code} id={`ind-${ind.code}`} data-testid="rubric-indicator" data-code={ind.code}>
                            <Td className="font-medium tabular-nums text-slate-600">{ind.code}</Td>
                            <Td>
                              <div className="text-slate-900">{localized(locale, ind.title, ind.titleEn)}</div>
                              <div className="text-xs text-slate-500">{localized(locale, ind.criteria, ind.criteriaEn)}</div>
                            </Td>
                            <Td className="text-right tabular-nums">{ind.points}</Td>
                            <Td className="text-[13px] text-slate-600">{ruleText(t, ind.rule, 'full')}</Td>
                            <Td className="text-[13px] text-slate-600">{t(`assessment.appliesTo.${ind.appliesTo}`)}</Td>
                            {!locked && (
                              <Td className="text-right whitespace-nowrap">
                                <Link href={`/assessments/${year}/rubric/indicator?code=${encodeURIComponent(ind.code)}`} className="text-brand-700 hover:underline">
                                  {t('common.edit')}
                                </Link>
                                {remove('indicator', ind.code, t('rubric.removeConfirm', { code: ind.code }))}
                              </Td>
                            )}
                          </tr>
                        ))}
                      </tbody>
                    </Table>
                  )}
                  {!locked && (
                    <Disclosure className="mt-3" summary={`${t('common.edit')} ${cat.code}`}>
                        <CategoryForm year={year} version={v} category={{ code: cat.code, title: cat.title, titleEn: cat.titleEn, points: cat.points }} />
                    </Disclosure>
                  )}
                </Card>
              );
            })}
            {!locked && (
              <Card title={t('rubric.addCategory')}>
                <CategoryForm year={year} version={v} />
              </Card>
            )}

            <Card title={t('rubric.bonus')} actions={<Badge tone="neutral">{`${t('rubric.bonusCap')} ${rubric.bonusCap}`}</Badge>}>
              {rubric.bonus.length === 0 && <EmptyState>{t('rubric.noBonus')}</EmptyState>}
              <ul className="divide-y divide-slate-100">
                {rubric.bonus.map((b) => (
                  <li key={b.code} className="py-2" data-testid="rubric-bonus">
                    <div className="flex items-start justify-between gap-3">
                      <div>
                        <span className="mr-2 font-medium tabular-nums text-slate-600">{b.code}</span>
                        {localized(locale, b.title, b.titleEn)}
                        <span className="ml-2 text-xs text-slate-500">{t('assessment.sheet.bonusEach', { points: b.pointsEach })}</span>
                        <div className="text-xs text-slate-500">{localized(locale, b.criteria, b.criteriaEn)}</div>
                      </div>
                      {remove('bonus', b.code, t('rubric.removeConfirm', { code: b.code }))}
                    </div>
                    {!locked && (
                      <Disclosure className="mt-2" summary={t('common.edit')}>
                          <BonusForm year={year} version={v} item={b} />
                      </Disclosure>
                    )}
                  </li>
                ))}
              </ul>
              {!locked && (
                <Disclosure className="mt-3" summary={t('rubric.addBonus')}>
                    <BonusForm year={year} version={v} />
                </Disclosure>
              )}
            </Card>

            <Card title={t('rubric.veto')}>
              {rubric.veto.length === 0 && <EmptyState>{t('rubric.noVeto')}</EmptyState>}
              <ul className="divide-y divide-slate-100">
                {rubric.veto.map((x) => (
                  <li key={x.code} className="py-2" data-testid="rubric-veto">
                    <div className="flex items-start justify-between gap-3">
                      <div>
                        <span className="mr-2 font-medium tabular-nums text-slate-600">{x.code}</span>
                        {localized(locale, x.title, x.titleEn)}
                        <div className="text-xs text-slate-500">{localized(locale, x.effect, x.effectEn)}</div>
                      </div>
                      {remove('veto', x.code, t('rubric.removeConfirm', { code: x.code }))}
                    </div>
                    {!locked && (
                      <Disclosure className="mt-2" summary={t('common.edit')}>
                          <VetoForm year={year} version={v} item={x} />
                      </Disclosure>
                    )}
                  </li>
                ))}
              </ul>
              {!locked && (
                <Disclosure className="mt-3" summary={t('rubric.addVeto')}>
                    <VetoForm year={year} version={v} />
                </Disclosure>
              )}
            </Card>
          </div>

          <div className="space-y-5">
            <Card title={t('rubric.settings')}>
              {locked ? (
                <dl className="space-y-2 text-[13px]">
                  <div className="flex justify-between">
                    <dt className="text-slate-500">{t('rubric.basePoints')}</dt>
                    <dd className="tabular-nums">{rubric.basePoints}</dd>
                  </div>
                  <div className="flex justify-between">
                    <dt className="text-slate-500">{t('rubric.bonusCap')}</dt>
                    <dd className="tabular-nums">{rubric.bonusCap}</dd>
                  </div>
                  <div className="flex justify-between">
                    <dt className="text-slate-500">{t('rubric.quota')}</dt>
                    <dd className="tabular-nums">{rubric.excellentQuotaPercent ?? '—'}</dd>
                  </div>
                  {GROUPS.map((g) => (
                    <div key={g}>
                      <dt className="text-slate-500">{t('rubric.bands', { group: t(`groups.${g}`) })}</dt>
                      <dd>{rubric.grades[g].map((b) => `${b.grade} ≥ ${b.min}`).join(' · ')}</dd>
                    </div>
                  ))}
                </dl>
              ) : (
                <SettingsForm year={year} version={v} rubric={rubric} />
              )}
            </Card>
            {!locked && (
              <Card title={t('rubric.json')}>
                <ImportForm year={year} version={v} />
              </Card>
            )}
            {jsonLink}
          </div>
        </div>
      )}
      {!rubric && !locked && (
        <Card title={t('rubric.json')} className="max-w-2xl">
          <ImportForm year={year} version={v} />
        </Card>
      )}
      {!rubric && jsonLink}
    </>
  );
}
