/** Set by scripts/serve.mjs, which strips any copy a client sent (scripts/lib/client-address.mjs). */
export const CLIENT_ADDRESS_HEADER = 'x-fzzf-client-address';

/**
 * The client's address. Under `npm start` (scripts/serve.mjs) it is the socket's, or the one the
 * configured number of trusted proxies vouch for (TRUSTED_PROXIES): a client-written X-Forwarded-For
 * is never believed. Anywhere else (`next dev`) Next.js's own X-Forwarded-For is all there is.
 */
export function clientIp(headers: Headers): string | null {
  if (process.env.FZZF_CLIENT_ADDRESS === 'header') return headers.get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || null;
  const forwarded = headers.get('x-forwarded-for');
  if (forwarded) return forwarded.split(',')[0]!.trim().slice(0, 64);
  return headers.get('x-real-ip')?.slice(0, 64) ?? null;
}
