import Link from 'next/link';
import { cn } from '@/components/ui/cn';

/** A register's rate as a tile (not a link: its records are those of its two figures). */
export function RateTile({ label, value, title, testId, compact }: { label: string; value: string; title?: string; testId: string; compact?: boolean }) {
  return (
    <div className={cn('rounded-lg border border-brand-200 bg-brand-50 px-3', compact ? 'min-w-28 py-1.5' : 'min-w-32 py-2')} data-testid={testId}>
      <div className="text-xs text-slate-600">{label}</div>
      <div className={cn('font-semibold tabular-nums text-slate-900', compact ? 'text-base' : 'text-lg')} title={title}>
        {value}
      </div>
    </div>
  );
}

/** A register's figure as a tile that opens the records behind it. */
export function FigureTile({ href, label, value, testId, compact }: { href: string; label: string; value: number; testId: string; compact?: boolean }) {
  return (
    <Link href={href} className={cn('rounded-lg border border-slate-200 bg-white px-3 hover:border-brand-300', compact ? 'min-w-24 py-1.5' : 'min-w-28 py-2')} data-testid={testId}>
      <div className="text-xs text-slate-500">{label}</div>
      <div className={cn('font-semibold tabular-nums text-slate-900', compact ? 'text-base' : 'text-lg')}>{value}</div>
    </Link>
  );
}
