/**
 * The groups units are ranked in (市直单位 / 乡镇办场园): every rubric grades each of them, and the
 * unit's `group` column takes these values (db/schema/enums.ts re-exports them as UNIT_GROUPS).
 */
export const GROUPS = ['city', 'township'] as const;
export type Group = (typeof GROUPS)[number];
