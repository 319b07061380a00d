import { NextResponse, type NextRequest } from 'next/server';
import { db } from '@/db/client';
import { writeAudit } from '@/lib/audit/log';
import { contentSecurityPolicy } from '@/lib/http/csp';
import { clientIp } from '@/lib/request-ip';

const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];
const PUBLIC_PREFIXES = ['/login', '/setup', '/api/auth', '/api/health'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A browser's write from another site's page (an action, a form post): refused here and audited. */
function crossOrigin(request: NextRequest): string | null {
  if (SAFE_METHODS.has(request.method)) return null;
  const origin = request.headers.get('origin');
  if (!origin) return null;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string;
  try {
    originHost = origin === 'null' ? 'null' : new URL(origin).host;
  } catch {
    originHost = origin;
  }
  return originHost === host ? null : origin.slice(0, 200);
}

/**
 * What every request passes first: a cross-site write is refused (Next.js would refuse a cross-site
 * action too, but silently) and audited; a signed-out visitor is sent to sign in early; pages get a
 * fresh CSP nonce, HSTS when served over HTTPS, and the path in `x-pathname` so that a refusal names
 * the page. Every page, query and action still checks the user and the permission on the server.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const foreign = crossOrigin(request);
  if (foreign) {
    writeAudit(
      db,
      { userId: null, username: null, unitId: null, role: null, ip: clientIp(request.headers) },
      { action: 'security.cross-origin', objectType: 'page', objectId: pathname.slice(0, 200), result: 'denied', detail: `${request.method} from ${foreign}` },
    );
    return new NextResponse(null, { status: 403 });
  }
  const isPublic = PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (!isPublic && !hasSession) {
    if (pathname.startsWith('/api/')) return new NextResponse(null, { status: 401 });
    const url = new URL('/login', request.url);
    if (pathname !== '/') url.searchParams.set('next', pathname + search);
    return NextResponse.redirect(url);
  }
  const nonce = btoa(crypto.randomUUID());
  // Under `npm start` X-Forwarded-Proto comes from the socket or a trusted proxy (scripts/serve.mjs).
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', https });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('x-pathname', pathname.slice(0, 300));
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  // Browsers take HSTS only over HTTPS; a year, this host only (other internal sites are not ours to bind).
  if (https) response.headers.set('Strict-Transport-Security', 'max-age=31536000');
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
