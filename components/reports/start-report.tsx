'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/forms/action-button';
import { startReportAction } from '@/lib/reports/actions';

/** Opens (or reopens) the unit's draft report for an assignment in a round. */
export function StartReportButton({ roundId, assignmentId }: { roundId: number; assignmentId: number }) {
  const t = useTranslations('reports');
  return (
    <ActionButton action={startReportAction} fields={{ roundId, assignmentId }} variant="primary">
      {t('start')}
    </ActionButton>
  );
}
