import { humanCode, normaliseHumanCode, randomToken, sha256Hex } from '../auth/tokens';

/**
 * Two ways to accept one invite: a 12-symbol code a clinician can read out
 * (60 bits; guessing is throttled per account) and a link token (256 bits)
 * carried in the URL fragment, which browsers never send to a server, so it
 * cannot end up in access logs.
 */
export interface InviteSecrets {
  readonly code: string;
  readonly token: string;
  readonly codeHash: string;
  readonly tokenHash: string;
}

export function newInviteSecrets(): InviteSecrets {
  const code = humanCode(12);
  const token = randomToken();
  return { code, token, codeHash: hashInviteCode(code), tokenHash: sha256Hex(token) };
}

export function hashInviteCode(typed: string): string {
  return sha256Hex(`invite-code:${normaliseHumanCode(typed)}`);
}

export function hashInviteToken(token: string): string {
  return sha256Hex(token);
}

export function inviteLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/join#token=${token}`;
}

export type InviteReference = { readonly code: string } | { readonly token: string };

export function inviteLookup(ref: InviteReference): { codeHash: string } | { tokenHash: string } {
  return 'code' in ref ? { codeHash: hashInviteCode(ref.code) } : { tokenHash: hashInviteToken(ref.token) };
}
