import { startStartupRead } from './api/startup-reads';
import { startClinicianFirstScreen } from './clinician/routes';
import { isPatientPath, startPatientFirstScreen } from './patient/routes';

/**
 * Starts the code and the reads the page the app opens on will ask for, before i18n and React
 * start, so they load in parallel with the start-up instead of one request after another.
 * The landing page is static and asks the server nothing.
 */
export function startFirstScreen(pathname: string, search: string): void {
  if (pathname === '/') return;
  if (isPatientPath(pathname)) {
    startPatientFirstScreen(pathname);
    return;
  }
  // The shell's AuthProvider asks who is signed in on every other page.
  startStartupRead('/api/v1/auth/me');
  startClinicianFirstScreen(pathname, search);
}
