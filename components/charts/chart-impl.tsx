'use client';

import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartProps } from './chart';

// Only the chart types the dashboard draws, so the chunk stays small.
echarts.use([BarChart, HeatmapChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** Draws an ECharts option on the client; a click on a data point follows its link (drill-down). */
export default function ChartImpl({ option, links, height = 280, label }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
    chart.on('click', (p) => {
      const byIndex = links?.[p.seriesIndex ?? 0];
      const href = Array.isArray(byIndex) ? byIndex[p.dataIndex] : undefined;
      if (href) router.push(href);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', resize);
    return () => {
      window.removeEventListener('resize', resize);
      window.removeEventListener('beforeprint', resize);
      chart.dispose();
    };
  }, [option, links, router]);
  return <div ref={ref} style={{ height }} role="img" aria-label={label} className="w-full" />;
}
