// The case file of CONTRACT.md §1, validated with zod. A bad case is refused with every
// problem named by its field path; the input itself is never altered.
import { z } from '../../guidelines/zod.ts';
import { CATALOGUE } from '../../guidelines/catalogue.ts';
import {
  ALL_INVESTIGATION_IDS,
  ALL_ITEM_IDS,
  GUIDELINE_IDS,
  INTERPRETATIONS,
  OUTCOMES,
  TISSUE_GENETICS,
  VENOUS_THROMBOSIS_CAUSES,
} from '../../guidelines/ids.ts';
import { ALWAYS, currentPregnancySchema, medicinesSchema, refineContext } from './case-context-schema.ts';
import { plausibleDate as isoDate, refineBirthDate } from './case-dates.ts';
import { MAX_AGE_YEARS, MIN_AGE_YEARS } from './patient-age.ts';
const flag = z.boolean({ error: 'must be true or false' }).optional();
const freeText = (max: number) => z.string().max(max, `must be at most ${max} characters`);

function pregnancySchemaFor(today: string) {
  return z
    .strictObject({
      outcome: z.enum(OUTCOMES, { error: `must be one of ${OUTCOMES.join(', ')}` }),
      gestationWeeks: z
        .number({ error: 'must be a number of weeks' })
        .int('must be whole weeks')
        .min(0, 'cannot be negative')
        .max(45, 'must be at most 45 weeks')
        .optional(),
      visualised: flag,
      tissueGenetics: z.enum(TISSUE_GENETICS, { error: `must be one of ${TISSUE_GENETICS.join(', ')}` }).optional(),
      /** When the pregnancy ended (§1a). */
      endDate: isoDate.refine((d) => d <= today, 'is in the future; enter the date the pregnancy ended').optional(),
    })
    .superRefine((p, ctx) => {
      if (p.tissueGenetics !== undefined && p.outcome !== 'loss') {
        ctx.addIssue({ code: 'custom', path: ['tissueGenetics'], message: 'applies only to a pregnancy loss' });
      }
    });
}

