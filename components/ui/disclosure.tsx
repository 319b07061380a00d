import type { ReactNode } from 'react';
import { cn } from './cn';

/** A link-styled summary that opens its content in place (edit forms beside a list, "add …"). */
export function Disclosure({ summary, children, className, open }: { summary: ReactNode; children: ReactNode; className?: string; open?: boolean }) {
  return (
    <details className={cn('text-[13px]', className)} open={open}>
      <summary className="cursor-pointer text-brand-700 hover:underline">{summary}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
