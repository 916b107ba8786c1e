// Everything the app keeps on this device: preferences (role, guideline, shortcuts — owned here and
// nowhere else) and saved cases, each with its intake draft (as typed, valid or not) and the workup
// machine's persisted snapshot. localStorage only; nothing is sent anywhere. Every tab of the app
// sees the others' saves (cross-tab.ts) and no tab overwrites another's unseen (merge-cases.ts).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { GuidelineId, Role } from '../../guidelines/ids.ts';
import type { Case } from '../engine/case-schema.ts';
import { caseToDraft, emptyDraft, type IntakeDraft } from './intake-draft.ts';
import { type Conflict, mergeCases, revisions } from './merge-cases.ts';
import { createSafeStorage } from './safe-storage.ts';
import { initialPreferences, MACHINE_VERSION, migrate, type Persisted, sanitise, type SavedCase, STORE_VERSION } from './saved-data.ts';

export { MACHINE_VERSION, migrate, STORE_VERSION, type Preferences, type SavedCase, type SavedMachine } from './saved-data.ts';

/** Something another tab did to the saved cases that this tab's user must know about. */
export type SyncNotice = Conflict | { kind: 'reloaded'; id: string };

export interface AppState extends Persisted {
  /** Not saved: what happened between tabs during this visit. */
  notices: SyncNotice[];
  /** Not saved: bumped when another tab's newer version of a case replaced this tab's, so an open workup restarts from it. */
  reloads: Record<string, number>;
  setRole(role: Role): void;
  setGuideline(guideline: GuidelineId): void;
  setShortcuts(on: boolean): void;
  /** Starts a new case and opens it; returns its id. */
  newCase(): string;
  /** Adds a validated case (from a case file) as a new saved case and opens it; returns its id. */
  importCase(c: Case): string;
  openCase(id: string): void;
  closeCase(): void;
  deleteCase(id: string): void;
  deleteAllCases(): void;
  saveDraft(id: string, draft: IntakeDraft): void;
  saveMachine(id: string, snapshot: unknown): void;
  dismissNotice(notice: SyncNotice): void;
}

export const STORE_NAME = 'rpl-workup';

export function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

const now = () => new Date().toISOString();
const changed = (c: SavedCase, patch: Partial<SavedCase>): SavedCase => ({ ...c, ...patch, updatedAt: now(), rev: newId() });

/** The revision of each case as last seen in storage: the base of the cross-tab merge. */
let base: Record<string, string> = {};
let hydrated = false;
let reconciling = false;

/** Folds a merge into the state: the conflicts become notices, an open case replaced from another tab restarts. */
function withMerge(s: AppState, cases: Record<string, SavedCase>, conflicts: Conflict[], fromOther: string[]): Partial<AppState> {
  const reloaded = fromOther.filter((id) => id === s.openCaseId);
  return {
    cases,
    openCaseId: s.openCaseId && cases[s.openCaseId] ? s.openCaseId : null,
    // One notice per case and kind: a case typed into in another tab is said once, not per keystroke.
    notices: [...s.notices, ...conflicts, ...reloaded.map((id): SyncNotice => ({ kind: 'reloaded', id }))].filter(
      (n, i, all) => n.kind === 'both-changed' || all.findIndex((m) => m.kind === n.kind && m.id === n.id) === i,
    ),
    reloads: reloaded.length ? { ...s.reloads, ...Object.fromEntries(reloaded.map((id) => [id, (s.reloads[id] ?? 0) + 1])) } : s.reloads,
  };
}

/** What is stored now, in the current format (another tab may have written it, even an older version). */
function storedCases(): Record<string, SavedCase> | null {
  const stored = storage.peek(STORE_NAME);
  if (!stored) return null;
  if ((stored.version ?? 0) > STORE_VERSION) throw new Error('the saved data was written by a newer version of RPL Workup: reload this page');
  return sanitise(migrate(stored.state, stored.version ?? 0)).state.cases;
}

/** Stored state read field by field; what had to be repaired is reported, with the saved text kept aside. */
function readStored(persisted: unknown): Persisted {
  const { state, repairs } = sanitise(persisted);
  if (repairs.length) {
    const listed = repairs.slice(0, 4).join('; ') + (repairs.length > 4 ? `; and ${repairs.length - 4} more` : '');
    storage.setAsideLastRead(
      STORE_NAME,
      'repaired',
      `Part of the saved work in this browser could not be read and was reset or left out (${listed}); the rest is open.`,
    );
  }
  return state;
}

