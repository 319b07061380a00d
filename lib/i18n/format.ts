import { TIME_ZONE, type Locale } from './config';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day stored as YYYY-MM-DD: 2018年6月30日 in Chinese, June 30, 2018 in English. */
export function formatDay(day: string | null | undefined, locale: Locale): string {
  if (!day) return '';
  const m = DAY_RE.exec(day);
  if (!m) return day;
  const [, y, mo, d] = m;
  if (locale === 'zh-CN') return `${Number(y)}年${Number(mo)}月${Number(d)}日`;
  return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))),
  );
}

/** A moment, in Asia/Shanghai: 2018年6月30日 17:30 / Jun 30, 2018, 17:30. */
export function formatDateTime(at: Date | number | null | undefined, locale: Locale): string {
  if (at == null) return '';
  const date = typeof at === 'number' ? new Date(at) : at;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: locale === 'zh-CN' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** The calendar day (YYYY-MM-DD) a moment falls on in Asia/Shanghai. */
export function dayInShanghai(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The last millisecond of a day in Asia/Shanghai (UTC+8, no daylight saving). */
export function endOfDayShanghai(day: string): Date {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23 - 8, 59, 59, 999));
}
