import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { can } from '@/lib/auth/permissions';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/i18n/format';
import { listProposals } from '@/lib/users/queries';
import { ProposalButtons, ProposalOutcome } from './proposal-buttons';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('admin.proposals'))('title') };
}

const STATUS_TONE = { pending: 'yellow', confirmed: 'green', rejected: 'red', cancelled: 'neutral' } as const;

/** Changes to administrator accounts awaiting the second person (三员分立), and the latest decided. */
export default async function PendingChangesPage() {
  const user = await requireRoute('/admin/users/pending');
  const t = await getTranslations();
  const locale = await getLocale();
  const { pending, decided } = listProposals();
  const mayConfirm = can(user.role, 'user.change.confirm');
  const mayCancel = can(user.role, 'user.manage');

  const table = (rows: typeof pending, withButtons: boolean) => (
    <Table caption={t('admin.proposals.title')}>
      <thead>
        <tr>
          <Th>{t('admin.proposals.change')}</Th>
          <Th>{t('admin.username')}</Th>
          <Th>{t('admin.proposals.proposedBy')}</Th>
          <Th>{t('common.status')}</Th>
          <Th>{t('admin.proposals.decidedBy')}</Th>
          {withButtons && <Th className="text-right">{t('common.actions')}</Th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.id} className="hover:bg-slate-50" data-testid="proposal-row">
            <Td>
              {t(`admin.proposals.kinds.${p.kind}`, { role: t(`roles.${p.toRole}`) })}
              {p.kind === 'role' && p.fromRole && <div className="text-xs text-slate-500">{t('admin.proposals.fromRole', { role: t(`roles.${p.fromRole}`) })}</div>}
            </Td>
            <Td>
              <span className="font-mono text-[13px]">{p.username}</span>
              <div className="text-xs text-slate-500">{p.displayName}</div>
            </Td>
            <Td className="whitespace-nowrap">
              <span className="font-mono text-[13px]">{p.proposedByName}</span>
              <div className="text-xs text-slate-500 tabular-nums">{formatDateTime(p.proposedAt, locale)}</div>
            </Td>
            <Td>
              <Badge tone={STATUS_TONE[p.status]}>{t(`admin.proposals.statuses.${p.status}`)}</Badge>
            </Td>
            <Td className="whitespace-nowrap">
              {p.decidedByName ? (
                <>
                  <span className="font-mono text-[13px]">{p.decidedByName}</span>
                  <div className="text-xs text-slate-500 tabular-nums">{p.decidedAt ? formatDateTime(p.decidedAt, locale) : ''}</div>
                </>
              ) : (
                '—'
              )}
            </Td>
            {withButtons && (
              <Td className="text-right">
                <ProposalButtons id={p.id} mayConfirm={mayConfirm && p.proposedBy !== user.id && p.targetUserId !== user.id} mayCancel={mayCancel} />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );

  return (
    <>
      <PageHeader title={t('admin.proposals.title')} subtitle={t('admin.proposals.subtitle')} />
      <ProposalOutcome>
        <Card title={t('admin.proposals.pending')} className="mb-5">
          {pending.length === 0 ? <EmptyState>{t('admin.proposals.nonePending')}</EmptyState> : table(pending, true)}
        </Card>
        <Card title={t('admin.proposals.decided')}>{decided.length === 0 ? <EmptyState>{t('admin.proposals.noneDecided')}</EmptyState> : table(decided, false)}</Card>
      </ProposalOutcome>
    </>
  );
}
