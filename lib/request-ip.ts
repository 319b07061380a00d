/**
 * The client's address as the server saw it. Behind a reverse proxy, the proxy must set
 * X-Forwarded-For (Next.js sets it itself when it is the first hop).
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for');
  if (forwarded) return forwarded.split(',')[0]!.trim().slice(0, 64);
  return headers.get('x-real-ip')?.slice(0, 64) ?? null;
}
