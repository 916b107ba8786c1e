// Must be first: zod's jitless mode, so no schema ever probes for eval under the strict CSP.
import './pwa/zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { appUpdates } from './app/layout/update-banner.tsx';
import { registerServiceWorker } from './pwa/register-sw.ts';
import './styles/app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Production builds only (register-sw checks): works offline, and offers new versions when ready.
void registerServiceWorker({ onUpdateReady: appUpdates.updateReady, onOfflineReady: appUpdates.offlineReady });
