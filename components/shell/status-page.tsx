import Link from 'next/link';
import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';

/** The body of the forbidden, not-found and error pages. */
export function StatusPage({ code, title, body, homeLabel, children }: { code: string; title: string; body: string; homeLabel: string; children?: ReactNode }) {
  return (
    <div className="flex min-h-[60vh] items-center justify-center px-4">
      <div className="max-w-md text-center">
        <div className="text-5xl font-semibold text-brand-200 tabular-nums">{code}</div>
        <h1 className="mt-3 text-xl font-semibold text-slate-900">{title}</h1>
        <p className="mt-2 text-slate-600">{body}</p>
        <div className="mt-6 flex justify-center gap-2">
          {children}
          <Link href="/" className={buttonClass('primary')}>
            {homeLabel}
          </Link>
        </div>
      </div>
    </div>
  );
}
