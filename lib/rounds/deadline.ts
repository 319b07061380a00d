/**
 * A deadline typed as a day and an optional time (HH:MM, default 23:59) in Asia/Shanghai, as the
 * instant of the last millisecond of that minute: a report sent during the deadline's last minute
 * is on time.
 */
export function deadlineInstant(day: string, time?: string | null): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = (time || '23:59').split(':').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, d, hh - 8, mm, 59, 999));
}

/** The day and HH:MM of a deadline instant, in Asia/Shanghai, for form fields. */
export function deadlineParts(at: Date): { day: string; time: string } {
  const shanghai = new Date(at.getTime() + 8 * 3_600_000);
  const iso = shanghai.toISOString();
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) };
}
