// public/sw.js run in a simulated service-worker global (node:vm with fake caches and fetch):
// precache on install, old caches dropped on activate, cache-first assets, network-first pages with
// the cached shell offline, other origins and non-GET requests untouched.
// The real-browser check (Chromium offline reload + lazy PDF chunk) is described in docs/clinical-safety.md.
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER } from '../../scripts/precache-manifest-plugin.ts';

const ORIGIN = 'https://rpl.example';
const SCOPE = `${ORIGIN}/app/`;
const SOURCE = readFileSync(new URL('../../public/sw.js', import.meta.url), 'utf8');

type Req = { url: string; method: string; mode: string; headers: Headers; cache?: string };
const keyOf = (r: string | Req | Request) => (typeof r === 'string' ? r : r.url);

class FakeCache {
  readonly map = new Map<string, Response>();
  constructor(private readonly fetcher: (r: Req | Request) => Promise<Response>) {}
  async match(r: string | Req) {
    return this.map.get(keyOf(r))?.clone();
  }
  async put(r: string | Req, res: Response) {
    this.map.set(keyOf(r), res);
  }
  async keys() {
    return [...this.map.keys()];
  }
  async addAll(requests: Request[]) {
    const got: [string, Response][] = [];
    for (const r of requests) {
      const res = await this.fetcher(r);
      if (!res.ok) throw new TypeError(`${r.url} answered ${res.status}`);
      got.push([r.url, res]);
    }
    for (const [k, v] of got) this.map.set(k, v); // all or nothing, like the real addAll
  }
}

function basic(body: string, status = 200): Response {
  const res = new Response(body, { status });
  Object.defineProperty(res, 'type', { value: 'basic' });
  return res;
}

function load(manifest?: { version: string; files: string[] }) {
  const server = new Map<string, string>();
  let online = true;
  let hang = false;
  const fetched: Req[] = [];
  const fetcher = vi.fn(async (r: Req | Request) => {
    fetched.push(r as Req);
    if (!online) throw new TypeError('Failed to fetch');
    if (hang && (r as Req).mode === 'navigate') return new Promise<Response>(() => undefined);
    const body = server.get(r.url);
    return body === undefined ? basic('not found', 404) : basic(body);
  });
  const stores = new Map<string, FakeCache>();
  const caches = {
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new FakeCache(fetcher));
      return stores.get(name)!;
    },
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (r: string | Req) => {
      for (const c of stores.values()) {
        const hit = await c.match(r);
        if (hit) return hit;
      }
      return undefined;
    },
  };
  const listeners = new Map<string, ((e: unknown) => void)[]>();
  const self = {
    registration: { scope: SCOPE },
    location: new URL(`${SCOPE}sw.js`),
    clients: { claim: vi.fn(async () => undefined) },
    skipWaiting: vi.fn(),
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      listeners.set(type, [...(listeners.get(type) ?? []), fn]);
    },
  };
  const code = manifest ? SOURCE.replace(PLACEHOLDER, JSON.stringify(manifest)) : SOURCE;
  const fastTimeout = (fn: (...a: unknown[]) => void, _ms: number, ...args: unknown[]) => setTimeout(fn, 20, ...args);
  runInContext(code, createContext({ self, caches, fetch: fetcher, Request, Response, URL, Promise, setTimeout: fastTimeout, console }));

  async function extendable(type: string, extra: object = {}) {
    const waits: Promise<unknown>[] = [];
    for (const fn of listeners.get(type) ?? []) fn({ waitUntil: (p: Promise<unknown>) => waits.push(p), ...extra });
    await Promise.all(waits);
  }
  async function request(path: string, init: Partial<Req> = {}): Promise<Response | undefined> {
    const req: Req = { url: new URL(path, SCOPE).href, method: 'GET', mode: 'cors', headers: new Headers(), ...init };
    let answer: Promise<Response> | undefined;
    for (const fn of listeners.get('fetch') ?? [])
      fn({
        request: req,
        respondWith: (p: Promise<Response>) => {
          answer = p;
        },
      });
    return answer;
  }
  return {
    self,
    stores,
    server,
    fetched,
    fetcher,
    extendable,
    request,
    setOnline: (v: boolean) => {
      online = v;
    },
    setHang: (v: boolean) => {
      hang = v;
    },
    message: (data: unknown) => {
      for (const fn of listeners.get('message') ?? []) fn({ data });
    },
  };
}

const MANIFEST = { version: 'abc123', files: ['index.html', 'assets/index-1.js', 'assets/jspdf.es.min-2.js', 'assets/font-3.js', 'manifest.webmanifest'] };
function serveAll(sw: ReturnType<typeof load>) {
  for (const f of MANIFEST.files) sw.server.set(new URL(f, SCOPE).href, `content of ${f}`);
}

