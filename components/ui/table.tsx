import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

/** A readable data table: sticky-free, zebra-free, with a light rule between rows. */
export function Table({ children, className, caption }: { children: ReactNode; className?: string; caption?: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className={cn('data-table w-full border-collapse text-left text-[13px]', className)}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** A header cell; its base look is `.data-table th` in globals.css. */
export function Th(props: ComponentProps<'th'>) {
  return <th scope="col" {...props} />;
}

/** A body cell; its base look is `.data-table td` in globals.css (so that it is not repeated per cell). */
export function Td(props: ComponentProps<'td'>) {
  return <td {...props} />;
}
