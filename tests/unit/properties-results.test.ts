// Properties of reading results (issue 11), over generated valid cases and every guideline:
// a lupus anticoagulant taken on an anticoagulant never counts toward APS; a lab's flag never lowers a
// titre threshold; a titre in a unit the threshold is not written in is never read as negative.
// Each was checked once against a deliberate mutation of src/engine/antiphospholipid.ts (see the
// results helper's report): the property then failed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawGuidelines } from '../../guidelines/index.ts';
import type { Case, Result } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import type { Evaluation } from '../../src/engine/evaluation.ts';
import type { GuidelineId } from '../../guidelines/ids.ts';
import { pastDate, validCaseArb } from '../support/arbitrary-case.ts';

const GUIDELINES = Object.keys(rawGuidelines) as GuidelineId[];
const RUNS = 200;
const COURSE_FINDINGS = ['aps-laboratory-criteria-met', 'aps-repeat-due', 'aps-positive-not-persistent'];

/** What the antiphospholipid courses decide: the course findings with their detail, and the treatment they lead to. */
function apsAnswer(e: Evaluation) {
  const treatment = e.items.find((i) => i.id === 'aspirin-heparin-for-aps');
  return {
    findings: e.findings.filter((f) => COURSE_FINDINGS.includes(f.id)).map((f) => [f.id, f.detail]),
    treatment: treatment ? [treatment.ruleId, treatment.status] : undefined,
    redFlags: e.referral.redFlags.map((r) => r.id),
  };
}

const flag = fc.constantFrom<Result['interpretation']>('positive', 'abnormal', 'negative', 'normal', undefined);
const isotype = fc.constantFrom<'IgG' | 'IgM'>('IgG', 'IgM');
const withoutAps = (c: Case): Case => ({ ...c, results: (c.results ?? []).filter((r) => !r.test.startsWith('aps-')) });
const compact = (r: Result): Result => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Result;

/** Lupus anticoagulant results marked as taken on an anticoagulant, any reading, often on the same days as others. */
const onAnticoagulantArb = (dates: string[]) =>
  fc.array(
    fc
      .record({
        date: dates.length ? fc.oneof(pastDate, fc.constantFrom(...dates)) : pastDate,
        interpretation: fc.constantFrom('positive', 'abnormal', 'negative', 'normal', 'inconclusive'),
      })
      .map(({ date, interpretation }): Result => ({ test: 'aps-lupus-anticoagulant', date, interpretation, onAnticoagulant: true })),
    { minLength: 1, maxLength: 6 },
  );

/** Antibody titres with a value: criterion units or not, with or without the lab's 99th centile. */
const titreArb = fc
  .record({
    test: fc.constantFrom('aps-anticardiolipin', 'aps-anti-b2gp1'),
    date: pastDate,
    isotype,
    value: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(40, 40.0001, 20, 20.5)),
    p99: fc.option(fc.constantFrom(10, 20, 40, 60), { nil: undefined }),
    unitPick: fc.nat(),
    interpretation: flag,
  })
  .map(({ unitPick, ...r }) => {
    const units = r.test === 'aps-anticardiolipin' ? ['GPL', 'MPL', 'U/mL', 'CU'] : ['U/mL', 'SGU', 'SMU', 'CU'];
    return compact({ ...r, unit: units[unitPick % units.length] } as Result);
  });

describe.each(GUIDELINES)('result-reading properties (%s)', (g) => {
  it('lupus anticoagulant marked onAnticoagulant never changes what the antiphospholipid courses decide', () => {
    fc.assert(
      fc.property(
        validCaseArb.chain((base) => fc.tuple(fc.constant(base), onAnticoagulantArb((base.results ?? []).map((r) => r.date)))),
        ([base, added]) => {
          const before = evaluateCase(base, g);
          const after = evaluateCase({ ...base, results: [...(base.results ?? []), ...added] }, g);
          expect(apsAnswer(after)).toEqual(apsAnswer(before));
          const la = (e: Evaluation) => e.items.find((i) => i.id === 'aps-lupus-anticoagulant')?.status;
          expect(la(after)).toBe(la(before));
          expect(after.findings.some((f) => f.id.startsWith('lupus-anticoagulant-on-anticoagulant'))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("a lab's positive flag never lowers a titre threshold: the flags can be swapped without changing the answer", () => {
    fc.assert(
      fc.property(validCaseArb, fc.array(titreArb, { minLength: 1, maxLength: 8 }), fc.array(flag, { minLength: 8, maxLength: 8 }), (base, titres, swapped) => {
        const c = withoutAps(base);
        const a = evaluateCase({ ...c, results: [...(c.results ?? []), ...titres] }, g);
        const reflagged = titres.map((r, i) => compact({ ...r, interpretation: swapped[i] }));
        const b = evaluateCase({ ...c, results: [...(c.results ?? []), ...reflagged] }, g);
        expect(apsAnswer(b)).toEqual(apsAnswer(a));
      }),
      { numRuns: RUNS },
    );
  });

  it('titres at or below 40 GPL/MPL and the lab 99th centile never count, however they are flagged', () => {
    fc.assert(
      fc.property(validCaseArb, fc.array(titreArb, { minLength: 1, maxLength: 8 }), (base, titres) => {
        const low = titres.map((r) => {
          const limits = [r.p99 ?? Infinity, r.unit === 'GPL' || r.unit === 'MPL' ? 40 : Infinity];
          return compact({ ...r, value: Math.min(r.value!, ...limits.filter(Number.isFinite)), interpretation: 'positive' });
        });
        const c = withoutAps(base);
        const e = evaluateCase({ ...c, results: [...(c.results ?? []), ...low] }, g);
        expect(e.findings.filter((f) => COURSE_FINDINGS.includes(f.id))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a titre in a unit the threshold is not written in, without the 99th centile, is never read as negative', () => {
    fc.assert(
      fc.property(
        validCaseArb,
        fc.array(fc.record({ date: pastDate, isotype, value: fc.integer({ min: 0, max: 500 }), unit: fc.constantFrom('U/mL', 'CU'), interpretation: flag }), {
          minLength: 1,
          maxLength: 6,
        }),
        (base, raw) => {
          const c = withoutAps(base);
          const results = raw.map((r) => compact({ test: 'aps-anticardiolipin', ...r } as Result));
          const e = evaluateCase(
            { ...c, declined: (c.declined ?? []).filter((d) => d.id !== 'aps-anticardiolipin'), results: [...(c.results ?? []), ...results] },
            g,
          );
          expect(e.items.find((i) => i.id === 'aps-anticardiolipin')?.status).not.toBe('done');
          expect(e.findings.map((f) => f.id)).toContain('aps-titre-not-judged');
          expect(e.findings.filter((f) => COURSE_FINDINGS.includes(f.id))).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
