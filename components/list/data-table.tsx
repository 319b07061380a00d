import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { Table, Td, Th } from '@/components/ui/table';

/** A column of a list: its header and how a row shows in it. */
export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Classes for the body cells (and the header, for alignment). */
  className?: string;
  align?: 'right';
}

/**
 * A list rendered on the server: rows become table cells here, nothing is handed to the browser as
 * data. An empty list shows `empty` instead of a bare header.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  caption,
  empty,
  testId,
  rowClassName,
  rowData,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string | number;
  caption: ReactNode;
  empty: ReactNode;
  testId?: string;
  rowClassName?: (row: T) => string | undefined;
  /** A row's data attributes (`{ unit: 'fgw' }` → `data-unit="fgw"`), for whoever picks rows out of the list. */
  rowData?: (row: T) => Record<string, string | number>;
}) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {columns.map((c) => (
            <Th key={c.key} className={c.align === 'right' ? 'text-right' : undefined}>
              {c.header}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={rowKey(row)}
            data-testid={testId}
            className={cn('hover:bg-slate-50', rowClassName?.(row))}
            {...Object.fromEntries(Object.entries(rowData?.(row) ?? {}).map(([k, v]) => [`data-${k}`, v]))}
          >
            {columns.map((c) => (
              <Td key={c.key} className={cn(c.align === 'right' && 'text-right tabular-nums', c.className)}>
                {c.cell(row)}
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
