/**
 * Registers the service worker (sw.ts, built to /sw.js) once the page has loaded, so
 * precaching never competes with the first screen. Only in production builds: Vite's dev
 * server has no /sw.js. Errors are ignored: the app works without a worker, just not offline.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Resolves when a service worker controls this page (used by tests and the offline notice). */
export async function serviceWorkerReady(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  await navigator.serviceWorker.ready;
  return true;
}
