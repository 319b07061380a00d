import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp';

describe('Content-Security-Policy', () => {
  it('allows no eval in production, forbids framing and plugins, and ties scripts to the nonce', () => {
    const csp = contentSecurityPolicy('abc123', { dev: false, https: false });
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
  it('adds eval only for the development server, and upgrades requests only over HTTPS', () => {
    expect(contentSecurityPolicy('n', { dev: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy('n', { dev: false, https: true })).toContain('upgrade-insecure-requests');
  });
});
