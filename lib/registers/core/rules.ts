import type { RecordValues, RuleProblem } from './define';

/** Helpers for registers' cross-field rules; each returns the problems it finds, named by the field to change. */
export const rule = {
  /** `later` must not be before `earlier` (both days, when both are given). */
  notBefore(v: RecordValues, later: string, earlier: string, key: string): RuleProblem[] {
    const a = v[later];
    const b = v[earlier];
    return typeof a === 'string' && typeof b === 'string' && a < b ? [{ field: later, message: { key: `registers.problems.${key}` } }] : [];
  },
  /** `field` may be given only when `condition` holds. */
  onlyIf(v: RecordValues, field: string, condition: boolean, key: string): RuleProblem[] {
    const value = v[field];
    const given = value !== null && value !== undefined && value !== false && value !== '';
    return given && !condition ? [{ field, message: { key: `registers.problems.${key}` } }] : [];
  },
  /** `field` must be given when `condition` holds. */
  requiredIf(v: RecordValues, field: string, condition: boolean, key = 'required'): RuleProblem[] {
    const value = v[field];
    const given = value !== null && value !== undefined && value !== '';
    return !given && condition ? [{ field, message: { key: key === 'required' ? 'v.required' : `registers.problems.${key}` } }] : [];
  },
};

/** The year of a YYYY-MM-DD day, or null. */
export function yearOfDay(day: unknown): number | null {
  return typeof day === 'string' && /^\d{4}-/.test(day) ? Number(day.slice(0, 4)) : null;
}

/** Today as YYYY-MM-DD in Asia/Shanghai (the day a register's dates are written in). */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The YYYY-MM-DD day `n` days after `day` (before it for a negative `n`). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
