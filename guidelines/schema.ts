// The shape of a guideline rule file. Every file in guidelines/ is parsed with this schema
// before the engine will use it, so a rule without a complete citation never ships.
import { z } from './zod.ts';
import { ALL_ITEM_IDS, DOMAINS, GUIDELINE_IDS, INVESTIGATION_IDS, MEDICINE_IDS, SEVERITIES, VERDICTS } from './ids.ts';
import { BOOLEAN_FACT_NAMES, NUMERIC_FACT_NAMES } from './facts-catalogue.ts';

const text = z.string().trim().min(1);
const itemId = z.enum(ALL_ITEM_IDS);

export const citationSchema = z.strictObject({
  guideline: z.enum(GUIDELINE_IDS),
  /**
   * Set when the text is not this guideline's own but a document it points to or that governs the
   * patient's context (e.g. "NICE NG126", "RCOG GTG 37a"): citations then name that source, never
   * the guideline, as the author.
   */
  source: text.optional(),
  /** The document actually read, e.g. "ESHRE guideline: recurrent pregnancy loss (2017, v2)". */
  document: text,
  /** Recommendation number or section, written as the source writes it ("2017 rec 22", "§7.6"). */
  reference: text,
  /** Strength or grade as the source gives it; "not graded" for narrative text. */
  strength: text,
  /** Evidence quality or level as the source gives it; "not graded" where there is none. */
  evidence: text,
  url: z.url(),
  /** Present when the wording for this edition could not be verified: says what is unknown. */
  unverified: text.optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export type Condition =
  | { fact: string }
  | { fact: string; gte?: number; gt?: number; lte?: number; lt?: number }
  /** She takes this medicine now (case.medicines). */
  | { takes: string }
  | { not: Condition }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: z.enum(BOOLEAN_FACT_NAMES) }),
    z
      .strictObject({
        fact: z.enum(NUMERIC_FACT_NAMES),
        gte: z.number().optional(),
        gt: z.number().optional(),
        lte: z.number().optional(),
        lt: z.number().optional(),
      })
      .refine((c) => [c.gte, c.gt, c.lte, c.lt].some((v) => v !== undefined), {
        message: 'a numeric fact needs a comparison (gte, gt, lte or lt)',
      }),
    z.strictObject({ takes: z.enum(MEDICINE_IDS) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
  ]),
);

export const ruleSchema = z.strictObject({
  /** Stable id: `<item>.<variant>`, unique within the file. */
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  item: itemId,
  /** When this rule applies, as data; absent means always. The first matching rule wins. */
  when: conditionSchema.optional(),
  /** The same condition in words, for clinicians reviewing the rule. */
  condition: text,
  verdict: z.enum(VERDICTS),
  /** false: the guideline's statement does not call for the item in this case (status not-applicable). */
  applies: z.boolean().default(true),
  why: text,
  plainWhy: text,
  harms: text.optional(),
  instead: text.optional(),
  /** Other investigations that fulfil this one (e.g. sonohysterography where 3D ultrasound is unavailable). */
  satisfiedBy: z.array(itemId).optional(),
  /**
   * This verdict is for the item as part of a combination (aspirin as part of aspirin plus heparin
   * for APS): where the combination is also to discuss, summaries name the combination, not the part alone.
   */
  partOf: itemId.optional(),
  citation: citationSchema,
});
export type Rule = z.infer<typeof ruleSchema>;

const thresholdSchema = z.strictObject({ value: z.number(), unit: text, citation: citationSchema });

const statementSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  when: conditionSchema,
  why: text,
  plainWhy: text,
  citation: citationSchema,
});
export type Statement = z.infer<typeof statementSchema>;

/** A finding: a statement with how urgent it is and, where it belongs to one, the workup step. */
const findingSchema = statementSchema.extend({
  severity: z.enum(SEVERITIES),
  domain: z.enum(DOMAINS).optional(),
});
export type FindingStatement = z.infer<typeof findingSchema>;

/** Prognosis in the guideline's own words for an age and number of losses; never a number it does not give. */
const prognosisSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  when: conditionSchema.optional(),
  text,
  plainText: text,
  citation: citationSchema,
});
export type PrognosisStatement = z.infer<typeof prognosisSchema>;

/**
 * Items that are not to be done now although the guideline calls for them (e.g. investigations that
 * belong between pregnancies, while she is pregnant): their status becomes `deferred`, and this why says when.
 */
const deferralSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  when: conditionSchema,
  items: z.array(itemId).min(1),
  why: text,
  plainWhy: text,
  citation: citationSchema,
});
export type Deferral = z.infer<typeof deferralSchema>;

export const guidelineSchema = z.strictObject({
  $comment: z.string().optional(),
  id: z.enum(GUIDELINE_IDS),
  title: text,
  shortTitle: text,
  published: text,
  url: z.url(),
  reference: text,
  ruleVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  verificationNote: text,
  definition: z.strictObject({
    /** Which pregnancies count: every loss incl. non-visualised; clinical (visualised) losses only; or first-trimester miscarriages. */
    counts: z.enum(['pregnancy-losses', 'clinical-losses', 'first-trimester-miscarriages']),
    minLosses: z.number().int().min(1),
    /** A single second-trimester loss of this many also meets the definition (RCOG). */
    secondTrimesterLosses: z.number().int().min(1).optional(),
    /** Evaluation may start from this many losses at clinical discretion. */
    discretionFrom: z.number().int().min(1).optional(),
    discretionText: text.optional(),
    viabilityWeeks: thresholdSchema,
    firstTrimesterLastWeek: thresholdSchema,
    rule: text,
    plainRule: text,
    excludes: text,
    citation: citationSchema,
  }),
  thresholds: z.strictObject({
    apsRepeatDays: thresholdSchema,
    anticardiolipinTitre: thresholdSchema,
    tshUpper: thresholdSchema,
    tshMild: thresholdSchema.optional(),
    /** Antiphospholipid tests are read with care when taken sooner than this after a pregnancy loss. */
    apsAfterLossDays: thresholdSchema.optional(),
  }),
  referral: z.strictObject({ when: conditionSchema, rule: text, citation: citationSchema }),
  findings: z.array(findingSchema),
  redFlags: z.array(statementSchema),
  /** The first statement whose condition holds is the prognosis; absent where the guideline gives none. */
  prognosis: z.array(prognosisSchema).optional(),
  deferrals: z.array(deferralSchema).optional(),
  /** The antibodies whose confirmed result meets this guideline's laboratory criteria; absent: all three (Sydney). */
  apsCriteria: z.strictObject({ tests: z.array(z.enum(INVESTIGATION_IDS.antiphospholipid)).min(1), citation: citationSchema }).optional(),
  rules: z.array(ruleSchema).min(1),
});
export type Guideline = z.infer<typeof guidelineSchema>;
export type GuidelineInput = z.input<typeof guidelineSchema>;
