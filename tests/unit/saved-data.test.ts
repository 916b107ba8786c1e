// Saved data read field by field: a field of the wrong type is repaired and named, never a crash,
// and every case that can be read is kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../src/store/intake-draft.ts';
import { migrate, sanitise, STORE_VERSION } from '../../src/store/saved-data.ts';

const at = '2026-01-01T00:00:00.000Z';
const good = { id: 'a', rev: 'r1', createdAt: at, updatedAt: at, draft: { ...emptyDraft(), name: 'Ada', age: '34' } };
const withCase = (c: unknown) => ({ preferences: { role: 'nurse', guideline: 'eshre-2022', shortcuts: false }, cases: { a: c }, openCaseId: 'a' });

describe('sanitise', () => {
  it('a well-formed state comes back unchanged, with nothing to report', () => {
    const { state, repairs } = sanitise(withCase(good));
    expect(state.cases.a).toEqual(good);
    expect(state.preferences).toEqual({ role: 'nurse', guideline: 'eshre-2022', shortcuts: false });
    expect(repairs).toEqual([]);
  });

  it.each([
    [
      'draft.age a number (kept as its text)',
      { ...good, draft: { ...good.draft, age: 41 } },
      (c: typeof good) => expect(c.draft.age).toBe('41'),
      /age was a number/,
    ],
    ['draft.name null', { ...good, draft: { ...good.draft, name: null } }, (c: typeof good) => expect(c.draft.name).toBe(''), /name had the wrong type/],
    [
      'a pregnancy null',
      { ...good, draft: { ...good.draft, pregnancies: [null, good.draft.pregnancies[0]] } },
      (c: typeof good) => expect(c.draft.pregnancies).toHaveLength(1),
      /1 unreadable entry left out/,
    ],
    ['a case without updatedAt', { ...good, updatedAt: undefined }, (c: typeof good) => expect(c.updatedAt).toBe(at), /last changed was missing/],
    [
      'a pregnancy weeks as a number',
      { ...good, draft: { ...good.draft, pregnancies: [{ ...good.draft.pregnancies[0], weeks: 8 }] } },
      (c: typeof good) => expect(c.draft.pregnancies[0]!.weeks).toBe('8'),
      /weeks was a number/,
    ],
    [
      'a saved workup that is not an object',
      { ...good, machine: 'x' },
      (c: typeof good & { machine?: unknown }) => expect(c.machine).toBeUndefined(),
      /saved progress could not be read/,
    ],
  ])('%s: repaired, named, the rest kept', (_label, raw, check, named) => {
    const { state, repairs } = sanitise(withCase(raw));
    check(state.cases.a! as never);
    expect(state.cases.a!.draft.age).toMatch(/^(34|41)$/);
    expect(repairs.join('; ')).toMatch(named);
    expect(state.openCaseId).toBe('a');
  });

  it('an unreadable case is left out and named; the others are kept', () => {
    const { state, repairs } = sanitise({ cases: { a: good, b: null, c: 7 } });
    expect(Object.keys(state.cases)).toEqual(['a']);
    expect(repairs).toEqual(['case b could not be read (left out)', 'case c could not be read (left out)']);
  });

  it('property: whatever JSON is stored, reading never throws and yields drafts of text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (draft, other) => {
        const { state } = sanitise({ cases: { a: { ...good, draft }, b: other }, preferences: other });
        for (const c of Object.values(state.cases)) {
          for (const f of ['age', 'bmi', 'name', 'nhsNumber', 'dateOfBirth', 'referralQuestion'] as const) expect(typeof c.draft[f]).toBe('string');
          expect(Array.isArray(c.draft.pregnancies)).toBe(true);
          for (const p of c.draft.pregnancies) expect(typeof p.weeks).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('migrate', () => {
  it('format 1 → 2: revisions added, a pending case becomes the case the workup opens from, the workup snapshot loses its derived fields', () => {
    const v1 = {
      cases: {
        a: {
          id: 'a',
          createdAt: at,
          updatedAt: at,
          draft: good.draft,
          pendingCase: { schemaVersion: 1 },
          machine: {
            version: 1,
            snapshot: {
              status: 'active',
              value: 'review',
              context: { case: null, guideline: 'eshre-2022', role: 'gp', evaluation: null, beforeGuidelineChange: null, reached: [] },
            },
          },
        },
      },
    };
    const out = sanitise(migrate(v1, 1)).state.cases.a!;
    expect(out.rev).toBe(at);
    expect(out.fromFile).toEqual({ schemaVersion: 1 });
    expect(out).not.toHaveProperty('pendingCase');
    expect(out.machine).toEqual({
      version: 2,
      snapshot: { status: 'active', value: 'review', context: { case: null, guideline: 'eshre-2022', previousGuideline: null, triage: false, reached: [] } },
    });
    expect(STORE_VERSION).toBe(2);
  });
});
