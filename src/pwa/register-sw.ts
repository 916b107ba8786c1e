// Registers the hand-written service worker (public/sw.js) in production builds only.
//
// API
//   registerServiceWorker(options?) → Promise<ServiceWorkerRegistration | undefined>; never rejects.
//     options.onOfflineReady()        the first install finished: the app now works offline.
//     options.onUpdateReady(apply)    a new version (possibly with new guideline rules) is downloaded and
//                                     waiting; call apply() to switch to it (the page reloads once).
//     options.onError(error)          registration failed (the app still works online).
//     options.enabled                 default import.meta.env.PROD: nothing happens in `vite` dev or tests.
//
// In src/main.tsx:  void registerServiceWorker();   (or pass onUpdateReady to show "new version — reload")

export interface RegisterOptions {
  enabled?: boolean;
  onOfflineReady?: () => void;
  onUpdateReady?: (apply: () => void) => void;
  onError?: (error: unknown) => void;
  /** For tests; default globalThis.navigator / globalThis.location. */
  navigator?: Navigator;
  location?: Pick<Location, 'reload'>;
}

export const SW_URL = 'sw.js';

export async function registerServiceWorker(options: RegisterOptions = {}): Promise<ServiceWorkerRegistration | undefined> {
  const enabled = options.enabled ?? import.meta.env.PROD;
  const nav = options.navigator ?? globalThis.navigator;
  if (!enabled || !nav || !('serviceWorker' in nav)) return undefined;
  const container = nav.serviceWorker;
  const base = import.meta.env.BASE_URL ?? '/';
  try {
    const registration = await container.register(`${base}${SW_URL}`, { scope: base });

    let reloading = false;
    const apply = (worker: ServiceWorker) => () => {
      container.addEventListener('controllerchange', () => {
        if (reloading) return;
        reloading = true;
        (options.location ?? globalThis.location).reload();
      });
      worker.postMessage({ type: 'SKIP_WAITING' });
    };

    const watched = new WeakSet<ServiceWorker>();
    const watch = (worker: ServiceWorker) => {
      if (watched.has(worker)) return;
      watched.add(worker);
      worker.addEventListener('statechange', () => {
        if (worker.state !== 'installed') return;
        // With a controller, this is an update waiting for its turn; without, the first install.
        if (container.controller) options.onUpdateReady?.(apply(worker));
        else options.onOfflineReady?.();
      });
    };

    if (registration.waiting && container.controller) options.onUpdateReady?.(apply(registration.waiting));
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', () => {
      if (registration.installing) watch(registration.installing);
    });
    return registration;
  } catch (error) {
    options.onError?.(error);
    return undefined;
  }
}
