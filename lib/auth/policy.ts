/** Account and session rules (等保 2.0 level 2). Pure: the caller passes the clock. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;

export function isLocked(lockedUntil: Date | null | undefined, now: Date): boolean {
  return !!lockedUntil && lockedUntil.getTime() > now.getTime();
}

/** After one more failure: the new failure count and, at the threshold, until when the account is locked. */
export function afterFailure(
  failures: number,
  now: Date,
  threshold = LOCKOUT_THRESHOLD,
  minutes = LOCKOUT_MINUTES,
): { failures: number; lockedUntil: Date | null } {
  const next = failures + 1;
  if (next >= threshold) return { failures: 0, lockedUntil: new Date(now.getTime() + minutes * 60_000) };
  return { failures: next, lockedUntil: null };
}

export type SessionEnd = 'idle' | 'absolute' | null;

/** Has the password outlived its lifetime (days; 0 means passwords do not expire)? */
export function passwordExpired(changedAt: Date | null, now: Date, days: number): boolean {
  if (days <= 0) return false;
  if (!changedAt) return true;
  return now.getTime() - changedAt.getTime() >= days * 86_400_000;
}

export function sessionExpiry(
  s: { createdAt: Date; lastSeenAt: Date },
  now: Date,
  idleMinutes = SESSION_IDLE_MINUTES,
  absoluteHours = SESSION_ABSOLUTE_HOURS,
): SessionEnd {
  if (now.getTime() - s.createdAt.getTime() >= absoluteHours * 3_600_000) return 'absolute';
  if (now.getTime() - s.lastSeenAt.getTime() >= idleMinutes * 60_000) return 'idle';
  return null;
}

export type PasswordProblem = 'passwordWeak' | 'passwordIsUsername' | null;

/** At least 8 characters with three of the four classes, and never the user name. */
export function passwordProblem(password: string, username: string): PasswordProblem {
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'passwordIsUsername';
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (password.length < 8 || classes < 3) return 'passwordWeak';
  return null;
}

/** A temporary password that meets the policy: 12 characters from all four classes, no look-alikes. */
export function generateTemporaryPassword(random: (n: number) => number = cryptoRandomInt): string {
  const sets = ['abcdefghjkmnpqrstuvwxyz', 'ABCDEFGHJKMNPQRSTUVWXYZ', '23456789', '@#%+=?!'];
  const all = sets.join('');
  const chars = sets.map((s) => s[random(s.length)]!);
  while (chars.length < 12) chars.push(all[random(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

function cryptoRandomInt(n: number): number {
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return buf[0]! % n;
}
