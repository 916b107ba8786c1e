// What RPL Workup keeps in this browser besides the store's own state, for the screens that show it:
//
//   keptCopies       the copies of saved data set aside by safe-storage (unreadable, repaired or
//                    upgraded data), as a list React can follow: useSyncExternalStore(keptCopies.subscribe, keptCopies.get)
//                    .get()        → readonly RecoveredEntry[] (the same array until the list changes)
//                    .delete(key)  → deletes one kept copy (after the user confirmed)
//   savedDataText()  every `rpl-workup` key this browser holds, as one JSON text to download (the
//                    recovery screen offers it when the app could not show itself)
//   deleteAllDataOnThisDevice()
//                    "Delete all data on this device" (hazard H12, shared computers): every saved case,
//                    the preferences and every kept copy are removed, so no `rpl-workup` key is left;
//                    open problems about saved data are closed with their copies. The service worker's
//                    cache holds only the app's own files, never case data, so it is left alone.
import { STORE_NAME, storage, useAppStore } from './app-store.ts';
import { clearFormDrafts } from './form-drafts.ts';
import type { RecoveredEntry } from './safe-storage.ts';

let list: readonly RecoveredEntry[] | null = null;
const listeners = new Set<() => void>();

function refresh(): void {
  const now = storage.listRecovered();
  const same = list !== null && now.length === list.length && now.every((e, i) => e.key === list![i]!.key && e.raw === list![i]!.raw);
  if (same) return;
  list = now;
  for (const listener of [...listeners]) listener();
}

// Copies are made while saved data is read (which reports a problem) and deleted through here or
// through resolveProblem(id, { discardRecovered: true }) (which changes the problems): follow both.
storage.subscribe(refresh);

export const keptCopies = {
  get: (): readonly RecoveredEntry[] => (list ??= storage.listRecovered()),
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  delete(key: string): void {
    storage.deleteRecovered(key);
    refresh();
  },
};

export function savedDataText(): string {
  const out: Record<string, string> = {};
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      const raw = key?.startsWith(STORE_NAME) ? localStorage.getItem(key) : null;
      if (key && raw !== null) out[key] = raw;
    }
  } catch {
    // blocked storage: nothing to offer but what is in memory
    out[`${STORE_NAME} (in memory)`] = JSON.stringify(useAppStore.getState().cases);
  }
  return JSON.stringify(out, null, 2);
}

export function deleteAllDataOnThisDevice(): void {
  clearFormDrafts();
  for (const p of storage.getProblems()) storage.resolveProblem(p.id, { discardRecovered: true });
  for (const { key } of storage.listRecovered()) storage.deleteRecovered(key);
  refresh();
  const initial = useAppStore.getInitialState();
  useAppStore.setState({ cases: {}, openCaseId: null, preferences: initial.preferences });
  // The setState above wrote the emptied state (and closed any open case); this removes the key itself.
  void useAppStore.persist.clearStorage();
}
