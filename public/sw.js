/* RPL Workup service worker — hand-written (no Workbox, no vite-plugin-pwa).
 *
 * What it does
 *   install   precaches every file of the build (the list and a content hash are written into this
 *             file at build time by scripts/precache-manifest-plugin.ts), including the lazily loaded
 *             jsPDF and font chunks, so after one visit the app loads, walks a case and exports every
 *             PDF offline. If any file fails to download, the install fails and is retried next visit.
 *   activate  takes control of open pages and deletes the caches of older builds except the one just
 *             before this: a tab still running that build may yet lazy-load one of its chunks (the
 *             PDF export, the workspace), and every cache is searched for a request. A tab two
 *             updates behind that misses a chunk is offered a reload that keeps its case.
 *   fetch     same-origin GET only; other origins are never touched (the CSP forbids them anyway).
 *             - page loads: network first (so an online user always gets the newest rules), falling
 *               back to the cached app shell when offline or when the network is slower than 4 s;
 *             - everything else: cache first, then network (a successful response is cached).
 *   message   {type: 'SKIP_WAITING'} from src/pwa/register-sw.ts activates a waiting update.
 *
 * Privacy: it caches only the app's own files. It never caches or sees case data (case data lives
 * in localStorage and in files the user saves), and it makes no request the page did not make,
 * apart from precaching the app's own files.
 */
/* eslint-env serviceworker */

// Replaced at build time by {"version": "<hash>", "files": ["index.html", "assets/…", …]}.
const PRECACHE = '__RPL_WORKUP_PRECACHE_MANIFEST__';

const CACHE_PREFIX = 'rpl-workup-';
const MANIFEST = typeof PRECACHE === 'object' && PRECACHE !== null ? PRECACHE : { version: 'unversioned', files: ['index.html'] }; // not built by Vite (dev): shell only, the rest is cached as used
const CACHE = `${CACHE_PREFIX}${MANIFEST.version}`;
const SHELL = 'index.html';
const NAVIGATION_TIMEOUT_MS = 4000;
// Servers send `Vary: Origin`; module scripts (crossorigin) carry an Origin header and the precache
// requests do not, so matching must ignore Vary or every script would miss the cache offline.
const MATCH = { ignoreVary: true };

function scoped(path) {
  return new URL(path, self.registration.scope).href;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // cache: 'reload' skips the HTTP cache, so a stale file can never be precached under a new version.
      await cache.addAll(MANIFEST.files.map((file) => new Request(scoped(file), { cache: 'reload' })));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // caches.keys() lists caches in the order they were created: the last older one is the previous build.
      const older = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
      await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

async function cachedShell() {
  const cache = await caches.open(CACHE);
  return (await cache.match(scoped(SHELL), MATCH)) || (await caches.match(scoped(SHELL), MATCH));
}

async function navigation(request) {
  const network = fetch(request);
  network.catch(() => undefined); // if the shell answers first, a later network failure is not an error
  const timeout = new Promise((resolve) => setTimeout(resolve, NAVIGATION_TIMEOUT_MS, 'timeout'));
  try {
    const response = await Promise.race([network, timeout]);
    if (response !== 'timeout') return response;
  } catch {
    // offline or the server is down: use the cached shell
  }
  const shell = await cachedShell();
  if (shell) return shell;
  return network; // nothing cached yet: wait for the network after all (may reject: the browser shows its offline page)
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = (await cache.match(request, MATCH)) || (await caches.match(request, MATCH));
  if (hit) return hit;
  const response = await fetch(request);
  // A missing file answered with the app's page (a server's single-page fallback) is not that file: never cache it.
  const pageForAFile = (response.headers.get('content-type') || '').includes('text/html') && !request.url.endsWith('.html');
  if (response.ok && response.type === 'basic' && !request.headers.has('range') && !pageForAFile) {
    await cache.put(request, response.clone()).catch(() => undefined); // a full cache must not break the page
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});
