import { readFileSync } from 'node:fs';

/**
 * NIST SP 800-63B §3.1.1.2 (rev. 4: §5.1.1.2): at least 8 characters (15 for
 * admins, as the guideline asks of privileged accounts), at least 64 allowed,
 * every printable character and space allowed, no composition rules, and a
 * check against commonly used passwords and context words.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const ADMIN_PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

let commonPasswords: ReadonlySet<string> | undefined;

/** The bundled list (see common-passwords/README.md), loaded once. */
export function commonPasswordList(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('./common-passwords/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.length > 0),
  );
  return commonPasswords;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_context' | 'repetitive';

export interface PasswordContext {
  readonly email?: string;
  readonly displayName?: string;
  readonly minLength?: number;
}

/** Counts characters the way a person does (code points), as NIST asks. */
function length(value: string): number {
  return [...value].length;
}

/** Returns the first rule the password breaks, or null when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): PasswordProblem | null {
  const min = context.minLength ?? PASSWORD_MIN_LENGTH;
  const n = length(password);
  if (n < min) return 'too_short';
  if (n > PASSWORD_MAX_LENGTH) return 'too_long';
  const lowered = password.toLowerCase();
  if (commonPasswordList().has(lowered)) return 'common';
  if (/^(.)\1+$/u.test(password)) return 'repetitive';
  const localPart = context.email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lowered.includes(localPart)) return 'contains_context';
  if (lowered.includes('backplan')) return 'contains_context';
  return null;
}

/** Plain-language explanations, shown under the password field. */
export function describePasswordProblem(problem: PasswordProblem, minLength = PASSWORD_MIN_LENGTH): string {
  switch (problem) {
    case 'too_short':
      return `Use at least ${minLength} characters. A few words together make a strong, memorable password.`;
    case 'too_long':
      return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
    case 'common':
      return 'This password is on a list of commonly used passwords. Choose something less predictable.';
    case 'repetitive':
      return 'Do not repeat a single character. Choose something less predictable.';
    case 'contains_context':
      return 'Do not use your email address or the name of this service in your password.';
  }
}