describe('service worker', () => {
  it('install precaches every listed file, bypassing the HTTP cache, under the build version', async () => {
    const sw = load(MANIFEST);
    serveAll(sw);
    await sw.extendable('install');
    expect([...sw.stores.keys()]).toEqual(['rpl-workup-abc123']);
    expect(await sw.stores.get('rpl-workup-abc123')!.keys()).toEqual(MANIFEST.files.map((f) => new URL(f, SCOPE).href));
    expect(sw.fetched.every((r) => r.cache === 'reload')).toBe(true);
  });

  it('install fails (and is retried next visit) if any file cannot be fetched: no half cache', async () => {
    const sw = load(MANIFEST);
    serveAll(sw);
    sw.server.delete(new URL('assets/font-3.js', SCOPE).href);
    await expect(sw.extendable('install')).rejects.toThrow(/404/);
    expect(await sw.stores.get('rpl-workup-abc123')!.keys()).toEqual([]);
  });

  it('without a build-time list (dev), only the shell is precached', async () => {
    const sw = load();
    sw.server.set(`${SCOPE}index.html`, 'shell');
    await sw.extendable('install');
    expect([...sw.stores.keys()]).toEqual(['rpl-workup-unversioned']);
    expect(await sw.stores.get('rpl-workup-unversioned')!.keys()).toEqual([`${SCOPE}index.html`]);
  });

  it("activate keeps the previous build's cache (an open tab may still need it), deletes older ones, keeps other caches, and takes control", async () => {
    const sw = load(MANIFEST);
    sw.stores.set('rpl-workup-oldest', new FakeCache(sw.fetcher));
    sw.stores.set('someone-else', new FakeCache(sw.fetcher));
    sw.stores.set('rpl-workup-previous', new FakeCache(sw.fetcher));
    serveAll(sw);
    await sw.extendable('install');
    await sw.extendable('activate');
    expect([...sw.stores.keys()].sort()).toEqual(['rpl-workup-abc123', 'rpl-workup-previous', 'someone-else']);
    expect(sw.self.clients.claim).toHaveBeenCalled();
  });

  it('after an update, a tab of the previous build still gets its lazily loaded chunk though the server no longer has it', async () => {
    const sw = load(MANIFEST);
    serveAll(sw);
    const previous = new FakeCache(sw.fetcher);
    await previous.put(new URL('assets/export-old.js', SCOPE).href, basic('old export chunk'));
    sw.stores.set('rpl-workup-previous', previous);
    await sw.extendable('install');
    await sw.extendable('activate');
    expect(await (await sw.request('assets/export-old.js'))!.text()).toBe('old export chunk');
  });

  it("a server's page answered for a missing file is passed on but never cached as that file", async () => {
    const sw = load(MANIFEST);
    sw.fetcher.mockImplementationOnce(async () => {
      const res = new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } });
      Object.defineProperty(res, 'type', { value: 'basic' });
      return res;
    });
    expect(await (await sw.request('assets/gone.js'))!.text()).toBe('<!doctype html>');
    for (const cache of sw.stores.values()) expect(await cache.match(new URL('assets/gone.js', SCOPE).href)).toBeUndefined();
  });

  it('offline after one visit: the page, the app and the lazily loaded PDF chunks all come from the cache', async () => {
    const sw = load(MANIFEST);
    serveAll(sw);
    await sw.extendable('install');
    await sw.extendable('activate');
    sw.setOnline(false);
    const page = await sw.request('./', { mode: 'navigate' });
    expect(await page!.text()).toBe('content of index.html');
    const deep = await sw.request('./some/route?x=1', { mode: 'navigate' });
    expect(await deep!.text()).toBe('content of index.html');
    for (const f of ['assets/index-1.js', 'assets/jspdf.es.min-2.js', 'assets/font-3.js']) {
      expect(await (await sw.request(f))!.text()).toBe(`content of ${f}`);
    }
  });

  it('online, the page comes from the network (newest rules), and assets are cache first', async () => {
    const sw = load(MANIFEST);
    serveAll(sw);
    await sw.extendable('install');
    sw.server.set(`${SCOPE}`, 'fresh page');
    sw.fetched.length = 0;
    expect(await (await sw.request('./', { mode: 'navigate' }))!.text()).toBe('fresh page');
    expect(await (await sw.request('assets/index-1.js'))!.text()).toBe('content of assets/index-1.js');
    expect(sw.fetched.map((r) => r.url)).toEqual([SCOPE]);
  });

  it('a page load slower than the timeout falls back to the cached shell', async () => {
    const sw = load(MANIFEST);
    serveAll(sw);
    await sw.extendable('install');
    sw.setHang(true);
    expect(await (await sw.request('./', { mode: 'navigate' }))!.text()).toBe('content of index.html');
  });

  it('a same-origin file missing from the cache is fetched and then kept', async () => {
    const sw = load(MANIFEST);
    serveAll(sw);
    await sw.extendable('install');
    sw.server.set(`${SCOPE}assets/late.js`, 'late');
    expect(await (await sw.request('assets/late.js'))!.text()).toBe('late');
    sw.setOnline(false);
    expect(await (await sw.request('assets/late.js'))!.text()).toBe('late');
  });

  it('never touches other origins or non-GET requests', async () => {
    const sw = load(MANIFEST);
    expect(await sw.request('https://cdn.example/lib.js')).toBeUndefined();
    expect(await sw.request('https://evil.example/', { mode: 'navigate' })).toBeUndefined();
    expect(await sw.request('./api', { method: 'POST' })).toBeUndefined();
  });

  it('SKIP_WAITING activates a waiting update; other messages do nothing', () => {
    const sw = load(MANIFEST);
    sw.message({ type: 'hello' });
    expect(sw.self.skipWaiting).not.toHaveBeenCalled();
    sw.message({ type: 'SKIP_WAITING' });
    expect(sw.self.skipWaiting).toHaveBeenCalled();
  });
});
