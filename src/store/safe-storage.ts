// The storage adapter for zustand `persist`: localStorage that never throws and never silently
// drops saved work. Upgrades are persist's own (`version` + `migrate`): getItem hands back the
// stored version, so persist calls `migrate` for older data.
//
//   • Text that cannot be read (not JSON, cut short, not an envelope) is copied aside to
//     `rpl-workup:recovered:<ISO time>` (read back to check) and reported with the exact text to
//     download; only then may new work be saved over it. If no copy can be made (storage full) the
//     key is held: nothing is written over it until the user resolved the problem.
//   • Data written by a newer version (another tab after an update) is held the same way.
//   • A full storage keeps the newest state in memory, retries it on every change and on flush()
//     ("Try again"), and reports it until a write succeeds.
//   • Blocked storage (private mode, SecurityError): work continues in memory, and the user is told.
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { describe, isQuotaError, MemoryStorage, parseEnvelope } from './storage-envelope.ts';

export type StorageProblemKind = 'corrupt' | 'repaired' | 'migrated' | 'newer' | 'quota' | 'unavailable';

export interface StorageProblem {
  /** Unique within this page load; pass it to resolveProblem. */
  id: string;
  kind: StorageProblemKind;
  /** Plain words for the user. */
  message: string;
  key?: string;
  /** The exact text concerned, to offer as a download before anything is replaced. */
  raw?: string;
  /** Where a copy of `raw` is kept in storage, if one could be made. */
  recoveredKey?: string;
  at: string;
}

export interface RecoveredEntry {
  key: string;
  /** The time part of the key (ISO). */
  savedAt: string;
  raw: string;
}

export interface SafeStorageOptions<S> {
  /** The format this build writes; stored data with a higher version is held, never overwritten. */
  version: number;
  /** Called before every write with the state to save: may fold in what another tab saved meanwhile. */
  reconcile?: (value: StorageValue<S>) => StorageValue<S>;
  /** Called after a successful write with what was written. */
  written?: (value: StorageValue<S>) => void;
  /** Where to store; default `globalThis.localStorage`. May throw (blocked storage). */
  storage?: () => Storage | undefined;
  /** Prefix for kept copies; default `rpl-workup`. */
  namespace?: string;
  now?: () => Date;
}

export interface SafeStorage<S> extends PersistStorage<S, void> {
  getItem(name: string): StorageValue<S> | null;
  /** The envelope as stored now, without reporting anything (null if absent or unreadable). */
  peek(name: string): StorageValue<unknown> | null;
  /** Keeps the text last read for `name` aside and reports it: a part could not be used, or it was upgraded. */
  setAsideLastRead(name: string, kind: 'repaired' | 'migrated', message: string): void;
  getProblems(): readonly StorageProblem[];
  subscribe(listener: () => void): () => void;
  resolveProblem(id: string, options?: { discardRecovered?: boolean }): void;
  listRecovered(): RecoveredEntry[];
  deleteRecovered(key: string): void;
  /** Retries unsaved writes (after space was freed); true if everything is saved. */
  flush(): boolean;
  hasUnsavedChanges(): boolean;
}

