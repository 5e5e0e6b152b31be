import { lazy, type ReactElement, Suspense } from 'react';
import type { RouteObject } from 'react-router';

/** Responder analytics' route, added to the shell's router with one line in App.tsx (a lazy chunk). */
const ResponderAnalyticsPage = lazy(() =>
  import('./ResponderAnalyticsPage').then((m) => ({ default: m.ResponderAnalyticsPage })),
);

function Loading(): ReactElement {
  return <p aria-busy="true">…</p>;
}

export const analyticsRoutes: RouteObject[] = [
  {
    path: '/analytics',
    element: (
      <Suspense fallback={<Loading />}>
        <ResponderAnalyticsPage />
      </Suspense>
    ),
  },
];
