import { hash, verify } from '@node-rs/argon2';

/**
 * Password hashing behind an interface so services never import the library
 * and tests can choose cheaper parameters. Always call it outside a database
 * transaction: a hash takes tens of milliseconds and would hold locks.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

export interface Argon2Parameters {
  /** KiB of memory per hash. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/**
 * argon2id with OWASP's Password Storage Cheat Sheet minimum (m=19 MiB, t=2,
 * p=1), which is also @node-rs/argon2's default algorithm and cost.
 */
export const OWASP_ARGON2ID: Argon2Parameters = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function createArgon2Hasher(parameters: Argon2Parameters = OWASP_ARGON2ID): PasswordHasher {
  return {
    hash: (password) => hash(password, parameters),
    async verify(passwordHash, password) {
      try {
        return await verify(passwordHash, password);
      } catch {
        // A malformed stored hash is a failed check, never a crash.
        return false;
      }
    },
  };
}
