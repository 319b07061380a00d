// Shared by the settings form (client) and its schema (server); kept free of zod so the form's
// bundle stays small.
import type { Group } from '@/lib/scoring/groups';

/** How many grade-band rows the settings form offers per group. */
export const BAND_ROWS = 6;

/** Form field names of one grade-band row. */
export const bandField = (group: Group, row: number, part: 'grade' | 'min') => `grades.${group}.${row}.${part}`;
