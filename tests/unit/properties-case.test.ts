// Properties of validateCase (src/engine/case-schema.ts): it never throws; it accepts every valid
// case; for anything else it names every problem with a non-empty field path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/engine/case-schema.ts';
import { defectiveCaseArb, futureDate, junkArb, runs, TODAY, validCaseArb } from '../support/arbitrary-case.ts';

const TOP_LEVEL = new Set([
  '(case)',
  'schemaVersion',
  'guideline',
  'patient',
  'pregnancies',
  'history',
  'results',
  'declined',
  'requested',
  'referralQuestion',
  'notes',
  'clinicalDiscretion',
]);

describe('validateCase properties', () => {
  it('accepts every generated valid case and returns it unchanged', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const v = validateCase(c, TODAY);
        if (!v.ok) throw new Error(`refused a valid case: ${JSON.stringify(v.problems)}\n${JSON.stringify(c)}`);
        expect(v.value).toEqual(c);
      }),
      { numRuns: runs(400) },
    );
  });

  it('never throws on junk, and either accepts it or names each problem with a path and a reason', () => {
    fc.assert(
      fc.property(junkArb, (input) => {
        let v: ReturnType<typeof validateCase> | undefined;
        expect(() => {
          v = validateCase(input, TODAY);
        }).not.toThrow();
        if (v!.ok) return;
        expect(v!.problems.length).toBeGreaterThan(0);
        for (const p of v!.problems) {
          expect(typeof p.path).toBe('string');
          expect(p.path.length).toBeGreaterThan(0);
          expect(p.message.trim().length).toBeGreaterThan(0);
          expect(TOP_LEVEL.has(p.path.split(/[.[]/)[0]!)).toBe(true);
        }
      }),
      { numRuns: runs(600) },
    );
  });

  it('a case with several defects is refused naming every one of them, not only the first', () => {
    fc.assert(
      fc.property(defectiveCaseArb, ({ input, paths, defects }) => {
        const v = validateCase(input, TODAY);
        expect(v.ok, defects.join(', ')).toBe(false);
        if (!v.ok) expect(v.problems.map((p) => p.path)).toEqual(expect.arrayContaining(paths));
      }),
      { numRuns: runs(300) },
    );
  });

  it('a result dated after today is refused; one dated today is accepted', () => {
    fc.assert(
      fc.property(validCaseArb, futureDate, (c, future) => {
        const result = { test: 'tsh' as const, date: future, interpretation: 'normal' as const };
        const refused = validateCase({ ...c, results: [result] }, TODAY);
        expect(refused.ok ? [] : refused.problems.map((p) => p.path)).toEqual(['results[0].date']);
        expect(validateCase({ ...c, results: [{ ...result, date: TODAY }] }, TODAY).ok).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it('a valid case with one field broken is refused, naming that field or an ancestor of it', () => {
    const breakers: [string, (c: Record<string, unknown>) => void, string][] = [
      [
        'age too low',
        (c) => {
          (c.patient as Record<string, unknown>).age = 3;
        },
        'patient.age',
      ],
      [
        'age missing',
        (c) => {
          delete (c.patient as Record<string, unknown>).age;
        },
        'patient.age',
      ],
      [
        'schemaVersion',
        (c) => {
          c.schemaVersion = 2;
        },
        'schemaVersion',
      ],
      [
        'unknown field',
        (c) => {
          c.surprise = true;
        },
        '(case)',
      ],
      [
        'pregnancies not a list',
        (c) => {
          c.pregnancies = 'three';
        },
        'pregnancies',
      ],
    ];
    for (const [, breakIt, path] of breakers) {
      fc.assert(
        fc.property(validCaseArb, (c) => {
          const copy = structuredClone(c) as unknown as Record<string, unknown>;
          breakIt(copy);
          const v = validateCase(copy, TODAY);
          expect(v.ok).toBe(false);
          if (!v.ok) expect(v.problems.map((p) => p.path)).toContain(path);
        }),
        { numRuns: runs(60) },
      );
    }
  });
});
