import type { ComponentProps } from 'react';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';

/**
 * The head of an import's preview (a register's sheet, the units' contacts): what the file would do,
 * the button that applies it while it can, and what became of it — applied, refused for errors, or
 * nothing to apply.
 */
export async function ImportSummaryCard({
  summary,
  creates,
  canApply,
  pending,
  appliedAt,
  apply,
  jobId,
  done,
  back,
}: {
  summary: { create: number; update: number; unchanged: number; error: number };
  /** Whether the import can add records (a register's sheet) or only change existing ones (contacts). */
  creates: boolean;
  canApply: boolean;
  /** Rows the apply would write. */
  pending: number;
  appliedAt: Date | null;
  apply: ComponentProps<typeof ActionButton>['action'];
  jobId: number;
  /** "Applied at …", already formatted. */
  done: string;
  back: { href: string; label: string };
}) {
  const t = await getTranslations('importer');
  return (
    <Card className="mb-5">
      <div className="flex flex-wrap items-center gap-3" data-testid="import-summary">
        {creates && <Badge tone="green">{t('summaryCreate', { count: summary.create })}</Badge>}
        <Badge tone="brand">{t('summaryUpdate', { count: summary.update })}</Badge>
        <Badge tone="neutral">{t('summaryUnchanged', { count: summary.unchanged })}</Badge>
        <Badge tone="red">{t('summaryError', { count: summary.error })}</Badge>
        <span className="ml-auto">
          {!appliedAt && canApply && pending > 0 && (
            <ActionButton action={apply} fields={{ jobId }} variant="primary" size="md">
              {t('apply')}
            </ActionButton>
          )}
        </span>
      </div>
      <div className="mt-3">
        {appliedAt ? (
          <Alert tone="success">
            {done}{' '}
            <Link href={back.href} className="underline">
              {back.label}
            </Link>
          </Alert>
        ) : !canApply ? (
          <Alert tone="error">{t('cannotApply')}</Alert>
        ) : pending === 0 ? (
          <Alert tone="info">{t('nothingToApply')}</Alert>
        ) : null}
      </div>
    </Card>
  );
}
