// The browser entry named in index.html: starts the app once the page has painted. The built index.html already holds the prerendered start screen
// (scripts/prerender-plugin.ts), so nothing the app's code does is needed for the first paint: its
// download and evaluation start after it, never on its path. The dev server serves an empty root,
// so there the app starts at once.
/** If the page is never reported painted (a hidden tab, a browser without paint timing), start anyway. */
const START_AFTER_MS = 1000;

let started = false;
/** React DOM first, then the app in a later task: two shorter tasks rather than one long one. */
function start() {
  if (started) return;
  started = true;
  void import('react-dom/client').then(() => new Promise((resolve) => setTimeout(resolve))).then(() => import('./main.tsx'));
}

const root = document.getElementById('root');
if (!root?.hasChildNodes() || performance.getEntriesByType('paint').length > 0) start();
else {
  // A paint entry is delivered once its frame has been presented, so the app's requests start after it.
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) new PerformanceObserver(start).observe({ type: 'paint' });
  setTimeout(start, START_AFTER_MS);
}
