/** The sizes the bench generator knows. `province` is the scale the targets are set for. */
export const SCALE_NAMES = ['city', 'province'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export interface ScaleConfig {
  name: ScaleName;
  units: number;
  /** Share of the units in the `township` ranking group. */
  townshipShare: number;
  /** Lead units per measure, inclusive range. */
  leadsPerMeasure: [number, number];
  /** Measures each unit cooperates on (besides any it leads), inclusive range. */
  cooperatingPerUnit: [number, number];
  /** Years with four closed reporting rounds each; the last one's assessment is still being scored. */
  years: number[];
  noticesPerUnit: [number, number];
  auditRecords: number;
}

export const SCALES: Record<ScaleName, ScaleConfig> = {
  province: {
    name: 'province',
    units: 2000,
    townshipShare: 1 / 3,
    leadsPerMeasure: [1, 3],
    cooperatingPerUnit: [9, 11],
    years: [2016, 2017, 2018, 2019, 2020],
    noticesPerUnit: [3, 5],
    auditRecords: 100_000,
  },
  // The demo's size: 67 units, about 90 assignments, two years.
  city: {
    name: 'city',
    units: 67,
    townshipShare: 1 / 3,
    leadsPerMeasure: [1, 3],
    cooperatingPerUnit: [0, 1],
    years: [2018, 2019],
    noticesPerUnit: [2, 4],
    auditRecords: 3_000,
  },
};

export function isScaleName(v: unknown): v is ScaleName {
  return typeof v === 'string' && (SCALE_NAMES as readonly string[]).includes(v);
}
