import Link from 'next/link';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';

/** What a card's chart shows, under its title. */
export function CardHint({ children }: { children: ReactNode }) {
  return <p className="mb-2 text-xs text-slate-500">{children}</p>;
}

/** A link to the records behind a figure (or to the page that explains it). */
export function FigureLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-brand-700 hover:underline">
      {children}
    </Link>
  );
}

/** "任务1" / "Task 1": a task's number as the axis label. */
export function taskLabel(t: (key: 'plan.taskHeading', values: { no: number; title: string }) => string, no: number): string {
  return t('plan.taskHeading', { no, title: '' }).trim();
}

/** The 当前 / "Current" tag of a figure or card that shows today's state whatever year is chosen. */
export async function CurrentTag({ className }: { className?: string }) {
  const t = await getTranslations('dashboard');
  return (
    <span className={className} data-testid="current-tag" title={t('currentTitle')}>
      <Badge tone="brand">{t('current')}</Badge>
    </span>
  );
}
