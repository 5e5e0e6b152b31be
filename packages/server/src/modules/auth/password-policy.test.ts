import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonPasswordList, PASSWORD_MAX_LENGTH, passwordProblem } from './password-policy';

describe('password policy (NIST SP 800-63B)', () => {
  it('bundles at least 1,000 common passwords', () => {
    expect(commonPasswordList().size).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ['short', 'abc1234', 'too_short'],
    ['common', 'password1', 'common'],
    ['common in any case', 'PassWord123', 'common'],
    ['one character repeated', 'ññññññññññ', 'repetitive'],
    ['contains the email name', 'maria.lopez-2024!', 'contains_context'],
    ['contains the service name', 'my backplan pw', 'contains_context'],
    ['too long', 'x'.repeat(PASSWORD_MAX_LENGTH + 1), 'too_long'],
  ])('rejects a %s password', (_name, password, problem) => {
    expect(passwordProblem(password, { email: 'maria.lopez@example.org' })).toBe(problem);
  });

  it.each([
    ['a passphrase with spaces', 'tea on the porch at dawn'],
    ['no composition rules: lower case only', 'lanternfieldsummer'],
    ['unicode counts by character', 'ñandú corre rápido'],
  ])('accepts %s', (_name, password) => {
    expect(passwordProblem(password, { email: 'maria.lopez@example.org' })).toBeNull();
  });

  it('asks 15 characters of admins', () => {
    expect(passwordProblem('lanternfields12', { minLength: 15 })).toBeNull();
    expect(passwordProblem('lanternfields1', { minLength: 15 })).toBe('too_short');
  });

  it('never accepts fewer than 8 characters, whatever they are', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 7, unit: 'grapheme-ascii' }), (password) => {
        expect(passwordProblem(password)).not.toBeNull();
      }),
    );
  });
});
