'use client';

import dynamic from 'next/dynamic';
import type { EChartsCoreOption } from 'echarts/core';

export interface ChartProps {
  option: EChartsCoreOption;
  /** links[seriesIndex][dataIndex]: where a click on that point goes. */
  links?: (string | null)[][];
  height?: number;
  /** What the chart shows, for screen readers (the table view beside it has the values). */
  label: string;
}

/** A chart, loaded after the page: the chart library is not part of any page's first load. */
export const Chart = dynamic<ChartProps>(() => import('./chart-impl'), {
  ssr: false,
  loading: () => <div className="h-[280px] animate-pulse rounded bg-slate-100" />,
});
