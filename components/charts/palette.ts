import type { ReportState } from '@/db/schema/enums';
import type { Light } from '@/lib/reports/rules';

/**
 * The charts' colours, in one place. Canvas charts cannot read CSS variables, so these repeat the
 * page's: the brand blue (`--color-brand-500` in globals.css) and Tailwind's red-500, amber-400,
 * emerald-500 and slate-300, the colours of the traffic-light dots beside them.
 */
const BRAND = '#2f67c2';
const RED = '#ef4444';
const AMBER = '#fbbf24';
const EMERALD = '#10b981';

export const CHART = {
  /** A single series (bars, a line). */
  primary: BRAND,
  /** Between heat-map cells: the card's background. */
  cellBorder: '#fff',
} as const;

export const LIGHT_COLOURS: Record<Light, string> = { red: RED, yellow: AMBER, green: EMERALD };

/** Report states; `none` is an assignment without a report. */
export const STATE_COLOURS: Record<ReportState | 'none', string> = { on_track: EMERALD, at_risk: AMBER, delayed: RED, completed: BRAND, not_started: '#94a3b8', none: '#cbd5e1' };

/** Series side by side (the unit groups), in order. */
export const SERIES_COLOURS = [BRAND, EMERALD] as const;
