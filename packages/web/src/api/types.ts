/** Shapes of the server JSON responses (the route schemas in packages/server/src/modules). */
export type Role = 'patient' | 'clinician' | 'admin';
export type SecondFactorState = 'not-required' | 'pending' | 'done' | 'enrolment-required';

export interface User {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly language: string;
  readonly totpEnabled: boolean;
  readonly secondFactor: SecondFactorState;
  readonly patient: { readonly id: string; readonly orgId: string } | null;
  readonly staffOrgIds: readonly string[];
}

export interface SessionResponse {
  readonly user: User;
}

export interface Sharing {
  readonly organisation: { readonly id: string; readonly name: string; readonly kind: 'clinic' | 'personal' };
  readonly sharing: 'active' | 'revoked' | 'not-shared';
  readonly people: readonly {
    readonly displayName: string;
    readonly role: 'clinician' | 'admin';
    readonly canOpenRecord: boolean;
  }[];
}

export interface AccessEvent {
  readonly at: string;
  readonly action: string;
  readonly resource: string;
  readonly outcome: string;
  readonly actor: {
    readonly kind: 'you' | 'person' | 'deleted-account';
    readonly displayName: string | null;
    readonly role: string | null;
  };
}

export interface AdminUser {
  readonly id: string;
  readonly orgId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly totpEnabled: boolean;
  readonly createdAt: string;
}

export interface Invite {
  readonly id: string;
  readonly code: string;
  readonly link: string;
  readonly expiresAt: string;
}
