// What the store keeps in localStorage, how it is read back field by field, and how older formats
// are upgraded (persist's `migrate`). Reading never throws: a field of the wrong type is reset (or a
// number kept as the text it was typed as) and named, so the app can set the saved text aside and
// say what was repaired. The case inside a saved workup is checked against the case-file schema
// when the case is opened (src/app/workup/workup-context.ts), where the engine is loaded.
import { DEFAULT_GUIDELINE, GUIDELINE_IDS, type GuidelineId, ROLES, type Role } from '../../guidelines/ids.ts';
import type { Case } from '../engine/case-schema.ts';
import { emptyDraft, emptyPregnancy, type IntakeDraft } from './intake-draft.ts';

/** Format 2: cases carry a revision (cross-tab checks) and a workup snapshot without derived data. */
export const STORE_VERSION = 2;
/** Bump when the machine's states or context change shape; add the upgrade to MIGRATIONS. */
export const MACHINE_VERSION = 2;

export interface SavedMachine {
  version: number;
  /** `actor.getPersistedSnapshot()`; opaque to the store. */
  snapshot: unknown;
}

export interface SavedCase {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Changes with every save of this case, in any tab: two tabs that changed it from the same revision conflict. */
  rev: string;
  draft: IntakeDraft;
  machine?: SavedMachine;
  /** A case opened from a file: the workup's input until it has a saved snapshot. */
  fromFile?: Case;
  /** Set on the copy kept when two tabs changed the same case: the id of the case it was copied from. */
  conflictOf?: string;
}

export interface Preferences {
  role: Role;
  guideline: GuidelineId;
  /** Single-key shortcuts (N, B, /) for the walkthrough; can be turned off (WCAG 2.1.4). */
  shortcuts: boolean;
}

export interface Persisted {
  preferences: Preferences;
  cases: Record<string, SavedCase>;
  openCaseId: string | null;
}

export const initialPreferences: Preferences = { role: 'gp', guideline: DEFAULT_GUIDELINE, shortcuts: true };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIsoTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * Reads `value` in the shape of `template`, field by field: same type kept, a number where text is
 * expected kept as its text, anything else reset to the template's value. Arrays of objects are read
 * element by element against `elements[key]`; objects with no template fields keep their simple values.
 */
function readLike<T extends object>(template: T, value: Obj, where: string, repairs: string[], elements: Record<string, () => object> = {}): T {
  const out: Obj = { ...value };
  for (const [key, fallback] of Object.entries(template) as [string, unknown][]) {
    const v = value[key];
    const at = `${where}.${key}`;
    if (v === undefined) out[key] = fallback;
    else if (Array.isArray(fallback)) {
      if (!Array.isArray(v)) {
        out[key] = fallback;
        repairs.push(`${at} was not a list`);
        continue;
      }
      const element = elements[key];
      if (!element) continue;
      const kept = v.filter(isObject);
      if (kept.length !== v.length) repairs.push(`${at}: ${v.length - kept.length} unreadable entr${v.length - kept.length === 1 ? 'y' : 'ies'} left out`);
      out[key] = kept.map((e, i) => readLike(element(), e, `${at}[${i}]`, repairs));
    } else if (isObject(fallback)) {
      if (!isObject(v)) {
        out[key] = fallback;
        repairs.push(`${at} was not a group of fields`);
        continue;
      }
      out[key] = Object.keys(fallback).length
        ? readLike(fallback, v, at, repairs)
        : Object.fromEntries(Object.entries(v).filter(([, x]) => ['boolean', 'string', 'number'].includes(typeof x)));
    } else if (typeof v !== typeof fallback) {
      const keepAsText = typeof fallback === 'string' && typeof v === 'number' && Number.isFinite(v);
      out[key] = keepAsText ? String(v) : fallback;
      repairs.push(`${at} ${keepAsText ? 'was a number (kept as text)' : 'had the wrong type (reset)'}`);
    }
  }
  return out as T;
}

