import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';
import { generateTemporaryPassword, passwordProblem } from './policy';

describe('password hashing', () => {
  it('stores an argon2id hash, never the password, and verifies it', async () => {
    const hash = await hashPassword('Demo@2018');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain('Demo@2018');
    expect(await verifyPassword(hash, 'Demo@2018')).toBe(true);
    expect(await verifyPassword(hash, 'demo@2018')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('Demo@2018')).not.toBe(await hashPassword('Demo@2018'));
  });

  it('answers false, not an exception, for a malformed hash', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

describe('password policy', () => {
  it('needs 8 characters and three character classes', () => {
    expect(passwordProblem('Demo@2018', 'fgw')).toBeNull();
    expect(passwordProblem('abcdEF12', 'fgw')).toBeNull();
    expect(passwordProblem('Ab1!', 'fgw')).toBe('passwordWeak');
    expect(passwordProblem('abcdefgh1', 'fgw')).toBe('passwordWeak');
    expect(passwordProblem('ABCDEFGH!', 'fgw')).toBe('passwordWeak');
  });

  it('refuses the user name as password, whatever its case', () => {
    expect(passwordProblem('Admin.Tianmen1', 'admin.tianmen1')).toBe('passwordIsUsername');
  });

  it('generates temporary passwords that pass the policy', () => {
    for (let i = 0; i < 200; i++) {
      const p = generateTemporaryPassword();
      expect(p).toHaveLength(12);
      expect(passwordProblem(p, 'someone')).toBeNull();
    }
  });
});
