// Everything the app keeps on this device: preferences and saved cases, each with its intake
// draft (as typed, valid or not) and the workup machine's persisted snapshot. localStorage only;
// nothing is sent anywhere.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_GUIDELINE, GUIDELINE_IDS, type GuidelineId, ROLES, type Role } from '../../guidelines/ids.ts';
import type { Case } from '../engine/case-schema.ts';
import { caseToDraft, emptyDraft, type IntakeDraft } from './intake-draft.ts';
import { createSafeStorage, type StateSchema } from './safe-storage.ts';

/** Bump when the machine's states or context change shape: older snapshots are then not restored (the draft and case are kept). */
export const MACHINE_VERSION = 1;

export interface SavedMachine {
  version: number;
  /** `actor.getPersistedSnapshot()`; opaque to the store. */
  snapshot: unknown;
}

export interface SavedCase {
  id: string;
  createdAt: string;
  updatedAt: string;
  draft: IntakeDraft;
  machine?: SavedMachine;
  /** A case opened from a file, handed to the workup when the case is first opened. */
  pendingCase?: Case;
}

export interface Preferences {
  role: Role;
  guideline: GuidelineId;
  /** Single-key shortcuts (N, B, /) for the walkthrough; can be turned off (WCAG 2.1.4). */
  shortcuts: boolean;
}

export interface AppState {
  preferences: Preferences;
  cases: Record<string, SavedCase>;
  openCaseId: string | null;
  setRole(role: Role): void;
  setGuideline(guideline: GuidelineId): void;
  setShortcuts(on: boolean): void;
  /** Starts a new case and opens it; returns its id. */
  newCase(): string;
  /** Adds a validated case (from a case file) as a new saved case and opens it; returns its id. */
  importCase(c: Case): string;
  /** The imported case has reached the workup. */
  clearPendingCase(id: string): void;
  openCase(id: string): void;
  closeCase(): void;
  deleteCase(id: string): void;
  deleteAllCases(): void;
  saveDraft(id: string, draft: IntakeDraft): void;
  saveMachine(id: string, snapshot: unknown): void;
}

export const STORE_NAME = 'rpl-workup';
export const STORE_VERSION = 1;

const initialPreferences: Preferences = { role: 'gp', guideline: DEFAULT_GUIDELINE, shortcuts: true };

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function now(): string {
  return new Date().toISOString();
}

type Persisted = Pick<AppState, 'preferences' | 'cases' | 'openCaseId'>;

/** Reads whatever was stored, keeping every saved case and draft it can, dropping only what is unusable. */
export function sanitise(raw: unknown): Persisted {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Persisted>;
  const p = (r.preferences ?? {}) as Partial<Preferences>;
  const preferences: Preferences = {
    role: ROLES.includes(p.role as Role) ? (p.role as Role) : initialPreferences.role,
    guideline: GUIDELINE_IDS.includes(p.guideline as GuidelineId) ? (p.guideline as GuidelineId) : initialPreferences.guideline,
    shortcuts: typeof p.shortcuts === 'boolean' ? p.shortcuts : initialPreferences.shortcuts,
  };
  const cases: Record<string, SavedCase> = {};
  for (const [id, c] of Object.entries(r.cases && typeof r.cases === 'object' ? r.cases : {})) {
    if (!c || typeof c !== 'object' || !c.draft || typeof c.draft !== 'object') continue;
    const draft = { ...emptyDraft(), ...c.draft };
    if (!Array.isArray(draft.pregnancies)) draft.pregnancies = [];
    cases[id] = { ...c, id, draft };
  }
  const openCaseId = typeof r.openCaseId === 'string' && cases[r.openCaseId] ? r.openCaseId : null;
  return { preferences, cases, openCaseId };
}

/**
 * Format 0 (before versioning) held the same fields without guarantees; it is read field by field.
 * Add a step here (and bump STORE_VERSION) whenever the persisted shape changes.
 */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  0: (old) => sanitise(old),
};

