import type { ReactNode } from 'react';

/** A chart's values as a table: for exact numbers, for screen readers, and for print. */
export function DataTable({ summary, caption, headers, rows }: { summary: string; caption: string; headers: string[]; rows: ReactNode[][] }) {
  return (
    <details className="mt-2 text-[13px] print:open">
      <summary className="no-print cursor-pointer text-brand-700">{summary}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="data-table compact w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {headers.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={j}>
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
