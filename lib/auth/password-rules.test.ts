import { describe, expect, it } from 'vitest';
import { commonForms, isCommonPassword, newPasswordProblem } from './password-rules';

describe('password rules', () => {
  it('refuses the most common passwords, also when dressed up to pass the complexity rule', () => {
    for (const p of ['P@ssw0rd', 'Password1!', 'Qwerty123!', 'Iloveyou2026!', 'Abc12345!']) {
      expect(isCommonPassword(p), p).toBe(true);
      expect(newPasswordProblem(p, 'fgw'), p).toBe('passwordCommon');
    }
    expect(commonForms('P@ssw0rd')).toContain('password');
  });

  it('accepts passwords that are not common', () => {
    for (const p of ['Start#2026ok', 'Better#2026y', 'Hz7!mq2Pw9', 'Tianmen-fzb-38']) expect(newPasswordProblem(p, 'fgw'), p).toBeNull();
  });

  it('refuses a password containing the user name, whatever its case', () => {
    expect(newPasswordProblem('XFGW#2026ab', 'fgw')).toBe('passwordContainsUsername');
    expect(newPasswordProblem('my-Yuekou#9', 'yuekou')).toBe('passwordContainsUsername');
    expect(newPasswordProblem('Yuekou', 'yuekou')).toBe('passwordIsUsername');
  });

  it('still needs 8 characters and three character classes', () => {
    expect(newPasswordProblem('Ab1!', 'fgw')).toBe('passwordWeak');
  });
});
