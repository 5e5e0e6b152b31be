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
  // End the task that ran the modules before i18n and React start, so a slow phone gets two
  // shorter tasks instead of one long one (Total Blocking Time, docs/performance.md).
  await new Promise((resolve) => setTimeout(resolve, 0));
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
