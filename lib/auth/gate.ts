import 'server-only';
import { forbidden, notFound, redirect, unstable_rethrow } from 'next/navigation';
import { ROUTES, gateRefusal, type RouteAccess, type RouteKey } from './routes';
import { db } from '@/db/client';
import { writeAudit, type AuditEntry } from '@/lib/audit/log';
import { actorOf, auditDenied, getCurrentUser, type CurrentUser } from './session';

/**
 * The one gate every request passes, whatever serves it: pages (`requireRoute`), route handlers
 * (`defineRoute`) and server actions (`defineAction`, which applies the same `gateRefusal`). It
 * reads who may open a route from `ROUTES`, so a page's permission is written once.
 */

/** What a user may do with one record: any record, their own unit's, one they lead, or nothing. */
export type Access = 'any' | 'own' | 'lead' | null;

/** For pages: the signed-in user the route admits; else the sign-in page, the password change, or 403 (audited). */
export async function requireRoute(route: RouteKey): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  const refusal = gateRefusal(user, route);
  if (refusal === 'password') redirect('/account/password');
  if (refusal === 'forbidden') {
    const access: RouteAccess = ROUTES[route];
    auditDenied(user, 'access.denied', 'route', route, 'permission' in access ? access.permission : undefined);
    forbidden();
  }
  return user;
}

/** Refuses access to one record: the gate answers 403 and audits the object named. */
export class RecordDenied extends Error {
  constructor(
    public readonly objectType: string,
    public readonly objectId: string | number | null,
  ) {
    super('record denied');
  }
}

/**
 * Loads one record for a page and checks the user's access to it: a record the user may not see is
 * 403 with an audit row naming it; a missing one is 404, or 403 too when `hideMissing` (a user who
 * could not see most such records must not learn which ones exist). Returns the record and how the
 * user holds it.
 */
export function loadOr403<T>(
  user: CurrentUser,
  spec: { load: () => T | null | undefined; access: (record: T) => Access; type: string; id: string | number; hideMissing?: boolean },
): { record: T; access: Exclude<Access, null> } {
  const record = spec.load();
  const level = record == null ? null : spec.access(record);
  if (record == null && !spec.hideMissing) notFound();
  if (record == null || !level) {
    auditDenied(user, 'access.denied', spec.type, String(spec.id).slice(0, 64));
    forbidden();
  }
  return { record, access: level };
}

/** Headers every response of a route handler carries: never cached, never sniffed. */
const ROUTE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } as const;

export interface RouteContext<P> {
  user: CurrentUser;
  request: Request;
  params: P;
  /** Records what the handler did (an export, a download) as the signed-in user. */
  audit: (entry: AuditEntry) => void;
}

/**
 * Defines a route handler behind the gate: 401 signed out, 403 while a password change is due or
 * without the route's permission (audited), 403 with an audit row for a `RecordDenied` thrown by
 * the handler, and the no-store / nosniff headers on every answer.
 */
export function defineRoute<P extends Record<string, string> = Record<string, never>>(route: RouteKey, run: (ctx: RouteContext<P>) => Promise<Response> | Response) {
  return async function handler(request: Request, context: { params: Promise<P> }): Promise<Response> {
    const user = await getCurrentUser();
    if (!user) return withHeaders(new Response(null, { status: 401 }));
    const refusal = gateRefusal(user, route);
    if (refusal) {
      auditDenied(user, 'access.denied', 'route', route, refusal === 'password' ? 'password change due' : undefined);
      return withHeaders(new Response(null, { status: 403 }));
    }
    try {
      const audit = (entry: AuditEntry) => writeAudit(db, actorOf(user), entry);
      return withHeaders(await run({ user, request, params: await context.params, audit }));
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof RecordDenied) {
        auditDenied(user, 'access.denied', error.objectType, error.objectId == null ? null : String(error.objectId).slice(0, 64), route);
        return withHeaders(new Response(null, { status: 403 }));
      }
      throw error;
    }
  };
}

function withHeaders(response: Response): Response {
  for (const [k, v] of Object.entries(ROUTE_HEADERS)) if (!response.headers.has(k)) response.headers.set(k, v);
  return response;
}
