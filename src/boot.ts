// The browser entry named in index.html: starts the app once the page has painted. The built
// index.html already holds the prerendered start screen (scripts/prerender-plugin.ts), so nothing
// the app's code does is needed for the first paint: its download and evaluation start after it,
// never on its path. The dev server serves an empty root, so there the app starts at once.
//
// Someone may act on the painted screen before React has hydrated it: press "Start", a button, or
// choose a case file. Such an action starts the app at once, is held (a form is not sent: the CSP
// forbids it, and nothing would answer), and is done again once the app has hydrated
// (src/main.tsx dispatches HYDRATED), so no early action is lost.
import { HYDRATED } from './hydrated.ts';

/** If the page is never reported painted (a hidden tab, a browser without paint timing), start anyway. */
const START_AFTER_MS = 1000;

let started = false;
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
/**
 * React DOM, then the saved data (the store reads this device's storage as it is created), then the
 * app, each evaluated in a task of its own: three shorter tasks rather than one long one.
 */
function start() {
  if (started) return;
  started = true;
  void import('react-dom/client')
    .then(nextTask)
    .then(() => import('./store/app-store.ts'))
    .then(nextTask)
    .then(() => import('./main.tsx'));
}

const held: (() => void)[] = [];
function hold(event: Event) {
  const target = event.target;
  if (event.type === 'submit' && target instanceof HTMLFormElement) {
    event.preventDefault();
    const submitter = (event as SubmitEvent).submitter;
    held.push(() => target.isConnected && target.requestSubmit(submitter instanceof HTMLButtonElement && submitter.form === target ? submitter : null));
  } else if (event.type === 'click' && target instanceof Element) {
    const button = target.closest('button');
    if (button && button.type !== 'submit') held.push(() => button.isConnected && button.click());
  } else if (event.type === 'change' && target instanceof HTMLInputElement && target.type === 'file') {
    held.push(() => target.isConnected && target.dispatchEvent(new Event('change', { bubbles: true })));
  } else return;
  start();
}

const EARLY = ['submit', 'click', 'change'] as const;
for (const type of EARLY) document.addEventListener(type, hold, true);
window.addEventListener(
  HYDRATED,
  () => {
    for (const type of EARLY) document.removeEventListener(type, hold, true);
    for (const again of held.splice(0)) again();
  },
  { once: true },
);

const root = document.getElementById('root');
if (!root?.hasChildNodes() || performance.getEntriesByType('paint').length > 0) start();
else {
  // A paint entry is delivered once its frame has been presented, so the app's requests start after it.
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) new PerformanceObserver(start).observe({ type: 'paint' });
  setTimeout(start, START_AFTER_MS);
}
