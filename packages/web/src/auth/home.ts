import type { Role } from '../api/types';

/** Where each role starts after signing in: the patient app, the clinician panel, or account administration. */
export function homePathFor(role: Role): string {
  switch (role) {
    case 'patient':
      return '/app';
    case 'clinician':
      return '/clinician';
    case 'admin':
      return '/admin/users';
  }
}
