'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

/** The main navigation; the current section is marked for sighted and screen-reader users alike. */
export function NavLinks({ items, label }: { items: { href: string; label: string; match: string[] }[]; label: string }) {
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
          </Link>
        );
      })}
    </nav>
  );
}
