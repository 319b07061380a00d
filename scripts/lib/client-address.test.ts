import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER as APP_HEADER } from '@/lib/request-ip';
import { CLIENT_ADDRESS_HEADER, clientAddress, stampClientAddress, trustedProxies } from './client-address.mjs';

describe('client address', () => {
  it('takes the socket’s address and ignores X-Forwarded-For when no proxy is trusted (the default)', () => {
    expect(trustedProxies({})).toBe(0);
    expect(clientAddress({ socketAddress: '::ffff:10.1.2.3', forwardedFor: '6.6.6.6', proxies: 0 })).toBe('10.1.2.3');
    expect(clientAddress({ socketAddress: '::1', forwardedFor: '=cmd|calc', proxies: 0 })).toBe('::1');
  });

  it('behind trusted proxies, takes the entry the outermost of them added, never one the client wrote', () => {
    // The client wrote 6.6.6.6; the one proxy appended the address it saw (10.0.0.7).
    expect(clientAddress({ socketAddress: '192.168.1.1', forwardedFor: '6.6.6.6, 10.0.0.7', proxies: 1 })).toBe('10.0.0.7');
    // Two proxies: the outer one appended the client, the inner one appended the outer proxy.
    expect(clientAddress({ socketAddress: '192.168.1.2', forwardedFor: ['6.6.6.6, 10.0.0.7', '192.168.1.1'], proxies: 2 })).toBe('10.0.0.7');
    expect(trustedProxies({ TRUSTED_PROXIES: '2' })).toBe(2);
    expect(trustedProxies({ TRUSTED_PROXIES: 'many' })).toBe(0);
  });

  it('stamps the header the app reads, dropping a copy the client sent and its X-Forwarded-* headers', () => {
    expect(APP_HEADER).toBe(CLIENT_ADDRESS_HEADER);
    const req = {
      headers: { [CLIENT_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.6', 'x-forwarded-proto': 'https', host: 'app' } as Record<string, string | string[] | undefined>,
      socket: { remoteAddress: '::ffff:127.0.0.1' },
    };
    stampClientAddress(req as never, 0);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1');
    expect(req.headers['x-forwarded-for']).toBe('127.0.0.1');
    expect(req.headers['x-forwarded-proto']).toBeUndefined();
    expect(req.headers.host).toBe('app');
  });
});
