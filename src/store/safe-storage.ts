// Safe persistence for zustand: a `PersistStorage` over localStorage that never throws, never loses
// what the user typed, and says what went wrong.
//
// ─── API (the store uses only this) ────────────────────────────────────────────────────────────
//
//   const storage = createSafeStorage({
//     schema: persistedStateSchema,   // zod schema of the *current* persisted state (what partialize returns)
//     version: 2,                     // current format version
//     migrations: {                   // optional: migrations[n] turns format n into format n + 1
//       0: (old) => ({ ...old, role: 'gp' }),
//       1: (old) => ...,
//     },
//   });
//   const useStore = create(persist(creator, { name: 'rpl-workup', storage }));
//   // `version` and `migrate` of persist are NOT needed: migration happens inside getItem, and
//   // getItem hands zustand the state without a version, so zustand never discards it.
//
//   storage.getProblems()        → readonly StorageProblem[]   (stable array; new array on each change)
//   storage.subscribe(listener)  → unsubscribe; listener(problems, added?) on every change;
//                                  also fits React's useSyncExternalStore(storage.subscribe, storage.getProblems)
//   storage.resolveProblem(id, { discardRecovered? })
//                                → the user has read the problem (and downloaded `raw` if they wanted it).
//                                  Only with discardRecovered: true is the kept copy deleted. A key that was
//                                  held (see below) is released and the newest unsaved state written.
//   storage.listRecovered()      → every kept copy { key, savedAt, raw } (for a "recovered data" list)
//   storage.deleteRecovered(key) → delete one kept copy (after the user confirmed)
//   storage.flush()              → retry unsaved writes (e.g. after the user freed space); true if all saved
//   storage.hasUnsavedChanges()  → true while some state lives only in memory (quota, unavailable, held)
//
//   StorageProblem = { id, kind, message, key?, raw?, recoveredKey?, at }
//     kind 'corrupt'     saved data could not be used: not JSON, cut short, wrong shape, failed
//                        migration, or written by a newer version. The store starts empty.
//                        raw = the exact saved text; recoveredKey = where a copy is kept.
//                        With repaired: true, the schema (a zod transform) read the data but had to
//                        change it (e.g. drop an unreadable entry): the store starts with what could
//                        be read, and the text as saved is kept aside the same way.
//     kind 'quota'       the browser's storage is full: the newest state is NOT saved (it is kept in
//                        memory and retried on every change). raw = the unsaved state as JSON.
//                        Cleared automatically when a later write succeeds.
//     kind 'unavailable' storage is blocked or broken (private mode, disabled, SecurityError): work
//                        lives in memory only and is lost when the page closes.
//     kind 'migrated'    saved data from an older format was upgraded. raw = the text before the
//                        upgrade; recoveredKey = where a copy of it is kept.
//
// ─── Guarantees (tests/unit/safe-storage.test.ts) ──────────────────────────────────────────────
//   • No method throws, whatever localStorage holds or does.
//   • Saved text that cannot be used is first copied to `<namespace>:recovered:<ISO time>` and the
//     copy is read back to check it. Only then may the original key be overwritten by new work. If
//     the copy cannot be made (storage full), the original key is *held*: new state is kept in
//     memory and written only after resolveProblem(...) for that problem, i.e. after the user saw it
//     and could download `raw`.
//   • Kept copies are deleted only by deleteRecovered / resolveProblem(id, { discardRecovered: true }).
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export type StorageProblemKind = 'corrupt' | 'quota' | 'unavailable' | 'migrated';

export interface StorageProblem {
  /** Unique within this page load; pass it to resolveProblem. */
  id: string;
  kind: StorageProblemKind;
  /** Plain words for the user. */
  message: string;
  /** The storage key concerned (the persist `name`). */
  key?: string;
  /** The exact text concerned, to offer as a download before anything is replaced. */
  raw?: string;
  /** Where a copy of `raw` is kept in storage, if one could be made. */
  recoveredKey?: string;
  /** corrupt only: the data was read in part (the schema changed it); the store holds what could be read. */
  repaired?: boolean;
  /** ISO date-time the problem happened. */
  at: string;
}

