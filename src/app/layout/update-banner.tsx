// "A new version is ready": the service worker (src/pwa/register-sw.ts) reports a downloaded update,
// which may carry new guideline rules; the user chooses when to reload into it.
import { useSyncExternalStore } from 'react';

type State = { apply: (() => void) | null; offlineReady: boolean };
let state: State = { apply: null, offlineReady: false };
const listeners = new Set<() => void>();
const emit = (next: Partial<State>) => {
  state = { ...state, ...next };
  for (const l of listeners) l();
};

export const appUpdates = {
  updateReady: (apply: () => void) => emit({ apply }),
  offlineReady: () => emit({ offlineReady: true }),
  subscribe: (l: () => void) => {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  },
  get: () => state,
};

export function UpdateBanner() {
  const { apply, offlineReady } = useSyncExternalStore(appUpdates.subscribe, appUpdates.get, appUpdates.get);
  return (
    <div role="status" className={apply ? 'update-banner' : 'visually-hidden'}>
      {apply ? (
        <p>
          A new version of RPL Workup is ready. It may include updated guideline rules.{' '}
          <button type="button" className="button small" onClick={apply}>
            Reload to update
          </button>
        </p>
      ) : offlineReady ? (
        'RPL Workup is saved on this device and now works offline.'
      ) : (
        ''
      )}
    </div>
  );
}
