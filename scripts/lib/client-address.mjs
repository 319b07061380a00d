// Which address a request came from, decided by the server that owns the socket (scripts/serve.mjs)
// and handed to the app in a header no client can set. Plain Node.js: serve.mjs loads it before Next.

/** The header the app reads (lib/request-ip.ts). serve.mjs removes any copy a client sent. */
export const CLIENT_ADDRESS_HEADER = 'x-fzzf-client-address';

/** `::ffff:10.0.0.1` (an IPv4 client on a dual-stack socket) → `10.0.0.1`; anything else as it is. */
export function normalizeAddress(address) {
  if (typeof address !== 'string' || !address) return null;
  const a = address.trim();
  return (a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a).slice(0, 64) || null;
}

/** TRUSTED_PROXIES: how many reverse proxies stand in front of the server (default 0: clients connect directly). */
export function trustedProxies(env = process.env) {
  const n = Number(env.TRUSTED_PROXIES ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

/**
 * The client's address. With no trusted proxy, the socket's: whatever X-Forwarded-For says is
 * ignored, since a client can write anything there. Behind `proxies` trusted proxies, each appends
 * the address it received the request from, so the entry added by the outermost of them is the
 * `proxies`-th from the right; entries further left were written by the client and are not believed.
 */
export function clientAddress({ socketAddress, forwardedFor, proxies }) {
  if (!proxies) return normalizeAddress(socketAddress);
  const hops = [forwardedFor]
    .flat()
    .filter((v) => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  // Fewer entries than proxies: a proxy is missing or misconfigured; the leftmost is the best there is.
  return normalizeAddress(hops[Math.max(0, hops.length - proxies)] ?? socketAddress);
}

/**
 * Rewrites an incoming request's headers in place before Next.js sees them: the client address
 * header is set from the socket (or the trusted proxies), and without a trusted proxy the
 * X-Forwarded-* headers a client may have sent are dropped (Next.js then fills them from the socket).
 */
export function stampClientAddress(req, proxies = trustedProxies()) {
  const address = clientAddress({ socketAddress: req.socket?.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], proxies });
  delete req.headers[CLIENT_ADDRESS_HEADER];
  if (!proxies) {
    for (const h of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip']) delete req.headers[h];
    // Next.js would otherwise fill X-Forwarded-For from the socket itself; set it alike so every reader agrees.
    if (address) req.headers['x-forwarded-for'] = address;
  }
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}
