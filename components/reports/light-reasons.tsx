import { getLocale, getTranslations } from 'next-intl/server';
import { cn } from '@/components/ui/cn';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import type { LightReason } from '@/lib/reports/rules';

/** Why a light is red or yellow, one line per reason; `roundName` names the rounds the reasons refer to. */
export async function LightReasons({ reasons, roundName, className }: { reasons: LightReason[]; roundName: (roundId: number) => string; className?: string }) {
  const t = await getTranslations('lights.reasons');
  const locale = await getLocale();
  if (reasons.length === 0) return null;
  const text = (r: LightReason) => {
    switch (r.kind) {
      case 'missedDeadline':
      case 'delayed':
      case 'returned':
      case 'atRisk':
        return t(r.kind, { round: roundName(r.roundId) });
      case 'overdue':
        return t('overdue', { due: formatDay(r.dueDate, locale) });
      case 'deadlineSoon':
        return t('deadlineSoon', { round: roundName(r.roundId), deadline: formatDateTime(r.deadline, locale) });
      case 'resubmitOverdue':
        return t('resubmitOverdue', { round: roundName(r.roundId), at: formatDateTime(r.resubmitBy, locale) });
    }
  };
  return (
    <ul className={cn('list-disc space-y-0.5 pl-5', className)} data-testid="light-reasons">
      {reasons.map((r, i) => (
        <li key={i}>{text(r)}</li>
      ))}
    </ul>
  );
}