/** zustand's own migrate: only reached if a stored envelope still carries an older version. */
export function migrate(persisted: unknown, version: number): Persisted {
  let state = persisted;
  for (let v = version; v < STORE_VERSION; v += 1) state = MIGRATIONS[v]?.(state) ?? state;
  return sanitise(state);
}

/**
 * The shape that must hold before anything is read: an object whose `cases`, if present, maps ids to
 * objects with a `draft` object. Within it, preferences and drafts are repaired field by field
 * (sanitise). Hand-written rather than zod so that no schema library is in the first load.
 */
const persistedShape: StateSchema<Persisted> = {
  safeParse(raw) {
    const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    const issues: { path: PropertyKey[]; message: string }[] = [];
    if (!isObject(raw)) issues.push({ path: [], message: 'is not an object' });
    else if (raw.cases !== undefined) {
      if (!isObject(raw.cases)) issues.push({ path: ['cases'], message: 'is not an object' });
      else {
        for (const [id, c] of Object.entries(raw.cases)) {
          if (!isObject(c) || !isObject(c.draft)) issues.push({ path: ['cases', id, 'draft'], message: 'is not an object' });
        }
      }
    }
    return issues.length ? { success: false, error: { issues } } : { success: true, data: sanitise(raw) };
  },
};

/**
 * localStorage that never throws and never silently drops saved work (src/store/safe-storage.ts):
 * unreadable data is copied aside and reported, migrations run on read, and what is read is
 * repaired field by field (sanitise) so one bad field does not cost the other cases.
 */
export const storage = createSafeStorage<Persisted>({
  // Shape that must hold (otherwise the saved text is set aside and reported, never overwritten
  // unseen); within it, preferences and drafts are repaired field by field.
  schema: persistedShape,
  version: STORE_VERSION,
  migrations: MIGRATIONS,
});

export const useAppStore = create<AppState>()(
  persist(
    (set, get) => ({
      preferences: initialPreferences,
      cases: {},
      openCaseId: null,
      setRole: (role) => set((s) => ({ preferences: { ...s.preferences, role } })),
      setGuideline: (guideline) => set((s) => ({ preferences: { ...s.preferences, guideline } })),
      setShortcuts: (shortcuts) => set((s) => ({ preferences: { ...s.preferences, shortcuts } })),
      newCase: () => {
        const id = newId();
        const at = now();
        set((s) => ({ cases: { ...s.cases, [id]: { id, createdAt: at, updatedAt: at, draft: emptyDraft() } }, openCaseId: id }));
        return id;
      },
      importCase: (c) => {
        const id = newId();
        const at = now();
        set((s) => ({ cases: { ...s.cases, [id]: { id, createdAt: at, updatedAt: at, draft: caseToDraft(c), pendingCase: c } }, openCaseId: id }));
        return id;
      },
      clearPendingCase: (id) =>
        set((s) => {
          const c = s.cases[id];
          if (!c?.pendingCase) return {};
          const { pendingCase: _done, ...rest } = c;
          return { cases: { ...s.cases, [id]: rest } };
        }),
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
          return c ? { cases: { ...s.cases, [id]: { ...c, draft, updatedAt: now() } } } : {};
        }),
      saveMachine: (id, snapshot) =>
        set((s) => {
          const c = s.cases[id];
          return c ? { cases: { ...s.cases, [id]: { ...c, machine: { version: MACHINE_VERSION, snapshot }, updatedAt: now() } } } : {};
        }),
    }),
    {
      name: STORE_NAME,
      version: STORE_VERSION,
      storage,
      partialize: (s): Persisted => ({ preferences: s.preferences, cases: s.cases, openCaseId: s.openCaseId }),
      migrate,
      merge: (persisted, current) => ({ ...current, ...sanitise(persisted) }),
    },
  ),
);
