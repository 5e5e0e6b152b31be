import { clearSnapshots } from '../pwa/offline-store';
import { ApiError, apiJson, NetworkError } from './api/http';

/**
 * Who is using the patient app. Read from the server when online; when the app opens with no
 * connection, the last person who signed in on this device is used, so their cached plan and
 * unsent check-ins are still there (the outbox and snapshots are keyed by this id).
 */
export interface PatientIdentity {
  readonly id: string;
  readonly displayName: string;
  readonly role: 'patient' | 'clinician' | 'admin';
  readonly language: string;
}

const LAST_USER_KEY = 'backplan.patient.lastUser';

interface MeResponse {
  readonly user: PatientIdentity;
}

function rememberedUser(): PatientIdentity | null {
  try {
    const text = localStorage.getItem(LAST_USER_KEY);
    return text ? (JSON.parse(text) as PatientIdentity) : null;
  } catch {
    return null;
  }
}

export type PatientSession =
  | { readonly state: 'signed-in'; readonly user: PatientIdentity; readonly offline: boolean }
  | { readonly state: 'signed-out' };

export async function loadPatientSession(): Promise<PatientSession> {
  try {
    const { user } = await apiJson<MeResponse>('GET', '/api/v1/auth/me');
    const { id, displayName, role, language } = user;
    localStorage.setItem(LAST_USER_KEY, JSON.stringify({ id, displayName, role, language }));
    return { state: 'signed-in', user: { id, displayName, role, language }, offline: false };
  } catch (error) {
    if (error instanceof NetworkError) {
      const remembered = rememberedUser();
      if (remembered) return { state: 'signed-in', user: remembered, offline: true };
    }
    if (error instanceof ApiError && error.status === 401) {
      // Signed out: forget who was here and their cached reads. Unsent writes stay in the outbox.
      const previous = rememberedUser();
      localStorage.removeItem(LAST_USER_KEY);
      if (previous) await clearSnapshots(previous.id).catch(() => undefined);
    }
    return { state: 'signed-out' };
  }
}
