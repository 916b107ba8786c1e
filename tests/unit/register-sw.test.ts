// src/pwa/register-sw.ts with a fake navigator.serviceWorker: production only, offline-ready and
// update-ready callbacks, one reload after applying an update, errors reported not thrown.
import { describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/pwa/register-sw.ts';

class FakeWorker extends EventTarget {
  state = 'installing';
  postMessage = vi.fn();
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

function fakeNavigator(opts: { controller?: boolean; waiting?: FakeWorker; installing?: FakeWorker; fail?: boolean } = {}) {
  const registration = Object.assign(new EventTarget(), { waiting: opts.waiting ?? null, installing: opts.installing ?? null });
  const container = Object.assign(new EventTarget(), {
    controller: opts.controller ? {} : null,
    register: vi.fn(async () => {
      if (opts.fail) throw new Error('SecurityError');
      return registration;
    }),
  });
  return { nav: { serviceWorker: container } as unknown as Navigator, container, registration };
}

describe('registerServiceWorker', () => {
  it('does nothing unless enabled (vite dev and tests are not production)', async () => {
    const { nav, container } = fakeNavigator();
    expect(await registerServiceWorker({ navigator: nav })).toBeUndefined();
    expect(container.register).not.toHaveBeenCalled();
  });

  it('does nothing where service workers are unsupported', async () => {
    expect(await registerServiceWorker({ enabled: true, navigator: {} as Navigator })).toBeUndefined();
  });

  it('registers sw.js at the base URL and reports when the first install makes the app work offline', async () => {
    const worker = new FakeWorker();
    const { nav, container, registration } = fakeNavigator({ installing: worker });
    const onOfflineReady = vi.fn();
    const onUpdateReady = vi.fn();
    expect(await registerServiceWorker({ enabled: true, navigator: nav, onOfflineReady, onUpdateReady })).toBe(registration);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    registration.dispatchEvent(new Event('updatefound')); // the same worker must not be watched twice
    worker.become('installed');
    expect(onOfflineReady).toHaveBeenCalledTimes(1);
    expect(onUpdateReady).not.toHaveBeenCalled();
  });

  it('an update found later is offered; applying it activates the worker and reloads once', async () => {
    const { nav, container, registration } = fakeNavigator({ controller: true });
    const reload = vi.fn();
    let apply: (() => void) | undefined;
    await registerServiceWorker({
      enabled: true,
      navigator: nav,
      location: { reload },
      onUpdateReady: (a) => {
        apply = a;
      },
    });
    const update = new FakeWorker();
    registration.installing = update as never;
    registration.dispatchEvent(new Event('updatefound'));
    update.become('installed');
    expect(apply).toBeTypeOf('function');
    apply!();
    expect(update.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('an update already waiting at start is offered at once', async () => {
    const waiting = new FakeWorker();
    const { nav } = fakeNavigator({ controller: true, waiting });
    const onUpdateReady = vi.fn();
    await registerServiceWorker({ enabled: true, navigator: nav, onUpdateReady });
    expect(onUpdateReady).toHaveBeenCalledTimes(1);
  });

  it('a failed registration is reported, not thrown', async () => {
    const { nav } = fakeNavigator({ fail: true });
    const onError = vi.fn();
    await expect(registerServiceWorker({ enabled: true, navigator: nav, onError })).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(expect.any(Error));
  });
});
