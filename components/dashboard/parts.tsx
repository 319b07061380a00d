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

/**
 * A chart's axis label for a task: its number and the start of its name ("1 依法全面履行…",
 * "1 Perform government…"), short enough to wrap onto two lines under its bar.
 */
export function taskAxisLabel(no: number, title: string): string {
  const chars = [...title.trim()];
  const wide = chars.some((c) => c.charCodeAt(0) > 0x2e80);
  const max = wide ? 8 : 22;
  return `${no} ${chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : chars.join('')}`;
}

/** ECharts axis-label settings for task labels: every label shown, wrapped within its column. */
export const TASK_AXIS_LABEL = { interval: 0, width: 76, overflow: 'break', lineHeight: 14, fontSize: 11 } as const;