function readCase(id: string, raw: unknown, repairs: string[]): SavedCase | null {
  if (!isObject(raw)) {
    repairs.push(`case ${id} could not be read (left out)`);
    return null;
  }
  const where = `case ${id}`;
  const createdAt = isIsoTime(raw.createdAt) ? raw.createdAt : isIsoTime(raw.updatedAt) ? raw.updatedAt : new Date(0).toISOString();
  const updatedAt = isIsoTime(raw.updatedAt) ? raw.updatedAt : createdAt;
  if (createdAt !== raw.createdAt) repairs.push(`${where}: the date it was started was missing`);
  if (updatedAt !== raw.updatedAt) repairs.push(`${where}: the date it was last changed was missing`);
  const draftRaw = isObject(raw.draft) ? raw.draft : {};
  if (!isObject(raw.draft)) repairs.push(`${where}: the history form could not be read (started empty)`);
  const draft = readLike(emptyDraft(), draftRaw, `${where}, history form`, repairs, { pregnancies: emptyPregnancy });
  if (draft.requested !== undefined && !(Array.isArray(draft.requested) && draft.requested.every((r: unknown) => typeof r === 'string'))) {
    delete draft.requested;
    repairs.push(`${where}: the items asked about could not be read`);
  }
  const saved: SavedCase = { id, createdAt, updatedAt, rev: typeof raw.rev === 'string' ? raw.rev : updatedAt, draft };
  const m = raw.machine;
  if (isObject(m) && typeof m.version === 'number' && isObject(m.snapshot)) saved.machine = { version: m.version, snapshot: m.snapshot };
  else if (m !== undefined) repairs.push(`${where}: the saved progress could not be read (the history is kept)`);
  if (isObject(raw.fromFile)) saved.fromFile = raw.fromFile as Case;
  if (typeof raw.conflictOf === 'string') saved.conflictOf = raw.conflictOf;
  return saved;
}

/** Reads stored state of the current format field by field; `repairs` names what had to change. */
export function sanitise(raw: unknown): { state: Persisted; repairs: string[] } {
  const repairs: string[] = [];
  const r = isObject(raw) ? raw : {};
  if (raw !== undefined && !isObject(raw)) repairs.push('the saved data was not a group of fields');
  const p = isObject(r.preferences) ? r.preferences : {};
  const preferences: Preferences = {
    role: ROLES.find((x) => x === p.role) ?? initialPreferences.role,
    guideline: GUIDELINE_IDS.find((x) => x === p.guideline) ?? initialPreferences.guideline,
    shortcuts: typeof p.shortcuts === 'boolean' ? p.shortcuts : initialPreferences.shortcuts,
  };
  const cases: Record<string, SavedCase> = {};
  if (r.cases !== undefined && !isObject(r.cases)) repairs.push('the list of saved cases could not be read');
  for (const [id, c] of Object.entries(isObject(r.cases) ? r.cases : {})) {
    const saved = readCase(id, c, repairs);
    if (saved) cases[id] = saved;
  }
  const openCaseId = typeof r.openCaseId === 'string' && cases[r.openCaseId] ? r.openCaseId : null;
  return { state: { preferences, cases, openCaseId }, repairs };
}

/** Machine snapshot format 1 stored role and the evaluations in the context; format 2 derives them. */
function upgradeMachine1(m: unknown): unknown {
  if (!isObject(m) || m.version !== 1 || !isObject(m.snapshot) || !isObject(m.snapshot.context)) return m;
  const { role: _role, evaluation: _e, beforeGuidelineChange: _b, ...context } = m.snapshot.context;
  return { version: 2, snapshot: { ...m.snapshot, context: { ...context, previousGuideline: null, triage: false } } };
}

/** migrations[n] turns stored format n into n + 1 (persist calls `migrate` with the stored version). */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // Format 0 (before versioning) held the same fields as format 1 without guarantees: read field by field.
  0: (old) => old,
  1: (old) => {
    if (!isObject(old) || !isObject(old.cases)) return old;
    const cases = Object.fromEntries(
      Object.entries(old.cases).map(([id, c]) => {
        if (!isObject(c)) return [id, c];
        const { pendingCase, ...rest } = c;
        return [
          id,
          {
            ...rest,
            rev: typeof c.updatedAt === 'string' ? c.updatedAt : id,
            machine: upgradeMachine1(c.machine),
            ...(pendingCase ? { fromFile: pendingCase } : {}),
          },
        ];
      }),
    );
    return { ...old, cases };
  },
};

export function migrate(persisted: unknown, version: number): unknown {
  let state = persisted;
  for (let v = version; v < STORE_VERSION; v += 1) state = MIGRATIONS[v]?.(state) ?? state;
  return state;
}
