import type { IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER: string;
export function normalizeAddress(address: unknown): string | null;
export function trustedProxies(env?: Record<string, string | undefined>): number;
export function clientAddress(args: { socketAddress: string | undefined; forwardedFor: string | string[] | undefined; proxies: number }): string | null;
export function stampClientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, proxies?: number): string | null;
