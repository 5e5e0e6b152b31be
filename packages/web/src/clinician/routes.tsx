import { lazy, type ReactElement, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { startStartupRead } from '../api/startup-reads';

/**
 * The clinician workspace's routes (and the patient's /messages page), added to
 * the shell's router with one line in App.tsx. Pages are lazy chunks, so
 * patients never download the workspace.
 */
const loadClinicianLayout = () => import('./ClinicianLayout');
const loadPanelPage = () => import('./PanelPage');
const ClinicianLayout = lazy(() => loadClinicianLayout().then((m) => ({ default: m.ClinicianLayout })));
const PanelPage = lazy(() => loadPanelPage().then((m) => ({ default: m.PanelPage })));
const InvitesPage = lazy(() => import('./InvitesPage').then((m) => ({ default: m.InvitesPage })));
const RecordLayout = lazy(() => import('./record/RecordLayout').then((m) => ({ default: m.RecordLayout })));
const SummaryTab = lazy(() => import('./record/SummaryTab').then((m) => ({ default: m.SummaryTab })));
const PromsTab = lazy(() => import('./record/HistoryTabs').then((m) => ({ default: m.PromsTab })));
const DiaryTab = lazy(() => import('./record/HistoryTabs').then((m) => ({ default: m.DiaryTab })));
const SessionsTab = lazy(() => import('./record/HistoryTabs').then((m) => ({ default: m.SessionsTab })));
const DecisionsTab = lazy(() => import('./record/DecisionsTab').then((m) => ({ default: m.DecisionsTab })));
const PlanTab = lazy(() => import('./record/PlanTab').then((m) => ({ default: m.PlanTab })));
const MedicationsTab = lazy(() =>
  import('./record/MedicationsTab').then((m) => ({ default: m.MedicationsTab })),
);
const MessagesTab = lazy(() => import('./record/MessagesTab').then((m) => ({ default: m.MessagesTab })));
const NotesTab = lazy(() => import('./record/NotesTab').then((m) => ({ default: m.NotesTab })));
const PatientMessagesPage = lazy(() =>
  import('../messages/PatientMessagesPage').then((m) => ({ default: m.PatientMessagesPage })),
);

/**
 * Called before React renders when the app opens on a /clinician page: starts the workspace's
 * code, and on /clinician itself the panel's code and its read (the same query PanelPage sends),
 * instead of waiting for the router to ask.
 */
export function startClinicianFirstScreen(pathname: string, search: string): void {
  if (pathname !== '/clinician' && !pathname.startsWith('/clinician/')) return;
  void loadClinicianLayout().catch(() => undefined);
  if (pathname === '/clinician' || pathname === '/clinician/') {
    void loadPanelPage().catch(() => undefined);
    startStartupRead(`/api/v1/clinician/panel?${new URLSearchParams(search).toString()}`);
  }
}

function Loading(): ReactElement {
  return <p aria-busy="true">…</p>;
}

const lazyPage = (page: ReactElement) => <Suspense fallback={<Loading />}>{page}</Suspense>;

export const clinicianRoutes: RouteObject[] = [
  {
    path: '/clinician',
    element: lazyPage(<ClinicianLayout />),
    children: [
      { index: true, element: <PanelPage /> },
      { path: 'invites', element: <InvitesPage /> },
      {
        path: 'patients/:patientId',
        element: <RecordLayout />,
        children: [
          { index: true, element: <SummaryTab /> },
          { path: 'proms', element: <PromsTab /> },
          { path: 'diary', element: <DiaryTab /> },
          { path: 'sessions', element: <SessionsTab /> },
          { path: 'decisions', element: <DecisionsTab /> },
          { path: 'plan', element: <PlanTab /> },
          { path: 'medications', element: <MedicationsTab /> },
          { path: 'messages', element: <MessagesTab /> },
          { path: 'notes', element: <NotesTab /> },
        ],
      },
    ],
  },
  { path: '/messages', element: lazyPage(<PatientMessagesPage />) },
];
