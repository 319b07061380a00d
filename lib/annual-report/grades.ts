import type { GradeLine } from './compose';

/**
 * The year's published assessment grades per group, for the report's statistics; null while no
 * assessment of the year is published.
 */
export function assessmentGrades(_year: number, _groupName: (group: 'city' | 'township') => string): GradeLine[] | null {
  return null;
}
