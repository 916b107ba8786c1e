// Work the first screen does not need (service worker, rules, the PDF renderer) waits for idle
// time after the page has loaded and painted, so it never competes with the first paint or with
// hydration for the main thread.
//
//   whenIdle(fn) → cancel()     runs fn once the page has loaded and the browser is next idle
//   idle() → Promise<void>      the same as a promise (resolves at once outside a browser: prerender)
//   someoneActs() → Promise<void>  resolves at the first sign of a person on the page: a pointer
//                               moving or pressed, a touch, a key, a wheel, focus moving, a click
//
// Prefetches of code the first screen does not show wait for someoneActs(): a person moves the
// pointer, touches or tabs long before they click, which is time enough to fetch it; a page nobody
// uses (a tab opened in the background, a measuring robot) never pays for it.

/** Longest wait for an idle period once loaded; a busy page still gets the work done. */
const IDLE_TIMEOUT_MS = 4000;

export function whenIdle(fn: () => void): () => void {
  if (typeof window === 'undefined') {
    fn();
    return () => {};
  }
  let idleId: number | undefined;
  let cancelled = false;
  const schedule = () => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') idleId = window.requestIdleCallback(() => fn(), { timeout: IDLE_TIMEOUT_MS });
    else idleId = window.setTimeout(fn, 1);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', schedule);
    if (idleId === undefined) return;
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idleId);
    else window.clearTimeout(idleId);
  };
}

export function idle(): Promise<void> {
  return new Promise((resolve) => void whenIdle(resolve));
}

const SIGNS_OF_A_PERSON = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'focusin', 'click'] as const;
let someoneActed: Promise<void> | undefined;

export function someoneActs(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  someoneActed ??= new Promise<void>((resolve) => {
    const acted = () => {
      for (const type of SIGNS_OF_A_PERSON) window.removeEventListener(type, acted, true);
      resolve();
    };
    for (const type of SIGNS_OF_A_PERSON) window.addEventListener(type, acted, { capture: true, passive: true });
  });
  return someoneActed;
}
