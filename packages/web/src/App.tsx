import type { ReactElement } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AdminUsersPage } from './admin/AdminUsersPage';
import { analyticsRoutes } from './analytics/routes';
import { AccountPage } from './auth/AccountPage';
import { AuthProvider } from './auth/AuthContext';
import { JoinPage } from './auth/JoinPage';
import { ForgotPasswordPage, ResetPasswordPage } from './auth/PasswordResetPages';
import { SignInPage } from './auth/SignInPage';
import { SignUpPage } from './auth/SignUpPage';
import { TwoStepPage } from './auth/TwoStepPage';
import { clinicianRoutes } from './clinician/routes';
import { Landing } from './Landing';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';
import { patientRoutes } from './patient/routes';

/**
 * Every page of the web app. The server answers unknown paths with index.html, so these all load
 * directly. The landing page is public and static: it does not ask the server who is signed in.
 */
const router = createBrowserRouter([
  { path: '/', element: <Landing /> },
  {
    element: (
      <AuthProvider>
        <Layout />
      </AuthProvider>
    ),
    children: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/sign-up', element: <SignUpPage /> },
      { path: '/join', element: <JoinPage /> },
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/account', element: <AccountPage /> },
      { path: '/account/two-step', element: <TwoStepPage /> },
      { path: '/admin/users', element: <AdminUsersPage /> },
      ...patientRoutes,
      ...clinicianRoutes,
      ...analyticsRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App(): ReactElement {
  return <RouterProvider router={router} />;
}
