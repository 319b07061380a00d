import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { LinkButton } from '@/components/ui/button';
import { Card, PageHeader, Stat } from '@/components/ui/card';
import { requireRoute } from '@/lib/auth/gate';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import { closeRoundAction, reopenRoundAction } from '@/lib/rounds/actions';
import { deadlineParts } from '@/lib/rounds/deadline';
import { chasingList, getRound, roundMeasureCount, roundProgress, roundReminderHistory } from '@/lib/rounds/queries';
import { ReminderHistory } from '@/components/reminders/reminder-history';
import { ChasingForm, type ChasedUnit } from './chasing-form';
import { ExtendForm } from './extend-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('rounds'))('title') };
}

export default async function RoundPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  await requireRoute('/rounds/[id]');
  const round = getRound(Number((await params).id) || 0);
  if (!round) notFound();
  const t = await getTranslations('rounds');
  const tc = await getTranslations('common');
  const locale = await getLocale();
  const progress = roundProgress(round);
  const now = new Date();
  const closed = round.status === 'closed';
  const history = roundReminderHistory(round.id);
  const system = t('systemSender');
  const byUnit = new Map<number, ChasedUnit['reminders']>();
  // Newest first: the first one seen is a unit's latest.
  for (const h of history) {
    const seen = byUnit.get(h.unitId);
    if (seen) seen.count++;
    else byUnit.set(h.unitId, { count: 1, lastAt: formatDateTime(h.createdAt, locale), lastBy: h.senderName ?? system });
  }
  const chasing: ChasedUnit[] = chasingList(round, now).map((u) => ({
    ...u,
    resubmitBy: closed && u.resubmitBy ? formatDateTime(u.resubmitBy, locale) : null,
    reminders: byUnit.get(u.unitId) ?? null,
  }));
  const extended = round.deadline.getTime() !== round.originalDeadline.getTime();
  return (
    <>
      <PageHeader
        title={round.name}
        subtitle={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={round.status === 'open' ? 'green' : 'neutral'}>{t(`status.${round.status}`)}</Badge>
            <span>
              {formatDay(round.periodStart, locale)} – {formatDay(round.periodEnd, locale)}
            </span>
            <span data-testid="round-year">· {t('countsIn', { year: round.year })}</span>
            <span>· {t('measureCount', { count: roundMeasureCount(round.id) })}</span>
          </span>
        }
        actions={
          <>
            {round.status === 'open' ? (
              <ActionButton action={closeRoundAction} fields={{ id: round.id }} variant="danger" size="md" confirm={t('closeConfirm')}>
                {t('close')}
              </ActionButton>
            ) : (
              <ActionButton action={reopenRoundAction} fields={{ id: round.id }} size="md">
                {t('reopen')}
              </ActionButton>
            )}
            <LinkButton href="/rounds">{tc('back')}</LinkButton>
          </>
        }
      />
      {(await searchParams).created && <Alert tone="success" className="mb-4">{t('created')}</Alert>}
      <div className="mb-5 grid grid-cols-2 gap-3 md:grid-cols-6" data-testid="round-stats">
        <Stat label={t('owed')} value={progress.owed} />
        <Stat label={t('submitted')} value={progress.submitted} />
        <Stat label={t('onTime')} value={progress.onTime} />
        <Stat label={t('awaiting')} value={progress.awaiting} />
        <Stat label={t('returned')} value={progress.returned} />
        <Stat label={t('missing')} value={<span className="text-red-700">{progress.owed - progress.submitted}</span>} />
      </div>
      <div className="grid gap-5 xl:grid-cols-3">
        <Card title={t('chasing')} className="xl:col-span-2">
          {chasing.length > 0 ? (
            <ChasingForm roundId={round.id} units={chasing} closed={closed} />
          ) : closed ? (
            <Alert tone="info">{t('chasingNoneClosed')}</Alert>
          ) : (
            <Alert tone="success">{t('chasingEmpty')}</Alert>
          )}
        </Card>
        <Card title={t('deadline')} className="self-start">
          <p className="text-lg font-semibold tabular-nums text-slate-900" data-testid="round-deadline">
            {formatDateTime(round.deadline, locale)}
          </p>
          {extended && <p className="mt-1 text-xs text-slate-500">{t('originalDeadline', { at: formatDateTime(round.originalDeadline, locale) })}</p>}
          {round.status === 'open' && (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <ExtendForm id={round.id} version={round.version} {...deadlineParts(round.deadline)} />
            </div>
          )}
          <p className="mt-4 text-[13px]">
            <Link href={`/review?round=${round.id}`} className="text-brand-700 hover:underline">
              {tc('withCount', { label: t('awaiting'), count: progress.awaiting })}
            </Link>
          </p>
        </Card>
      </div>
      <Card title={t('history')} className="mt-5">
        <ReminderHistory rows={history} />
      </Card>
    </>
  );
}
