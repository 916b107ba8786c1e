// Two tabs, one storage: what this tab holds ("mine") and what is stored now ("theirs", written by
// another tab) are merged case by case against the revision of each case this tab last saw in
// storage ("base"). Nothing either tab saved is dropped silently: a case changed in both tabs is kept
// twice (the other tab's version as a copy) and reported.
import type { SavedCase } from './saved-data.ts';

export type Conflict =
  /** Both tabs changed the case: this tab keeps it, the other tab's version is kept as `copyId`. */
  | { kind: 'both-changed'; id: string; copyId: string }
  /** The other tab deleted a case this tab had changed: this tab's version is kept. */
  | { kind: 'deleted-there'; id: string };

export interface Merged {
  cases: Record<string, SavedCase>;
  conflicts: Conflict[];
  /** Cases whose newer version came from the other tab (an open one must be reloaded). */
  fromOther: string[];
}

export function mergeCases(
  mine: Record<string, SavedCase>,
  theirs: Record<string, SavedCase>,
  base: Readonly<Record<string, string>>,
  newId: () => string,
): Merged {
  const cases: Record<string, SavedCase> = {};
  const conflicts: Conflict[] = [];
  const fromOther: string[] = [];
  for (const id of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
    const m = mine[id];
    const t = theirs[id];
    const seen = base[id];
    if (m && !t) {
      // Gone from storage: deleted by the other tab if this tab has not changed it since; else kept.
      if (seen === undefined || m.rev !== seen) cases[id] = m;
      if (seen !== undefined && m.rev !== seen) conflicts.push({ kind: 'deleted-there', id });
    } else if (t && !m) {
      // New in storage, or changed there after this tab deleted it: kept (a deletion never wins over a change).
      if (seen === undefined || t.rev !== seen) {
        cases[id] = t;
        fromOther.push(id);
      }
    } else if (m && t) {
      if (m.rev === t.rev || t.rev === seen) cases[id] = m;
      else if (m.rev === seen) {
        cases[id] = t;
        fromOther.push(id);
      } else {
        const copyId = newId();
        cases[id] = m;
        cases[copyId] = { ...t, id: copyId, rev: `${t.rev}+copy`, conflictOf: id };
        conflicts.push({ kind: 'both-changed', id, copyId });
      }
    }
  }
  return { cases, conflicts, fromOther };
}

/** The revision of every case, as last seen in (or written to) storage. */
export function revisions(cases: Record<string, SavedCase>): Record<string, string> {
  return Object.fromEntries(Object.values(cases).map((c) => [c.id, c.rev]));
}
