import type { ReactNode } from 'react';
import { cn } from './cn';

type Tone = 'info' | 'success' | 'warning' | 'error';
const tones: Record<Tone, string> = {
  info: 'border-brand-200 bg-brand-50 text-brand-800',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  warning: 'border-amber-200 bg-amber-50 text-amber-800',
  error: 'border-red-200 bg-red-50 text-red-700',
};

/** A message block. Errors use role="alert"; the rest are polite status messages. */
export function Alert({ tone = 'info', children, className, id }: { tone?: Tone; children: ReactNode; className?: string; id?: string }) {
  return (
    <div id={id} role={tone === 'error' ? 'alert' : 'status'} className={cn('rounded-md border px-3 py-2 text-[13px] wrap-anywhere', tones[tone], className)}>
      {children}
    </div>
  );
}