export interface RecoveredEntry {
  key: string;
  /** The time part of the key (ISO). */
  savedAt: string;
  raw: string;
}

export type Migration = (persisted: unknown) => unknown;

/** Any zod schema, classic or mini (the app uses zod/mini to keep zod out of the first load): only safeParse is used. */
export interface StateSchema<S> {
  safeParse(data: unknown):
    | { success: true; data: S }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

export interface SafeStorageOptions<S> {
  /** Schema of the current persisted state; what is read is used only if it passes. */
  schema: StateSchema<S>;
  /** Current format version (an integer ≥ 0). */
  version: number;
  /** migrations[n] upgrades format n to n + 1; every step from the stored version up is required. */
  migrations?: Readonly<Record<number, Migration>>;
  /** Where to store; default `globalThis.localStorage`. May throw (blocked storage). */
  storage?: () => Storage | undefined;
  /** Prefix for kept copies; default `rpl-workup`. */
  namespace?: string;
  /** Clock, for tests. */
  now?: () => Date;
}

export interface SafeStorage<S> extends PersistStorage<S, void> {
  /** Synchronous (zustand then hydrates during store creation). */
  getItem(name: string): StorageValue<S> | null;
  getProblems(): readonly StorageProblem[];
  subscribe(listener: (problems: readonly StorageProblem[], added?: StorageProblem) => void): () => void;
  resolveProblem(id: string, options?: { discardRecovered?: boolean }): void;
  listRecovered(): RecoveredEntry[];
  deleteRecovered(key: string): void;
  flush(): boolean;
  hasUnsavedChanges(): boolean;
}

/** The envelope written to storage (the same shape zustand's JSON storage writes). */
interface Envelope {
  state: unknown;
  version: number;
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs migrations[from], migrations[from + 1], … up to `to`. Throws if a step is missing. */
export function runMigrations(
  persisted: unknown, from: number, to: number, migrations: Readonly<Record<number, Migration>> = {},
): unknown {
  let state = persisted;
  for (let v = from; v < to; v += 1) {
    const step = migrations[v];
    if (!step) throw new Error(`there is no migration from format ${v} to ${v + 1}`);
    state = step(state);
  }
  return state;
}

/** JSON text with object keys sorted: equal data gives equal text whatever the key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}

type Decoded<S> =
  | { ok: true; state: S; migratedFrom?: number; repaired?: boolean }
  | { ok: false; reason: string };

/** A Map-backed Storage used when the real one is unavailable. */
export class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length(): number { return this.map.size; }
  clear(): void { this.map.clear(); }
  getItem(key: string): string | null { return this.map.get(key) ?? null; }
  key(index: number): string | null { return [...this.map.keys()][index] ?? null; }
  removeItem(key: string): void { this.map.delete(key); }
  setItem(key: string, value: string): void { this.map.set(key, String(value)); }
}

export function createSafeStorage<S>(options: SafeStorageOptions<S>): SafeStorage<S> {
  const { schema, version: current, migrations = {}, namespace = 'rpl-workup' } = options;
  const now = options.now ?? (() => new Date());
  const recoveredPrefix = `${namespace}:recovered:`;

  let problems: readonly StorageProblem[] = [];
  const listeners = new Set<(all: readonly StorageProblem[], added?: StorageProblem) => void>();
  let counter = 0;

  /** Newest state text not yet written, per key. */
  const pending = new Map<string, string>();
  /** Keys whose unreadable original could not be copied: not overwritten until the user resolves the problem. */
  const held = new Map<string, string>(); // key → problem id

  let backend: Storage | undefined;
  let inMemory = false;

  function emit(added?: StorageProblem): void {
    for (const listener of [...listeners]) {
      try {
        listener(problems, added);
      } catch {
        // a failing listener must not break saving
      }
    }
  }

  function report(p: Omit<StorageProblem, 'id' | 'at'>): StorageProblem {
    counter += 1;
    const problem: StorageProblem = { id: `${p.kind}-${counter}`, at: now().toISOString(), ...p };
    problems = [...problems, problem];
    emit(problem);
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
    const memory = new MemoryStorage();
    backend = memory;
    if (!inMemory) {
      inMemory = true;
      report({
        kind: 'unavailable',
        message: `This browser is not letting RPL Workup save your work (${reason}). You can keep working, but everything will be lost when this page is closed: export the case file to keep it.`,
      });
    }
    return memory;
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

  function decode(raw: string): Decoded<S> {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      return { ok: false, reason: `the saved text is not valid JSON, perhaps cut short (${describe(error)})` };
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data) || !('state' in data)) {
      return { ok: false, reason: 'the saved data does not have the expected shape' };
    }
    const envelope = data as Partial<Envelope>;
    const from = envelope.version ?? 0;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
      return { ok: false, reason: `the saved data has an unknown format version (${JSON.stringify(envelope.version)})` };
    }
    if (from > current) {
      return { ok: false, reason: `it was saved by a newer version of RPL Workup (format ${from}; this version reads format ${current})` };
    }
    let state = envelope.state;
    if (from < current) {
      try {
        state = runMigrations(state, from, current, migrations);
      } catch (error) {
        return { ok: false, reason: `it could not be upgraded from format ${from}: ${describe(error)}` };
      }
    }
    const parsed = schema.safeParse(state);
    if (!parsed.success) {
      const where = parsed.error.issues.slice(0, 3)
        .map((i) => `${i.path.map(String).join('.') || '(state)'}: ${i.message}`).join('; ');
      return { ok: false, reason: `the saved data does not have the expected shape (${where})` };
    }
    if (from < current) return { ok: true, state: parsed.data, migratedFrom: from };
    // A schema with transforms may repair what it reads; if it changed anything, say so (and keep the original).
    let repaired = false;
    try {
      repaired = canonicalJson(state) !== canonicalJson(parsed.data);
    } catch {
      repaired = true;
    }
    return repaired ? { ok: true, state: parsed.data, repaired } : { ok: true, state: parsed.data };
  }

  /** Copies raw text to a new recovered key and reads it back. Returns the key, or undefined if it could not be kept. */
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

  /** Writes now, or keeps the text in memory and reports why not. */
  function write(name: string, text: string): boolean {
    if (held.has(name)) {
      pending.set(name, text);
      return false;
    }
    const s = store();
    try {
      s.setItem(name, text);
      pending.delete(name);
      removeProblems((p) => p.kind === 'quota' && p.key === name);
      return true;
    } catch (error) {
      pending.set(name, text);
      if (isQuotaError(error)) {
        const existing = problems.find((p) => p.kind === 'quota' && p.key === name);
        if (existing) {
          // Same problem, newest unsaved text: replace quietly (no second message for every keystroke).
          problems = problems.map((p) => (p === existing ? { ...p, raw: text } : p));
          emit();
        } else {
          report({
            kind: 'quota',
            key: name,
            raw: text,
            message: "This browser's storage is full, so your latest changes are not saved. Keep this page open and export the case file, or free space (for example delete recovered copies) and try again.",
          });
        }
      } else {
        // Storage broke while writing: continue in memory, keep the text, and say so.
        const memory = goInMemory(describe(error));
        memory.setItem(name, text);
        pending.delete(name);
      }
      return false;
    }
  }

  function setAside(name: string, raw: string, reason: string): void {
    const recoveredKey = keepCopy(raw);
    if (recoveredKey) {
      report({
        kind: 'corrupt', key: name, raw, recoveredKey,
        message: `Saved work in this browser could not be opened: ${reason}. Nothing was deleted: the saved text is kept (as "${recoveredKey}") and can be downloaded. The workup starts empty.`,
      });
    } else {
      const problem = report({
        kind: 'corrupt', key: name, raw,
        message: `Saved work in this browser could not be opened: ${reason}. It could not be copied aside (storage may be full), so it is left in place and new work is not saved over it until you have downloaded it or chosen to discard it.`,
      });
      held.set(name, problem.id);
    }
  }

  const api: SafeStorage<S> = {
    getItem(name: string): StorageValue<S> | null {
      const unsaved = pending.get(name);
      if (unsaved !== undefined) {
        const decoded = decode(unsaved);
        if (decoded.ok) return { state: decoded.state };
      }
      let raw: string | null;
      try {
        raw = store().getItem(name);
      } catch (error) {
        raw = goInMemory(describe(error)).getItem(name);
      }
      if (raw === null) return null;
      if (held.has(name)) return null; // its problem is already reported and unresolved
      const decoded = decode(raw);
      if (!decoded.ok) {
        setAside(name, raw, decoded.reason);
        return null;
      }
      if (decoded.repaired) {
        const recoveredKey = keepCopy(raw);
        const problem = report({
          kind: 'corrupt', key: name, raw, repaired: true, ...(recoveredKey ? { recoveredKey } : {}),
          message: `Part of the saved work in this browser could not be read and was left out or reset; the rest is open. ${recoveredKey ? `Nothing was deleted: the text as saved is kept (as "${recoveredKey}") and can be downloaded.` : 'The text as saved is left in place and not saved over until you have downloaded it or chosen to discard it.'}`,
        });
        if (!recoveredKey) held.set(name, problem.id);
      }
      if (decoded.migratedFrom !== undefined) {
        const recoveredKey = keepCopy(raw);
        report({
          kind: 'migrated', key: name, raw, ...(recoveredKey ? { recoveredKey } : {}),
          message: `Saved work from an older version of RPL Workup (format ${decoded.migratedFrom}) was updated to format ${current}. ${recoveredKey ? 'A copy of the old data is kept until you delete it.' : 'The old data is left in place until you have downloaded it.'}`,
        });
        if (recoveredKey) write(name, JSON.stringify({ state: decoded.state, version: current } satisfies Envelope));
        else held.set(name, problems.at(-1)!.id);
      }
      // No version: zustand then uses the state as is and never calls its own migrate.
      return { state: decoded.state };
    },

    setItem(name: string, value: StorageValue<S>): void {
      let text: string;
      try {
        text = JSON.stringify({ state: value.state, version: current } satisfies Envelope);
      } catch (error) {
        report({ kind: 'unavailable', key: name, message: `Your latest changes could not be saved: ${describe(error)}. Export the case file to keep them.` });
        return;
      }
      write(name, text);
    },

    removeItem(name: string): void {
      pending.delete(name);
      if (held.has(name)) return; // the unreadable original stays until the user resolves its problem
      try {
        store().removeItem(name);
      } catch {
        // nothing to remove is not a problem worth reporting
      }
    },

    getProblems: () => problems,

    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },

    resolveProblem(id, { discardRecovered = false } = {}) {
      const problem = problems.find((p) => p.id === id);
      if (!problem) return;
      if (discardRecovered && problem.recoveredKey) api.deleteRecovered(problem.recoveredKey);
      removeProblems((p) => p.id === id);
      if (problem.key && held.get(problem.key) === id) {
        held.delete(problem.key);
        const text = pending.get(problem.key);
        if (text !== undefined) write(problem.key, text);
      }
    },

    listRecovered(): RecoveredEntry[] {
      const s = store();
      const out: RecoveredEntry[] = [];
      try {
        for (let i = 0; i < s.length; i += 1) {
          const key = s.key(i);
          if (key === null || !key.startsWith(recoveredPrefix)) continue;
          const raw = s.getItem(key);
          if (raw !== null) out.push({ key, savedAt: key.slice(recoveredPrefix.length).replace(/-\d+$/, ''), raw });
        }
      } catch {
        // listing is best effort
      }
      return out.sort((a, b) => a.key.localeCompare(b.key));
    },

    deleteRecovered(key: string): void {
      if (!key.startsWith(recoveredPrefix)) return; // only ever delete kept copies here
      try {
        store().removeItem(key);
      } catch {
        return;
      }
      if (problems.some((p) => p.recoveredKey === key)) {
        problems = problems.map((p) => {
          if (p.recoveredKey !== key) return p;
          const { recoveredKey: _gone, ...rest } = p;
          void _gone;
          return rest;
        });
        emit();
      }
      api.flush(); // space was freed: retry anything unsaved
    },

    flush(): boolean {
      let all = true;
      for (const [name, text] of [...pending]) if (!write(name, text)) all = false;
      return all;
    },

    hasUnsavedChanges: () => pending.size > 0 || inMemory,
  };
  return api;
}
