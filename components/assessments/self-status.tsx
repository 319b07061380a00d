import { useLocale, useTranslations } from 'next-intl';
import { Badge } from '@/components/ui/badge';
import type { SelfStatus } from '@/lib/assessments/queries';
import { formatDateTime } from '@/lib/i18n/format';

const TONES = { draft: 'neutral', submitted: 'green', returned: 'yellow' } as const;

/** Where a unit's self-assessment stands for the office: 未提交 / 已提交（time）/ 已退回. */
export function SelfStatusBadge({ self }: { self: SelfStatus | undefined }) {
  const t = useTranslations('assessment.self');
  const locale = useLocale();
  const status = self?.status ?? 'draft';
  return (
    <Badge tone={TONES[status]}>
      <span data-testid="self-status" data-status={status}>
        {status === 'submitted' && self?.submittedAt ? t('submittedAt', { time: formatDateTime(self.submittedAt, locale) }) : t(`status.${status}`)}
      </span>
    </Badge>
  );
}
