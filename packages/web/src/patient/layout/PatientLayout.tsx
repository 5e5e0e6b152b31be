import { type ReactElement, Suspense, startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { pruneSnapshots } from '../../pwa/offline-store';
import { startOutbox, stopOutbox } from '../../pwa/outbox';
import { registerServiceWorker } from '../../pwa/register';
import { registerPatientTranslations } from '../i18n/register';
import { PatientContext } from '../patient-context';
import { loadPatientSession, type PatientSession } from '../session';
import { PatientNav } from './PatientNav';
import { SyncStatus } from './SyncStatus';
import '../patient.css';

/**
 * The frame of every /app page, inside the shell's header, <main> and footer: the patient
 * navigation, the sync status ("Saved on this phone — will sync") and the page. It finds out
 * who is signed in (or, offline, who last was on this device) and starts the outbox for them.
 */
export function PatientLayout(): ReactElement {
  const { i18n } = useTranslation();
  registerPatientTranslations(i18n);
  const { t } = useTranslation('patient');
  const location = useLocation();
  const [session, setSession] = useState<PatientSession | null>(null);

  useEffect(() => {
    registerServiceWorker();
    void pruneSnapshots().catch(() => undefined);
    void loadPatientSession().then((loaded) => startTransition(() => setSession(loaded)));
  }, []);

  const userId = session?.state === 'signed-in' ? session.user.id : null;
  useEffect(() => {
    if (userId === null) return;
    void startOutbox(userId);
    return stopOutbox;
  }, [userId]);

  if (session === null) {
    return (
      <p className="patient-loading" role="status">
        {t('layout.loading')}
      </p>
    );
  }
  if (session.state === 'signed-out') {
    return <Navigate to="/sign-in" replace state={{ next: location.pathname }} />;
  }
  if (session.user.role !== 'patient') {
    return (
      <div className="card">
        <h1 tabIndex={-1}>{t('layout.patientsOnlyTitle')}</h1>
        <p>{t('layout.patientsOnly')}</p>
      </div>
    );
  }
  return (
    <PatientContext.Provider value={{ user: session.user }}>
      <div className="patient-app">
        <PatientNav />
        <SyncStatus />
        <Suspense
          fallback={
            <p className="patient-loading" role="status">
              {t('layout.loading')}
            </p>
          }
        >
          {/* A new navigation starts the page afresh, even to the same path (a second check-in). */}
          <Outlet key={location.key} />
        </Suspense>
      </div>
    </PatientContext.Provider>
  );
}
