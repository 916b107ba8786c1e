// Properties of the patient-context rules (issue 11) over generated cases with a pregnancy now,
// medicines, previous VTE and the histories that make a medicine indicated:
// - adding a medicine she takes, for a condition the guideline supports it for, never adds a flag for it;
// - a woman pregnant now never has a between-pregnancy investigation (or septum surgery) to do now.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Case, validateCase } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { GUIDELINE_IDS, type ItemId, MEDICINE_IDS, type MedicineId, VENOUS_THROMBOSIS_CAUSES } from '../../guidelines/ids.ts';
import { TODAY, validCaseArb } from '../support/arbitrary-case.ts';

const RUNS = 150;

/** Investigations that belong between pregnancies, and surgery never offered in one: fixed here, not read from the rule files. */
const NOT_DURING_PREGNANCY: ItemId[] = [
  'parental-karyotype',
  'pelvic-ultrasound-3d',
  'pelvic-ultrasound-2d',
  'sonohysterography',
  'hysterosalpingography',
  'hysteroscopy',
  'pelvic-mri',
  'inherited-thrombophilia',
  'septum-resection',
];

const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const compact = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const pregnancyNowArb = fc
  .record({
    gestationWeeks: optional(fc.integer({ min: 3, max: 42 })),
    intrauterineConfirmed: fc.boolean(),
    heartbeat: optional(fc.boolean()),
    bleeding: optional(fc.boolean()),
    pain: optional(fc.boolean()),
    cervicalLengthMm: optional(fc.integer({ min: 5, max: 60 })),
    cervicalLengthAtWeeks: optional(fc.integer({ min: 3, max: 42 })),
  })
  .map((p) =>
    compact({
      ...p,
      // Keep the measurement consistent with the pregnancy, as the schema requires.
      cervicalLengthAtWeeks:
        p.cervicalLengthMm === undefined
          ? undefined
          : p.cervicalLengthAtWeeks === undefined
            ? undefined
            : Math.min(p.cervicalLengthAtWeeks, p.gestationWeeks ?? 42),
    }),
  );

/** Thyroid results often enough that levothyroxine is indicated (overt or subclinical hypothyroidism) in some cases. */
const thyroidArb = fc
  .record({
    tsh: fc.constantFrom(1.2, 3.1, 4.5, 6.2, 11),
    freeT4: optional(fc.constantFrom('normal' as const, 'abnormal' as const)),
    tpo: optional(fc.constantFrom('positive' as const, 'negative' as const)),
  })
  .map(({ tsh, freeT4, tpo }) => [
    { test: 'tsh' as const, date: '2026-03-01', value: tsh, unit: 'mIU/L' },
    ...(freeT4 ? [{ test: 'free-t4' as const, date: '2026-03-01', interpretation: freeT4 }] : []),
    ...(tpo ? [{ test: 'tpo-antibodies' as const, date: '2026-03-01', interpretation: tpo }] : []),
  ]);

/** A valid case with context: maybe pregnant now, maybe a previous VTE, conditions a medicine treats, medicines taken. */
const contextCaseArb = fc
  .record({
    base: validCaseArb,
    now: optional(pregnancyNowArb),
    vte: optional(fc.constantFrom(...VENOUS_THROMBOSIS_CAUSES)),
    conditions: fc.record({ thyroidDisease: fc.boolean(), sle: fc.boolean(), diabetes: fc.boolean(), arterialThrombosis: fc.boolean() }),
    medicines: fc.uniqueArray(fc.constantFrom(...MEDICINE_IDS), { maxLength: 3 }),
    partnerSmoker: optional(fc.boolean()),
    thyroid: optional(thyroidArb),
  })
  .map(({ base, now, vte, conditions, medicines, partnerSmoker, thyroid }): unknown => ({
    ...base,
    // Appended last, so they are the latest thyroid results on their date.
    ...(thyroid ? { results: [...(base.results ?? []).filter((r) => !['tsh', 'free-t4', 'tpo-antibodies'].includes(r.test)), ...thyroid] } : {}),
    patient: compact({ ...base.patient, partnerSmoker }),
    history: compact({
      ...base.history,
      ...conditions,
      currentlyPregnant: now ? true : base.history?.currentlyPregnant,
      ...(vte ? { venousThrombosis: true, venousThrombosisCause: vte } : {}),
    }),
    ...(now ? { currentPregnancy: now } : {}),
    ...(medicines.length ? { medicines: medicines.map((id) => ({ id })) } : {}),
  }))
  .map((raw) => {
    const v = validateCase(raw, TODAY);
    if (!v.ok) throw new Error(`generated an invalid case: ${JSON.stringify(v.problems)}`);
    return v.value;
  });

const taking = (c: Case, id: MedicineId): Case => ({ ...c, medicines: [...(c.medicines ?? []), { id }] });

describe('patient-context properties', () => {
  it('adding a medicine she takes for a condition the guideline supports it for never adds a flag for it', () => {
    fc.assert(
      fc.property(contextCaseArb, fc.constantFrom(...GUIDELINE_IDS), (c, g) => {
        const taken = new Set<string>([...(c.medicines ?? []).map((x) => x.id), ...(c.declined ?? []).map((d) => d.id)]);
        // Every medicine the guideline supports for her now, that she does not take yet.
        const indicated = evaluateCase(c, g).items.filter(
          (i) =>
            (MEDICINE_IDS as readonly string[]).includes(i.id) &&
            !taken.has(i.id) &&
            (i.verdict === 'recommended' || i.verdict === 'conditional') &&
            i.status !== 'not-applicable',
        );
        for (const before of indicated) {
          const m = before.id as MedicineId;
          const after = evaluateCase(taking(c, m), g);
          expect(
            after.flags.map((f) => f.id),
            `${g}: ${m} flagged once taken (was ${before.ruleId})`,
          ).not.toContain(m);
          const item = after.items.find((i) => i.id === m)!;
          expect(item.takenNow).toBe(true);
          expect(item.why, `${g}: ${m}`).toMatch(/continue/);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('a woman pregnant now never has a between-pregnancy investigation or septum surgery to do now', () => {
    fc.assert(
      fc.property(contextCaseArb, fc.constantFrom(...GUIDELINE_IDS), (c, g) => {
        fc.pre(c.currentPregnancy !== undefined || c.history?.currentlyPregnant === true);
        const e = evaluateCase(c, g);
        const now = e.items.filter((i) => NOT_DURING_PREGNANCY.includes(i.id) && (i.status === 'to-do' || i.status === 'repeat-due'));
        expect(
          now.map((i) => `${i.id}: ${i.status}`),
          g,
        ).toEqual([]);
        // Other rules may defer an item for another reason (e.g. tissue genetics "at the next loss"); these say "after this pregnancy".
        for (const i of e.items.filter((x) => x.status === 'deferred' && NOT_DURING_PREGNANCY.includes(x.id)))
          expect(i.why, i.id).toMatch(/after this pregnancy/);
        expect(e.referral.missingBeforeReferral.filter((id) => NOT_DURING_PREGNANCY.includes(id))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