export const storage = createSafeStorage<Persisted>({
  version: STORE_VERSION,
  // Before each write: fold in what another tab saved since this tab last looked, into this tab's
  // state too (at once, so the next change builds on it). That state change writes itself (nested).
  reconcile(value) {
    if (reconciling) return value;
    const theirs = storedCases();
    if (!theirs) return value;
    const mine = value.state.cases;
    const merged = mergeCases(mine, theirs, base, newId);
    const sameCases = Object.keys(merged.cases).length === Object.keys(mine).length && Object.keys(mine).every((id) => merged.cases[id] === mine[id]);
    if (sameCases && !merged.conflicts.length) return value;
    reconciling = true;
    try {
      useAppStore.setState((s) => withMerge(s, merged.cases, merged.conflicts, merged.fromOther));
    } finally {
      reconciling = false;
    }
    return { ...value, state: { ...value.state, cases: merged.cases } };
  },
  written(value) {
    base = revisions(value.state.cases);
  },
});

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => ({
      preferences: initialPreferences,
      cases: {},
      openCaseId: null,
      notices: [],
      reloads: {},
      setRole: (role) => set((s) => ({ preferences: { ...s.preferences, role } })),
      setGuideline: (guideline) => set((s) => ({ preferences: { ...s.preferences, guideline } })),
      setShortcuts: (shortcuts) => set((s) => ({ preferences: { ...s.preferences, shortcuts } })),
      newCase: () => {
        const id = newId();
        const at = now();
        set((s) => ({ cases: { ...s.cases, [id]: { id, createdAt: at, updatedAt: at, rev: newId(), draft: emptyDraft() } }, openCaseId: id }));
        return id;
      },
      importCase: (c) => {
        const id = newId();
        const at = now();
        set((s) => ({ cases: { ...s.cases, [id]: { id, createdAt: at, updatedAt: at, rev: newId(), draft: caseToDraft(c), fromFile: c } }, openCaseId: id }));
        return id;
      },
      openCase: (id) => {
        if (get().cases[id]) set({ openCaseId: id });
      },
      closeCase: () => set({ openCaseId: null }),
      deleteCase: (id) =>
        set((s) => {
          const { [id]: _removed, ...rest } = s.cases;
          return { cases: rest, openCaseId: s.openCaseId === id ? null : s.openCaseId };
        }),
      deleteAllCases: () => set({ cases: {}, openCaseId: null }),
      saveDraft: (id, draft) =>
        set((s) => {
          const c = s.cases[id];
          if (!c || JSON.stringify(c.draft) === JSON.stringify(draft)) return {};
          return { cases: { ...s.cases, [id]: changed(c, { draft }) } };
        }),
      saveMachine: (id, snapshot) =>
        set((s) => {
          const c = s.cases[id];
          if (!c || (c.machine?.version === MACHINE_VERSION && JSON.stringify(c.machine.snapshot) === JSON.stringify(snapshot))) return {};
          // Once the workup has its own snapshot, the file it started from is no longer needed.
          const { fromFile: _started, ...rest } = c;
          return { cases: { ...s.cases, [id]: changed(rest, { machine: { version: MACHINE_VERSION, snapshot } }) } };
        }),
      dismissNotice: (notice) => set((s) => ({ notices: s.notices.filter((n) => n !== notice) })),
    }),
    {
      name: STORE_NAME,
      version: STORE_VERSION,
      storage,
      partialize: (s): Persisted => ({ preferences: s.preferences, cases: s.cases, openCaseId: s.openCaseId }),
      migrate: (persisted, version) => {
        storage.setAsideLastRead(
          STORE_NAME,
          'migrated',
          `Saved work from an older version of RPL Workup (format ${version}) was updated to format ${STORE_VERSION}.`,
        );
        return readStored(migrate(persisted, version));
      },
      // On the first load: what was stored, read field by field. Later (another tab saved): merged case by case.
      merge: (persisted, current) => {
        const state = readStored(persisted);
        const first = !hydrated;
        hydrated = true;
        const merged = mergeCases(current.cases, state.cases, base, newId);
        base = revisions(state.cases);
        return {
          ...current,
          preferences: state.preferences,
          ...withMerge({ ...current, openCaseId: first ? state.openCaseId : current.openCaseId }, merged.cases, merged.conflicts, merged.fromOther),
          ...(first ? { notices: [], reloads: {} } : {}),
        };
      },
    },
  ),
);

/**
 * Another tab saved: read storage again and merge case by case (persist's merge above). If this tab
 * holds changes storage lacks (kept through a conflict), write them back; otherwise write nothing,
 * so two tabs never answer each other's saves in a loop.
 */
export function syncFromOtherTab(): Promise<void> {
  return useAppStore.persist.rehydrate().then(() => {
    const mine = revisions(useAppStore.getState().cases);
    const same = Object.keys(mine).length === Object.keys(base).length && Object.entries(mine).every(([id, rev]) => base[id] === rev);
    if (!same) useAppStore.setState({});
  });
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === STORE_NAME || e.key === null) void syncFromOtherTab();
  });
  // Leaving while a change is not saved (storage full or blocked): the browser asks first.
  window.addEventListener('beforeunload', (e) => {
    if (storage.hasUnsavedChanges()) e.preventDefault();
  });
}
