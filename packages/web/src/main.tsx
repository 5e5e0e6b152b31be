import { StrictMode } from 'react';
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
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