/** Checks across a result's fields: units, plausible values, isotype, and a date not in the future. */
function resultSchema(today: string) {
  return z
    .strictObject({
      test: z.enum(ALL_INVESTIGATION_IDS, { error: 'is not a known investigation id (CONTRACT.md §2)' }),
      date: isoDate,
      isotype: z.enum(['IgG', 'IgM'], { error: 'must be IgG or IgM' }).optional(),
      value: z.number({ error: 'must be a number' }).finite('must be a finite number').optional(),
      unit: freeText(20).optional(),
      interpretation: z.enum(INTERPRETATIONS, { error: `must be one of ${INTERPRETATIONS.join(', ')}` }).optional(),
      note: freeText(500).optional(),
      /** The sample was taken on an anticoagulant (§1a): a lupus anticoagulant result cannot be read. */
      onAnticoagulant: flag,
      /** The lab's 99th-centile cut-off for this antibody, in the result's unit (§1a). */
      p99: z.number({ error: 'must be a number' }).finite('must be a finite number').positive('must be above 0').optional(),
    })
    .superRefine((r, ctx) => {
      const entry = CATALOGUE[r.test];
      const issue = (path: string[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (r.date > today) issue(['date'], `is in the future (${r.date}); enter the date the sample was taken`);
      if (r.value === undefined && r.interpretation === undefined) issue([], 'needs a value or an interpretation');
      if (r.value !== undefined && r.unit === undefined && entry.units) {
        issue(['unit'], `is required with a value; use ${entry.units.join(' or ')}`);
      }
      if (r.unit !== undefined && entry.units && !entry.units.includes(r.unit)) {
        issue(['unit'], `"${r.unit}" is not a unit for ${r.test}; use ${entry.units.join(' or ')}`);
      }
      const range = entry.plausibleRange;
      if (r.value !== undefined && range && (r.value < range[0]! || r.value > range[1]!)) {
        issue(['value'], `${r.value} is outside the plausible range ${range[0]}–${range[1]} for ${r.test}; check the number and unit`);
      }
      if (r.isotype !== undefined && !entry.isotypes) issue(['isotype'], `does not apply to ${r.test}`);
      if (r.p99 !== undefined && !entry.isotypes) issue(['p99'], `applies only to an antiphospholipid antibody titre, not to ${r.test}`);
      if (r.p99 !== undefined && r.value === undefined) issue(['p99'], 'needs the value it is compared with');
    });
}

const itemId = z.enum(ALL_ITEM_IDS, { error: 'is not a known test or treatment id (CONTRACT.md §2)' });

export function caseSchemaFor(today: string) {
  return z
    .strictObject({
      schemaVersion: z.literal(1, { error: 'must be 1' }),
      guideline: z.enum(GUIDELINE_IDS, { error: `must be one of ${GUIDELINE_IDS.join(', ')}` }).optional(),
      patient: z.strictObject(
        {
          name: freeText(120).optional(),
          nhsNumber: freeText(40).optional(),
          dateOfBirth: isoDate.refine((d) => d <= today, 'is in the future').optional(),
          age: z
            .number({ error: 'is required: a number of years' })
            .int('must be whole years')
            .min(MIN_AGE_YEARS, `must be at least ${MIN_AGE_YEARS}`)
            .max(MAX_AGE_YEARS, `must be at most ${MAX_AGE_YEARS}`),
          bmi: z.number({ error: 'must be a number' }).min(12, 'must be at least 12').max(80, 'must be at most 80').optional(),
          smoker: flag,
          partnerAge: z
            .number({ error: 'must be a number of years' })
            .int('must be whole years')
            .min(14, 'must be at least 14')
            .max(100, 'must be at most 100')
            .optional(),
          partnerSmoker: flag,
        },
        { error: 'is required' },
      ),
      pregnancies: z.array(pregnancySchemaFor(today), { error: 'must be a list of pregnancies' }),
      currentPregnancy: currentPregnancySchema.optional(),
      medicines: medicinesSchema(today).optional(),
      history: z
        .strictObject({
          currentlyPregnant: flag,
          venousThrombosis: flag,
          arterialThrombosis: flag,
          sle: flag,
          thyroidDisease: flag,
          diabetes: flag,
          menstrualIrregularity: flag,
          familyThrombophilia: flag,
          previousUnbalancedOffspring: flag,
          familyChromosomalRearrangement: flag,
          venousThrombosisCause: z.enum(VENOUS_THROMBOSIS_CAUSES, { error: `must be one of ${VENOUS_THROMBOSIS_CAUSES.join(', ')}` }).optional(),
        })
        .optional(),
      results: z.array(resultSchema(today), { error: 'must be a list of results' }).optional(),
      declined: z
        .array(z.strictObject({ id: itemId, reason: freeText(500).trim().min(1, 'a reason is required') }))
        .superRefine((list, ctx) => {
          // Run even when an entry is wrong, so a duplicate is named beside an unknown id.
          if (!Array.isArray(list)) return;
          const ids = (list as unknown[]).map((d) => (typeof d === 'object' && d !== null ? (d as { id?: unknown }).id : undefined));
          const seen = new Set<unknown>();
          ids.forEach((id, i) => {
            if (typeof id === 'string' && seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `${id} is declined twice` });
            seen.add(id);
          });
        }, ALWAYS)
        .optional(),
      requested: z.array(itemId, { error: 'must be a list of test or treatment ids' }).optional(),
      referralQuestion: freeText(1000).optional(),
      notes: freeText(4000).optional(),
      /** The clinician chose to evaluate below the definition, where the guideline allows discretion (RCOG after two). */
      clinicalDiscretion: flag,
    })
    .superRefine(refineContext, ALWAYS)
    .superRefine(refineBirthDate(today), ALWAYS);
}

export const caseSchema = caseSchemaFor('9999-12-31');

// Building the schema costs more than using it: keep the one for today.
let cached: { today: string; schema: ReturnType<typeof caseSchemaFor> } | undefined;
function schemaFor(today: string) {
  if (cached?.today !== today) cached = { today, schema: caseSchemaFor(today) };
  return cached.schema;
}

export type Case = z.infer<typeof caseSchema>;
export type Pregnancy = z.infer<ReturnType<typeof pregnancySchemaFor>>;
export type Medicine = NonNullable<Case['medicines']>[number];
export type CurrentPregnancy = NonNullable<Case['currentPregnancy']>;
export type Result = z.infer<ReturnType<typeof resultSchema>>;

export interface Problem {
  /** Field path, e.g. `results[2].date`. */
  path: string;
  message: string;
}

export type Validation = { ok: true; value: Case } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Validates a case; on failure every problem is listed with its field path. */
export function validateCase(input: unknown, today: string = todayIso()): Validation {
  const parsed = schemaFor(today).safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path) || '(case)',
        message: issue.code === 'unrecognized_keys' ? `has unknown field(s): ${issue.keys.join(', ')}` : issue.message,
      })),
    };
  }
  return { ok: true, value: parsed.data };
}
