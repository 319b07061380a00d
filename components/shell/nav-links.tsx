'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

/** The main navigation; the current section is marked for sighted and screen-reader users alike. */
export function NavLinks({ items, label }: { items: { key: string; href: string; label: string; match: string[]; count?: number; countLabel?: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex flex-wrap gap-1">
      {items.map((item) => {
        const current = item.match.some((m) => pathname === m || pathname.startsWith(`${m}/`));
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={current ? 'page' : undefined}
            className={cn(
              'rounded-md px-3 py-1.5 text-sm',
              current ? 'bg-white font-medium text-brand-800 shadow-sm' : 'text-brand-50 hover:bg-white/10 hover:text-white',
            )}
          >
            {item.label}
            {!!item.count && (
              <span
                className={cn('ml-1.5 inline-block rounded-full px-1.5 text-[11px] leading-[18px] font-semibold tabular-nums', current ? 'bg-brand-100 text-brand-800' : 'bg-white/20 text-white')}
              >
                <span aria-hidden="true" data-testid={`nav-count-${item.key}`}>
                  {item.count}
                </span>
                <span className="sr-only">{item.countLabel}</span>
              </span>
            )}
          </Link>
        );
      })}
    </nav>
  );
}