export function createSafeStorage<S>(options: SafeStorageOptions<S>): SafeStorage<S> {
  const now = options.now ?? (() => new Date());
  const recoveredPrefix = `${options.namespace ?? 'rpl-workup'}:recovered:`;
  let problems: readonly StorageProblem[] = [];
  const listeners = new Set<() => void>();
  let counter = 0;
  const pending = new Map<string, StorageValue<S>>(); // newest state not yet written, per key
  const held = new Map<string, string>(); // key → id of the problem that must be resolved before writing
  const lastRead = new Map<string, string>();
  let backend: Storage | undefined;
  let inMemory = false;

  const emit = () => {
    for (const l of [...listeners]) {
      try {
        l();
      } catch {
        /* a failing listener must not break saving */
      }
    }
  };
  function report(p: Omit<StorageProblem, 'id' | 'at'>): StorageProblem {
    counter += 1;
    const problem: StorageProblem = { id: `${p.kind}-${counter}`, at: now().toISOString(), ...p };
    problems = [...problems, problem];
    emit();
    return problem;
  }
  function removeProblems(match: (p: StorageProblem) => boolean): void {
    const kept = problems.filter((p) => !match(p));
    if (kept.length !== problems.length) {
      problems = kept;
      emit();
    }
  }

  function goInMemory(reason: string): Storage {
    backend = new MemoryStorage();
    if (!inMemory) {
      inMemory = true;
      report({
        kind: 'unavailable',
        message: `This browser is not letting RPL Workup save your work (${reason}). You can keep working, but everything will be lost when this page is closed: export the case file to keep it.`,
      });
    }
    return backend;
  }
  function store(): Storage {
    if (backend) return backend;
    try {
      const s = options.storage ? options.storage() : globalThis.localStorage;
      if (!s) return goInMemory('no storage in this environment');
      void s.length; // touching it throws in some blocked-storage browsers
      backend = s;
      return s;
    } catch (error) {
      return goInMemory(describe(error));
    }
  }
  function read(name: string): string | null {
    try {
      return store().getItem(name);
    } catch (error) {
      return goInMemory(describe(error)).getItem(name);
    }
  }

  /** Copies text to a new recovered key and reads it back; the key, or undefined if it could not be kept. */
  function keepCopy(raw: string): string | undefined {
    const s = store();
    const stamp = now().toISOString();
    let key = `${recoveredPrefix}${stamp}`;
    try {
      for (let n = 2; s.getItem(key) !== null; n += 1) key = `${recoveredPrefix}${stamp}-${n}`;
      s.setItem(key, raw);
      return s.getItem(key) === raw ? key : undefined;
    } catch {
      return undefined;
    }
  }

  function setAside(name: string, raw: string, kind: 'corrupt' | 'repaired' | 'migrated', what: string): void {
    const recoveredKey = keepCopy(raw);
    const kept = recoveredKey
      ? `Nothing was deleted: the text as saved is kept (as "${recoveredKey}") and can be downloaded.`
      : 'It could not be copied aside (storage may be full), so it is left in place and not saved over until you have downloaded it or dismissed this.';
    const problem = report({ kind, key: name, raw, ...(recoveredKey ? { recoveredKey } : {}), message: `${what} ${kept}` });
    if (!recoveredKey) held.set(name, problem.id);
  }

  /** Reconciles with what is stored now, then writes; on failure keeps the state to retry and says why. */
  function save(name: string, value: StorageValue<S>): boolean {
    pending.set(name, value);
    if (held.has(name)) return false;
    let out: StorageValue<S>;
    let text: string;
    try {
      out = options.reconcile ? options.reconcile(value) : value;
      text = JSON.stringify(out);
    } catch (error) {
      report({ kind: 'unavailable', key: name, message: `Your latest changes could not be saved: ${describe(error)}. Export the case file to keep them.` });
      return false;
    }
    try {
      store().setItem(name, text);
    } catch (error) {
      if (!isQuotaError(error)) {
        goInMemory(describe(error)).setItem(name, text);
        pending.delete(name);
        return false;
      }
      const existing = problems.find((p) => p.kind === 'quota' && p.key === name);
      if (existing) {
        problems = problems.map((p) => (p === existing ? { ...p, raw: text } : p)); // newest unsaved text, no second message
        emit();
      } else {
        report({
          kind: 'quota',
          key: name,
          raw: text,
          message:
            "This browser's storage is full, so your latest changes are not saved yet. They are kept while this page stays open and saved as soon as there is room: free space (for example delete kept copies) and press Try again, or export the case file.",
        });
      }
      return false;
    }
    pending.delete(name);
    lastRead.set(name, text);
    options.written?.(out);
    removeProblems((p) => p.kind === 'quota' && p.key === name);
    return true;
  }

  const api: SafeStorage<S> = {
    getItem(name) {
      const unsaved = pending.get(name);
      if (unsaved) return unsaved;
      const raw = read(name);
      if (raw === null || held.has(name)) return null;
      lastRead.set(name, raw);
      const envelope = parseEnvelope(raw);
      if (typeof envelope === 'string') {
        setAside(name, raw, 'corrupt', `Saved work in this browser could not be opened: ${envelope}. The workup starts empty.`);
        return null;
      }
      if ((envelope.version ?? 0) > options.version) {
        const problem = report({
          kind: 'newer',
          key: name,
          raw,
          message:
            'Saved work in this browser was written by a newer version of RPL Workup (perhaps open in another tab). Reload this page to use the new version; until then, changes made here are not saved over it.',
        });
        held.set(name, problem.id);
        return null;
      }
      // persist reads `state` as the current format after `migrate` (for an older version) and `merge`.
      return { state: envelope.state as S, version: envelope.version ?? 0 };
    },
    setItem(name, value) {
      save(name, value);
    },
    removeItem(name) {
      pending.delete(name);
      if (held.has(name)) return;
      try {
        store().removeItem(name);
      } catch {
        /* nothing to remove is not a problem */
      }
    },
    peek(name) {
      const raw = read(name);
      const envelope = raw === null ? null : parseEnvelope(raw);
      return envelope && typeof envelope !== 'string' ? envelope : null;
    },
    setAsideLastRead(name, kind, message) {
      const raw = lastRead.get(name);
      if (raw !== undefined) setAside(name, raw, kind, message);
    },
    getProblems: () => problems,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    resolveProblem(id, { discardRecovered = false } = {}) {
      const problem = problems.find((p) => p.id === id);
      if (!problem) return;
      if (discardRecovered && problem.recoveredKey) api.deleteRecovered(problem.recoveredKey);
      removeProblems((p) => p.id === id);
      if (problem.key && held.get(problem.key) === id) {
        held.delete(problem.key);
        const value = pending.get(problem.key);
        if (value) save(problem.key, value);
      }
    },
    listRecovered() {
      const s = store();
      const out: RecoveredEntry[] = [];
      try {
        for (let i = 0; i < s.length; i += 1) {
          const key = s.key(i);
          const raw = key?.startsWith(recoveredPrefix) ? s.getItem(key) : null;
          if (key && raw !== null) out.push({ key, savedAt: key.slice(recoveredPrefix.length).replace(/-\d+$/, ''), raw });
        }
      } catch {
        // listing is best effort
      }
      return out.sort((a, b) => a.key.localeCompare(b.key));
    },
    deleteRecovered(key) {
      if (!key.startsWith(recoveredPrefix)) return; // only ever delete kept copies here
      try {
        store().removeItem(key);
      } catch {
        return;
      }
      problems = problems.map((p) => (p.recoveredKey === key ? { ...p, recoveredKey: undefined } : p));
      emit();
      api.flush(); // space was freed: retry anything unsaved
    },
    flush() {
      let all = true;
      for (const [name, value] of [...pending]) if (!save(name, value)) all = false;
      return all;
    },
    hasUnsavedChanges: () => pending.size > 0 || inMemory,
  };
  return api;
}
