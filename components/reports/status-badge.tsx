import { useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { ReportState, ReportStatus } from '@/db/schema/enums';

const STATUS_TONE = { none: 'neutral', draft: 'neutral', submitted: 'brand', approved: 'green', returned: 'red' } as const;
const STATE_TONE = { on_track: 'green', at_risk: 'yellow', delayed: 'red', completed: 'brand', not_started: 'neutral' } as const;

export function ReportStatusBadge({ status }: { status: ReportStatus | null }) {
  const t = useTranslations('reports.statuses');
  const s = status ?? 'none';
  return <Badge tone={STATUS_TONE[s]}>{t(s)}</Badge>;
}

export function ReportStateBadge({ state }: { state: ReportState | null }) {
  const t = useTranslations('reports.states');
  if (!state) return <span className="text-slate-400">—</span>;
  return <Badge tone={STATE_TONE[state]}>{t(state)}</Badge>;
}
