import { getLocale, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/card';
import { formatDateTime, formatDay } from '@/lib/i18n/format';
import type { listExtensionRequests } from '@/lib/reports/queries';
import { DecideExtensionForm } from './decide-form';

const TONE = { pending: 'yellow', approved: 'green', refused: 'red' } as const;

/** Extension requests with their history; the office decides pending ones in place. */
export async function ExtensionList({ rows, canDecide, showUnit }: { rows: ReturnType<typeof listExtensionRequests>; canDecide: boolean; showUnit: boolean }) {
  const t = await getTranslations('extensions');
  const colon = (await getTranslations('common'))('colon');
  const locale = await getLocale();
  if (rows.length === 0) return <EmptyState>{t('empty')}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="extension-list">
      {rows.map(({ request: r, unitName, measureCode, measureTitle, requestedBy }) => (
        <li key={r.id} className="flex flex-wrap gap-3 py-3 text-[13px]" data-testid="extension-row">
          <div className="min-w-0 flex-[1_1_16rem] wrap-anywhere">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={TONE[r.status]}>{t(r.status)}</Badge>
              {showUnit && <span className="font-medium">{unitName}</span>}
              <span>
                <span className="tabular-nums text-slate-500">{measureCode}</span> {measureTitle}
              </span>
            </div>
            <div className="mt-1 text-slate-700">
              {t('currentDueDate')}{colon}{r.currentDueDate ? formatDay(r.currentDueDate, locale) : '—'} → {t('requestedDueDate')}{colon}<strong>{formatDay(r.requestedDueDate, locale)}</strong>
            </div>
            <div className="mt-1 whitespace-pre-line text-slate-700">
              {t('reason')}{colon}{r.reason}
            </div>
            <div className="mt-1 text-xs text-slate-500">
              {t('requestedAt', { name: requestedBy, at: formatDateTime(r.createdAt, locale) })}
              {r.decidedAt && ` · ${t('decidedAt', { at: formatDateTime(r.decidedAt, locale) })}`}
            </div>
            {r.comment && <div className="mt-1 text-slate-700">{t('comment')}{colon}{r.comment}</div>}
          </div>
          {canDecide && r.status === 'pending' && (
            <div className="min-w-0 flex-[0_1_20rem]">
              <DecideExtensionForm id={r.id} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
