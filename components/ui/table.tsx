import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

/** A readable data table: sticky-free, zebra-free, with a light rule between rows. */
export function Table({ children, className, caption }: { children: ReactNode; className?: string; caption?: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={cn('w-full border-collapse text-left text-[13px]', className)}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

export function Th({ className, ...props }: ComponentProps<'th'>) {
  return <th scope="col" className={cn('border-b border-slate-200 bg-slate-50 px-3 py-2 font-medium whitespace-nowrap text-slate-600', className)} {...props} />;
}

export function Td({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('border-b border-slate-100 px-3 py-2 align-top', className)} {...props} />;
}
