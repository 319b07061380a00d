import { getLocale, getTranslations } from 'next-intl/server';
import type { ReportReview, ReportVersion } from '@/db/schema';
import { formatDateTime } from '@/lib/i18n/format';
import { versionChanges } from '@/lib/reports/diff';
import { cn } from '@/components/ui/cn';

interface Props {
  versions: { version: ReportVersion; by: string }[];
  reviews: { review: ReportReview; by: string }[];
}

/** Every submission of a report and every review decision, in order, with what changed each time. */
export async function VersionTimeline({ versions, reviews }: Props) {
  const t = await getTranslations('reports');
  const ts = await getTranslations('reports.states');
  const locale = await getLocale();
  const events = [
    ...versions.map((v, i) => ({ at: v.version.submittedAt, kind: 'version' as const, v, prev: i > 0 ? versions[i - 1]!.version : null })),
    ...reviews.map((r) => ({ at: r.review.createdAt, kind: 'review' as const, r })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  if (events.length === 0) return <p className="text-[13px] text-slate-500">{t('statuses.none')}</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" data-testid="timeline">
      {events.map((e, i) => (
        <li key={i} className="relative" data-testid={e.kind === 'version' ? 'timeline-version' : 'timeline-review'}>
          <span
            className={cn(
              'absolute top-1.5 -left-[25px] h-2.5 w-2.5 rounded-full ring-4 ring-white',
              e.kind === 'version' ? 'bg-brand-500' : e.r.review.decision === 'approved' ? 'bg-emerald-500' : 'bg-red-500',
            )}
            aria-hidden="true"
          />
          {e.kind === 'version' ? (
            <div className="text-[13px]">
              <div className="font-medium text-slate-900">{t('version', { no: e.v.version.versionNo })}</div>
              <div className="text-slate-500">{t('submittedBy', { name: e.v.by, at: formatDateTime(e.at, locale) })}</div>
              <div className="mt-1 text-slate-700">
                {e.v.version.percent}% · {ts(e.v.version.state)}
              </div>
              {e.prev && (
                <div className="mt-1 text-xs text-slate-600">
                  {(() => {
                    const changes = versionChanges(e.prev, e.v.version);
                    if (changes.length === 0) return t('noChanges');
                    return t('changes', {
                      list: changes
                        .map((c) =>
                          c.kind === 'percent'
                            ? t('changed.percent', { from: c.from, to: c.to })
                            : c.kind === 'state'
                              ? t('changed.state', { from: ts(c.from), to: ts(c.to) })
                              : t(`changed.${c.kind}`),
                        )
                        .join(locale === 'zh-CN' ? '；' : '; '),
                    });
                  })()}
                </div>
              )}
              <details className="mt-1">
                <summary className="cursor-pointer text-xs text-brand-700">{t('workDone')}</summary>
                <p className="mt-1 whitespace-pre-line wrap-anywhere text-slate-700">{e.v.version.workDone}</p>
              </details>
            </div>
          ) : (
            <div className="text-[13px]">
              <div className={cn('font-medium', e.r.review.decision === 'approved' ? 'text-emerald-700' : 'text-red-700')}>
                {t('reviewedBy', { name: e.r.by, at: formatDateTime(e.at, locale), decision: e.r.review.decision })}
              </div>
              {e.r.review.comment && <div className="mt-0.5 whitespace-pre-line wrap-anywhere text-slate-700">{t('comment', { comment: e.r.review.comment })}</div>}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
