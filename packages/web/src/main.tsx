import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startFirstScreen } from './first-screen';
import { initI18n } from './i18n';
import './styles.css';
import './layout/app.css';

const root = document.getElementById('root');
if (root) {
  startFirstScreen(window.location.pathname, window.location.search);
  await initI18n();
  // A transition lets React render the first screen in slices of a few milliseconds instead of
  // one long task, so a slow phone's main thread stays free for the user's first tap
  // (Lighthouse's Total Blocking Time, issue 11).
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
