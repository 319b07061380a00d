import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { requireRoute } from '@/lib/auth/gate';
import { dayInShanghai, formatDateTime, formatDay } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import { CLOSING_WITHIN_DAYS, todoCounts } from '@/lib/todo/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('todo'))('title') };
}

/** The office's home: what needs doing today, each count opening the list it counts. */
export default async function TodoPage() {
  const user = await requireRoute('/todo');
  const t = await getTranslations('todo');
  const locale = (await getLocale()) as Locale;
  const now = new Date();
  const c = todoCounts(user, now);
  /** One list when there is one round (or year) behind a count, else the overview. */
  const oneOr = <T,>(items: T[], one: (item: T) => string, many: string) => (items.length === 1 ? one(items[0]!) : many);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle', { date: formatDay(dayInShanghai(now), locale) })} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {c.review !== undefined && <Tile id="review" label={t('review')} count={c.review} href="/review" hint={t('reviewHint')} open={t('open')} t={t} />}
        {c.extensions !== undefined && <Tile id="extensions" label={t('extensions')} count={c.extensions} href="/extensions" hint={t('extensionsHint')} open={t('open')} t={t} />}
        {c.overdue && (
          <Tile id="overdue" label={t('overdue')} count={c.overdue.total} href={oneOr(c.overdue.rounds, (r) => `/rounds/${r.id}`, '/rounds')} hint={t('overdueHint')} open={t('open')} t={t}>
            {c.overdue.rounds.length > 1 && (
              <SubLinks items={c.overdue.rounds.map((r) => ({ key: r.id, href: `/rounds/${r.id}`, label: t('overdueRound', { round: r.name, count: r.count }) }))} />
            )}
          </Tile>
        )}
        {c.returned && (
          <Tile id="returned" label={t('returned')} count={c.returned.total} href="/review?status=returned" hint={t('returnedHint')} open={t('open')} t={t}>
            {c.returned.pastDue > 0 && (
              <p className="text-[13px] text-amber-700" data-testid="todo-returned-past-due">
                {t('returnedPastDue', { count: c.returned.pastDue })}
              </p>
            )}
          </Tile>
        )}
        {c.closing && (
          <Tile
            id="closing"
            label={t('closing', { days: CLOSING_WITHIN_DAYS })}
            count={c.closing.length}
            href={oneOr(c.closing, (r) => `/rounds/${r.id}`, '/rounds')}
            hint={t('closingHint', { days: CLOSING_WITHIN_DAYS })}
            open={t('open')} t={t}
          >
            <SubLinks
              items={c.closing.map((r) => ({ key: r.id, href: `/rounds/${r.id}`, label: t('closingRound', { round: r.name, deadline: formatDateTime(r.deadline, locale), count: r.outstanding }) }))}
            />
          </Tile>
        )}
        {c.selfChecks && (
          <Tile
            id="self-checks"
            label={t('selfChecks')}
            count={c.selfChecks.reduce((s, y) => s + y.count, 0)}
            href={oneOr(c.selfChecks, (y) => `/assessments/${y.year}`, '/assessments')}
            hint={t('selfChecksHint')}
            open={t('open')} t={t}
          >
            {c.selfChecks.length > 1 && <SubLinks items={c.selfChecks.map((y) => ({ key: y.year, href: `/assessments/${y.year}`, label: t('selfChecksYear', { year: y.year, count: y.count }) }))} />}
          </Tile>
        )}
      </div>
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<'todo'>>>;

/** One count: the figure opens its list; nothing is alarming about a zero. */
function Tile({ id, label, count, href, hint, open, t, children }: { id: string; label: string; count: number; href: string; hint: string; open: string; t: Translate; children?: ReactNode }) {
  return (
    <section className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm" data-testid={`todo-${id}`} aria-labelledby={`todo-${id}-label`}>
      <h2 id={`todo-${id}-label`} className="text-[14px] font-medium text-slate-700">
        {label}
      </h2>
      <Link href={href} className="group flex items-baseline gap-3 self-start rounded focus-visible:outline-2 focus-visible:outline-brand-600" aria-label={t('openLabel', { label, count })}>
        <span className={cn('text-3xl font-semibold tabular-nums', count > 0 ? 'text-slate-900' : 'text-slate-500')} data-testid="todo-count">
          {count}
        </span>
        <span className="text-[13px] text-brand-700 group-hover:underline">{open}</span>
      </Link>
      <p className="text-xs text-slate-500">{hint}</p>
      {children}
    </section>
  );
}

function SubLinks({ items }: { items: { key: number; href: string; label: string }[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1 border-t border-slate-100 pt-2 text-[13px]">
      {items.map((i) => (
        <li key={i.key}>
          <Link href={i.href} className="text-brand-700 hover:underline">
            {i.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
