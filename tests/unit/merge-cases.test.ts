// Two tabs, one storage: every case either tab saved is kept; a case changed in both is kept twice.
import { describe, expect, it } from 'vitest';
import { mergeCases } from '../../src/store/merge-cases.ts';
import { emptyDraft } from '../../src/store/intake-draft.ts';
import type { SavedCase } from '../../src/store/saved-data.ts';

const at = '2026-11-23T10:00:00.000Z';
const saved = (id: string, rev: string, name = id): SavedCase => ({ id, rev, createdAt: at, updatedAt: at, draft: { ...emptyDraft(), name } });
const ids = () => {
  let n = 0;
  return () => {
    n += 1;
    return `copy${n}`;
  };
};

describe('mergeCases', () => {
  it('keeps a case only this tab has (new here) and one only storage has (new in the other tab)', () => {
    const m = mergeCases({ a: saved('a', 'a1') }, { b: saved('b', 'b1') }, {}, ids());
    expect(Object.keys(m.cases).sort()).toEqual(['a', 'b']);
    expect(m.conflicts).toEqual([]);
    expect(m.fromOther).toEqual(['b']);
  });

  it('takes the newer side when only one side changed since the base', () => {
    const mine = { a: saved('a', 'a2', 'mine'), b: saved('b', 'b1') };
    const theirs = { a: saved('a', 'a1'), b: saved('b', 'b2', 'theirs') };
    const m = mergeCases(mine, theirs, { a: 'a1', b: 'b1' }, ids());
    expect(m.cases.a!.draft.name).toBe('mine');
    expect(m.cases.b!.draft.name).toBe('theirs');
    expect(m.fromOther).toEqual(['b']);
    expect(m.conflicts).toEqual([]);
  });

  it('both changed the same case: this tab keeps it, the other version is kept as a marked copy, and it is reported', () => {
    const m = mergeCases({ a: saved('a', 'a2', 'TSH here') }, { a: saved('a', 'a3', '3D ultrasound there') }, { a: 'a1' }, ids());
    expect(m.cases.a!.draft.name).toBe('TSH here');
    expect(m.cases.copy1).toMatchObject({ id: 'copy1', conflictOf: 'a', draft: { name: '3D ultrasound there' } });
    expect(m.conflicts).toEqual([{ kind: 'both-changed', id: 'a', copyId: 'copy1' }]);
  });

  it('a deletion in one tab wins only over a case the other tab has not changed', () => {
    const untouched = mergeCases({ a: saved('a', 'a1') }, {}, { a: 'a1' }, ids());
    expect(untouched.cases).toEqual({});
    const changedHere = mergeCases({ a: saved('a', 'a2') }, {}, { a: 'a1' }, ids());
    expect(Object.keys(changedHere.cases)).toEqual(['a']);
    expect(changedHere.conflicts).toEqual([{ kind: 'deleted-there', id: 'a' }]);
    const deletedHere = mergeCases({}, { a: saved('a', 'a1') }, { a: 'a1' }, ids());
    expect(deletedHere.cases).toEqual({});
    const changedThere = mergeCases({}, { a: saved('a', 'a2') }, { a: 'a1' }, ids());
    expect(Object.keys(changedThere.cases)).toEqual(['a']);
  });

  it('the same revision on both sides is no conflict', () => {
    const a = saved('a', 'a2');
    const m = mergeCases({ a }, { a: { ...a } }, { a: 'a1' }, ids());
    expect(m).toEqual({ cases: { a }, conflicts: [], fromOther: [] });
  });
});
