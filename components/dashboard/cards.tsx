import { cn } from '@/components/ui/cn';
import type { DashboardView } from '@/lib/dashboards/view';
import { AssessmentCard } from './assessment-card';
import { HeatMapCard } from './heat-map-card';
import { MostBehindCard } from './most-behind-card';
import { OnTimeTrendCard } from './on-time-trend-card';
import { CurrentTag } from './parts';
import { RegistersCard } from './registers-card';
import { StatesCard } from './states-card';
import { TaskCompletionCard } from './task-completion-card';

type DashboardCard = (props: { view: DashboardView }) => Promise<React.ReactNode>;

/** The dashboard's panels under the headline figures, row by row (two to a row on wide screens). A new panel is one entry here. */
const ROWS: DashboardCard[][] = [[TaskCompletionCard, StatesCard], [OnTimeTrendCard, MostBehindCard], [HeatMapCard], [RegistersCard], [AssessmentCard]];

/**
 * The panels drawn from each assignment's latest report and today's lights: they show the state as
 * of today whatever year is chosen, so each carries the 当前 tag (the filter card explains it).
 */
const CURRENT = new Set<DashboardCard>([TaskCompletionCard, StatesCard, MostBehindCard, HeatMapCard]);

export function DashboardCards({ view }: { view: DashboardView }) {
  return ROWS.map((row, i) => (
    <div key={i} className={cn('grid gap-5', row.length > 1 && 'xl:grid-cols-2', i < ROWS.length - 1 && 'mb-5')}>
      {row.map((Card, j) =>
        CURRENT.has(Card) ? (
          <div key={j} className="relative grid" data-current="true">
            <Card view={view} />
            <CurrentTag className="absolute right-5 top-3" />
          </div>
        ) : (
          <Card key={j} view={view} />
        ),
      )}
    </div>
  ));
}
