import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { HYDRATED } from './hydrated.ts';
import { appUpdates } from './app/layout/update-banner.tsx';
import { whenIdle } from './pwa/idle.ts';
import { registerServiceWorker } from './pwa/register-sw.ts';

/** Tells src/boot.ts that the screen is live (its effect runs after the hydration commit). */
function Hydrated() {
  useEffect(() => void window.dispatchEvent(new Event(HYDRATED)), []);
  return null;
}

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
    <Hydrated />
  </StrictMode>
);
// Started by src/boot.ts once the page has painted. The built index.html holds the prerendered start
// screen (scripts/prerender-plugin.ts): hydrate it,
// in a transition so that React yields to the browser while it hydrates (no long task; clicks are
// answered first). The dev server serves the empty shell, so there the app renders from scratch.
if (container.hasChildNodes()) startTransition(() => void hydrateRoot(container, app));
else createRoot(container).render(app);

// Production builds only (register-sw checks): works offline, and offers new versions when ready.
// Not needed for the first screen, so it waits for idle time after the page has painted.
whenIdle(() => void registerServiceWorker({ onUpdateReady: appUpdates.updateReady, onOfflineReady: appUpdates.offlineReady }));
