// @vitest-environment jsdom
// src/pwa/idle.ts: work deferred from the first screen waits for the page's load and then for an
// idle period; it can be cancelled; outside a browser (the build-time prerender) it runs at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idle, whenIdle } from '../../src/pwa/idle.ts';

type IdleCallback = () => void;
let pending: IdleCallback[] = [];

function fakeIdle() {
  pending = [];
  vi.stubGlobal('requestIdleCallback', (cb: IdleCallback) => pending.push(cb));
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    pending[id - 1] = () => {};
  });
}
function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}
const runIdle = () => {
  const now = pending;
  pending = [];
  now.forEach((cb) => {
    cb();
  });
};

afterEach(() => {
  vi.unstubAllGlobals();
  setReadyState('complete');
});

describe('whenIdle', () => {
  it('waits for the load event, then for an idle period', () => {
    fakeIdle();
    setReadyState('loading');
    const fn = vi.fn();
    whenIdle(fn);
    runIdle();
    expect(fn).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(fn).not.toHaveBeenCalled();
    runIdle();
    expect(fn).toHaveBeenCalledOnce();
  });

  it('once loaded, waits only for the next idle period; cancelled, never runs', () => {
    fakeIdle();
    setReadyState('complete');
    const kept = vi.fn();
    const dropped = vi.fn();
    whenIdle(kept);
    whenIdle(dropped)();
    runIdle();
    expect(kept).toHaveBeenCalledOnce();
    expect(dropped).not.toHaveBeenCalled();
  });

  it('cancelled before the page has loaded, never runs', () => {
    fakeIdle();
    setReadyState('loading');
    const fn = vi.fn();
    whenIdle(fn)();
    window.dispatchEvent(new Event('load'));
    runIdle();
    expect(fn).not.toHaveBeenCalled();
  });

  it('idle() resolves in that idle period', async () => {
    fakeIdle();
    setReadyState('complete');
    let done = false;
    const p = idle().then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    runIdle();
    await p;
    expect(done).toBe(true);
  });
});
