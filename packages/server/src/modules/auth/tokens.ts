import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits from the CSPRNG, URL-safe: session ids, CSRF tokens, reset and invite links. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 digest as hex. High-entropy secrets (session ids, tokens, recovery
 * codes) are stored only as digests: a slow hash adds nothing when the input
 * cannot be guessed, and a digest is useless to someone who reads the table.
 */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings (for CSRF tokens and digests). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

// Crockford base32 without I, L, O, U: codes people read aloud or type.
const HUMAN_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A code a person can type, e.g. `7K2M-QF9D-X4`: `length` symbols of 5 bits each, in groups of 4. */
export function humanCode(length: number): string {
  const bytes = randomBytes(length);
  let code = '';
  for (let i = 0; i < length; i++) code += HUMAN_ALPHABET[(bytes[i] ?? 0) % 32];
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** Normalises a typed code: case, spaces and dashes do not matter; I/L read as 1 and O as 0. */
export function normaliseHumanCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}
