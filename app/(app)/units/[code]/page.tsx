import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader, Stat } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { auditDenied, canReadUnit, requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { formatDay } from '@/lib/i18n/format';
import { localized } from '@/lib/i18n/localized';
import { getCurrentPlan } from '@/lib/plans/queries';
import { getUnitByCode, listUnitAssignments } from '@/lib/units/queries';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const unit = getUnitByCode((await params).code);
  return { title: unit?.name };
}

export default async function UnitPage({ params }: Props) {
  const user = await requireUser();
  const { code } = await params;
  const unit = getUnitByCode(code);
  // The same answer for a unit that does not exist and one the user may not open: nothing leaks.
  if (!unit || !canReadUnit(user, unit.id)) {
    if (!can(user.role, 'unit.read.any')) {
      auditDenied(user, 'access.denied', 'unit', code);
      forbidden();
    }
    notFound();
  }
  const t = await getTranslations();
  const locale = await getLocale();
  const plan = getCurrentPlan();
  const rows = plan ? listUnitAssignments(user, unit.id, plan.id) : [];
  const lead = rows.filter((r) => r.role === 'lead').length;
  const groups = new Map<number, { no: number; title: string; rows: typeof rows }>();
  for (const r of rows) {
    const g = groups.get(r.taskId) ?? { no: r.taskNo, title: localized(locale, r.taskTitle, r.taskTitleEn), rows: [] };
    g.rows.push(r);
    groups.set(r.taskId, g);
  }

  return (
    <>
      <PageHeader
        title={unit.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <span>{unit.fullName}</span>
            <Badge tone="neutral">{t(`groups.${unit.group}`)}</Badge>
            <Badge tone="neutral">{t(`unitKinds.${unit.kind}`)}</Badge>
            {unit.enforcement && <Badge tone="purple">{t('unit.enforcement')}</Badge>}
          </span>
        }
      />
      <div className="mb-5 grid grid-cols-3 gap-3 md:max-w-xl">
        <Stat label={t('unit.totalCount')} value={<span data-testid="assignment-count">{rows.length}</span>} />
        <Stat label={t('unit.leadCount')} value={<span data-testid="lead-count">{lead}</span>} />
        <Stat label={t('unit.cooperatingCount')} value={<span data-testid="cooperating-count">{rows.length - lead}</span>} />
      </div>
      <Card title={t('unit.assignments')}>
        {rows.length === 0 ? (
          <EmptyState>{t('unit.noAssignments')}</EmptyState>
        ) : (
          <div className="space-y-6">
            {[...groups.entries()].map(([taskId, g]) => (
              <section key={taskId} aria-labelledby={`task-${taskId}`}>
                <h3 id={`task-${taskId}`} className="mb-2 text-[14px] font-semibold text-slate-800">
                  {t('plan.taskHeading', { no: g.no, title: g.title })}
                </h3>
                <Table caption={g.title}>
                  <thead>
                    <tr>
                      <Th className="w-16">{t('plan.code')}</Th>
                      <Th>{t('plan.measure')}</Th>
                      <Th className="w-20">{t('measure.role')}</Th>
                      <Th className="w-44">{t('plan.timeframe')}</Th>
                      <Th className="w-36">{t('unit.dueDate')}</Th>
                      <Th className="w-72">{t('unit.target')}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.rows.map((r) => (
                      <tr key={r.id} data-testid="unit-assignment" className="hover:bg-slate-50">
                        <Td className="font-medium tabular-nums text-slate-600">{r.measureCode}</Td>
                        <Td>
                          <Link href={`/measures/${encodeURIComponent(r.measureCode)}`} className="text-slate-900 hover:text-brand-700 hover:underline">
                            {r.measureTitle}
                          </Link>
                        </Td>
                        <Td>
                          <Badge tone={r.role === 'lead' ? 'brand' : 'neutral'}>{t(`assignmentRoles.${r.role}`)}</Badge>
                        </Td>
                        <Td className="text-slate-600">{r.timeframe}</Td>
                        <Td className="text-slate-600">{formatDay(r.dueDate ?? r.measureDueDate, locale) || <span className="text-slate-400">—</span>}</Td>
                        <Td className="whitespace-pre-line text-slate-700">{r.target || <span className="text-slate-400">—</span>}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </section>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}
