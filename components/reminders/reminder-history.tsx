import { getLocale, getTranslations } from 'next-intl/server';
import { NoticeText } from '@/components/notices/notice-text';
import { EmptyState } from '@/components/ui/card';
import { Table, Td, Th } from '@/components/ui/table';
import { formatDateTime } from '@/lib/i18n/format';
import type { RoundReminder } from '@/lib/reminders/owed';

/** How many of a round's reminders the page lists (the newest). */
export const HISTORY_SHOWN = 200;

/** A round's reminders, newest first: when, to which unit, who sent it (the system for automatic ones), and what it said. */
export async function ReminderHistory({ rows, showUnit = true }: { rows: RoundReminder[]; showUnit?: boolean }) {
  const t = await getTranslations('rounds');
  const locale = await getLocale();
  if (rows.length === 0) return <EmptyState>{t('historyEmpty')}</EmptyState>;
  return (
    <>
      <Table caption={t('history')}>
        <thead>
          <tr>
            <Th className="w-44">{t('sentAt')}</Th>
            {showUnit && <Th className="w-32">{t('unit')}</Th>}
            <Th className="w-32">{t('sentBy')}</Th>
            <Th>{t('reminderText')}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, HISTORY_SHOWN).map((r) => (
            <tr key={r.id} data-testid="reminder-history-row" data-unit={r.unitName}>
              <Td className="whitespace-nowrap tabular-nums text-slate-600">{formatDateTime(r.createdAt, locale)}</Td>
              {showUnit && <Td className="whitespace-nowrap">{r.unitName}</Td>}
              <Td className="whitespace-nowrap">{r.senderName ?? <span className="text-slate-500">{t('systemSender')}</span>}</Td>
              <Td>
                <div className="text-slate-600">
                  <NoticeText notice={r} />
                </div>
                {r.body && <div className="mt-0.5 whitespace-pre-line text-slate-900">{r.body}</div>}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {rows.length > HISTORY_SHOWN && <p className="mt-2 text-xs text-slate-500">{t('historyMore', { shown: HISTORY_SHOWN, total: rows.length })}</p>}
    </>
  );
}
