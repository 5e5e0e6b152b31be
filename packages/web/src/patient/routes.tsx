import { lazy, type ReactElement, Suspense } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { startStartupRead } from '../api/startup-reads';
import { localDay } from './dates';
import { todayPath } from './today/today-path';

/**
 * The patient app's routes, added to the shell's router with one line in App.tsx. Every page
 * is its own lazily loaded chunk, so the first screen downloads only the layout and Today
 * (scripts/bundle-budget.mjs measures exactly that against the 200 KB budget).
 */
const loadPatientLayout = () => import('./layout/PatientLayout');
const loadTodayPage = () => import('./today/TodayPage');
const PatientLayout = lazy(() => loadPatientLayout().then((m) => ({ default: m.PatientLayout })));
const TodayPage = lazy(() => loadTodayPage().then((m) => ({ default: m.TodayPage })));
const CheckInPage = lazy(() => import('./today/CheckInPage').then((m) => ({ default: m.CheckInPage })));
const FlarePage = lazy(() => import('./today/FlarePage').then((m) => ({ default: m.FlarePage })));
const SessionPlayer = lazy(() =>
  import('./session/SessionPlayer').then((m) => ({ default: m.SessionPlayer })),
);
const WelcomePage = lazy(() => import('./intake/WelcomePage').then((m) => ({ default: m.WelcomePage })));
const IntakeWizard = lazy(() => import('./intake/IntakeWizard').then((m) => ({ default: m.IntakeWizard })));
const MeasurePage = lazy(() => import('./measures/MeasurePage').then((m) => ({ default: m.MeasurePage })));
const ProgressPage = lazy(() => import('./progress/ProgressPage').then((m) => ({ default: m.ProgressPage })));
const LearnPage = lazy(() => import('./learn/LearnPage').then((m) => ({ default: m.LearnPage })));
const LessonPage = lazy(() => import('./learn/LessonPage').then((m) => ({ default: m.LessonPage })));
const RelaxationPage = lazy(() =>
  import('./learn/RelaxationPage').then((m) => ({ default: m.RelaxationPage })),
);
const GoalsPage = lazy(() => import('./goals/GoalsPage').then((m) => ({ default: m.GoalsPage })));
const MedicationsPage = lazy(() =>
  import('./medications/MedicationsPage').then((m) => ({ default: m.MedicationsPage })),
);
const RemindersPage = lazy(() =>
  import('./reminders/RemindersPage').then((m) => ({ default: m.RemindersPage })),
);
const ReportPage = lazy(() => import('./report/ReportPage').then((m) => ({ default: m.ReportPage })));

/** Whether a path belongs to the patient app. */
export function isPatientPath(pathname: string): boolean {
  return pathname === '/app' || pathname.startsWith('/app/');
}

/**
 * Called before React renders when the app opens on an /app page: starts the layout's and
 * Today's code and the reads they make (who is signed in, asked by the shell and by the
 * patient layout, and today's plan), all at once instead of one after another.
 */
export function startPatientFirstScreen(pathname: string): void {
  void loadPatientLayout().catch(() => undefined);
  startStartupRead('/api/v1/auth/me', 2);
  if (pathname === '/app' || pathname === '/app/' || pathname === '/app/today') {
    void loadTodayPage().catch(() => undefined);
    startStartupRead(todayPath(localDay()));
  }
}

function LayoutLoading(): ReactElement {
  return <p aria-busy="true">…</p>;
}

export const patientRoutes: RouteObject[] = [
  {
    path: '/app',
    element: (
      <Suspense fallback={<LayoutLoading />}>
        <PatientLayout />
      </Suspense>
    ),
    children: [
      { index: true, element: <Navigate to="/app/today" replace /> },
      { path: 'today', element: <TodayPage /> },
      { path: 'check-in', element: <CheckInPage /> },
      { path: 'session', element: <SessionPlayer /> },
      { path: 'flare', element: <FlarePage /> },
      { path: 'welcome', element: <WelcomePage /> },
      { path: 'intake', element: <IntakeWizard /> },
      { path: 'measures/:id', element: <MeasurePage /> },
      { path: 'progress', element: <ProgressPage /> },
      { path: 'learn', element: <LearnPage /> },
      { path: 'learn/lessons/:id', element: <LessonPage /> },
      { path: 'learn/relaxation/:id', element: <RelaxationPage /> },
      { path: 'goals', element: <GoalsPage /> },
      { path: 'medications', element: <MedicationsPage /> },
      { path: 'reminders', element: <RemindersPage /> },
      { path: 'report', element: <ReportPage /> },
    ],
  },
];
