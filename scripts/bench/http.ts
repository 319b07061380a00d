/**
 * The benchmark's HTTP client side: signing in through Auth.js's credentials endpoint and calling a
 * server action the way the browser's router does (a fetch action with an encodeReply body).
 */

/** Cookie name → value, as a browser would keep them for one origin. */
export class CookieJar {
  private cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      // An expired or emptied cookie is the server deleting it.
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

/**
 * Signs in with user name and password (GET /api/auth/csrf, POST /api/auth/callback/credentials)
 * and returns the cookie header of the session. Throws when no session cookie comes back.
 */
export async function signIn(base: string, username: string, password: string): Promise<string> {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), origin: base },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${base}/` }),
  });
  jar.store(res);
  await res.arrayBuffer();
  if (!jar.has('authjs.session-token')) {
    throw new Error(`sign-in as ${username} failed: HTTP ${res.status} → ${res.headers.get('location') ?? '(no location)'}`);
  }
  return jar.header();
}

/**
 * Fetches a page once as the signed-in user and says why it cannot be measured, or null: it must
 * answer 200 itself (Next answers 200 for pages; a redirect to /login means the session is not
 * accepted and would only measure the redirect).
 */
export async function checkPage(base: string, path: string, cookie: string): Promise<string | null> {
  const res = await fetch(`${base}${path}`, { redirect: 'manual', headers: { cookie } });
  const body = await res.text();
  if (res.status !== 200) return `HTTP ${res.status}${res.headers.get('location') ? ` → ${res.headers.get('location')}` : ''}`;
  if (/<form[^>]*login|name="password"/.test(body) && !path.startsWith('/login')) return 'answered with the sign-in form';
  return null;
}

export interface ActionCall {
  /** The page the action is posted to (the page that renders the form). */
  path: string;
  actionId: string;
  /** The arguments of the action: for useActionState forms, [previous state, payload]. */
  args: unknown[];
  cookie: string;
}

export interface ActionResponse {
  status: number;
  ms: number;
  /** `x-action-redirect` target, when the action redirected. */
  redirect: string | null;
  body: string;
}

/**
 * React's encodeReply for plain JSON values: `undefined` is "$undefined" and strings starting with
 * "$" are escaped as "$$" (anything richer — dates, files, maps — is not needed here).
 */
export function encodeReply(args: unknown[]): string {
  const encode = (v: unknown): unknown => {
    if (v === undefined) return '$undefined';
    if (typeof v === 'string') return v.startsWith('$') ? `$${v}` : v;
    if (Array.isArray(v)) return v.map(encode);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
    return v;
  };
  return JSON.stringify(encode(args));
}

/** Calls a server action as the browser's router does and times the whole round trip. */
export async function callAction(base: string, call: ActionCall): Promise<ActionResponse> {
  const started = performance.now();
  const res = await fetch(`${base}${call.path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'next-action': call.actionId,
      accept: 'text/x-component',
      'content-type': 'text/plain;charset=UTF-8',
      origin: base,
      cookie: call.cookie,
    },
    body: encodeReply(call.args),
  });
  const body = await res.text();
  const ms = performance.now() - started;
  const redirect = res.headers.get('x-action-redirect')?.split(';')[0] ?? null;
  return { status: res.status, ms, redirect, body };
}

/** Whether a fetch action's Flight answer carries the action's `{ ok: true }` state. */
export function actionSucceeded(body: string): boolean {
  return /"ok":true/.test(body);
}
