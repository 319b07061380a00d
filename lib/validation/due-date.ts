import { dayInShanghai } from '@/lib/i18n/format';

/**
 * Whether a due date being set is already past: a day before today in Asia/Shanghai. Setting one makes
 * no sense (the light turns red at once), so the assignment and measure forms refuse it. A date left as it
 * was is not checked, so an older record whose due date has passed can still be edited otherwise.
 */
export function isPastDueDate(dueDate: string | null, before: string | null | undefined, now: Date): boolean {
  return dueDate !== null && dueDate !== (before ?? null) && dueDate < dayInShanghai(now);
}
