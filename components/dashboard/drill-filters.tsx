import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import type { DrillFilter } from '@/lib/dashboards/queries';
import { getTask } from '@/lib/plans/editor-queries';
import { getRound } from '@/lib/rounds/queries';
import { getUnit } from '@/lib/units/queries';

/** The filters a drill-down list was opened with, as chips ("红灯", "任务1 …"). */
export async function DrillFilters({ filter: f }: { filter: DrillFilter }) {
  const t = await getTranslations('dashboard');
  const tc = await getTranslations();
  const chips: string[] = [];
  if (f.light) chips.push(t('filters.light', { value: tc(`lights.${f.light}`) }));
  if (f.state) chips.push(t('filters.state', { value: f.state === 'none' ? t('noReport') : tc(`reports.states.${f.state}`) }));
  const task = f.task ? getTask(f.task) : undefined;
  if (task) chips.push(t('filters.task', { value: tc('plan.taskHeading', { no: task.no, title: task.title }) }));
  if (f.unit) chips.push(t('filters.unit', { value: getUnit(f.unit)?.name ?? '' }));
  if (f.group) chips.push(t('filters.group', { value: tc(`groups.${f.group}`) }));
  if (f.round) chips.push(t('filters.round', { value: getRound(f.round)?.name ?? '' }) + (f.outcome ? ` · ${t('filters.outcome', { value: f.outcome })}` : ''));
  if (chips.length === 0) return null;
  return (
    <div className="mb-4 flex flex-wrap gap-2" data-testid="drill-filters">
      {chips.map((c) => (
        <Badge key={c} tone="brand">
          {c}
        </Badge>
      ))}
    </div>
  );
}
