// The patient as far as the EHR's prefetch tells: age from Patient.birthDate, losses and history from
// Conditions, results from laboratory Observations. What it does not tell is listed, and read the
// safe way: unknown losses are taken to meet the guideline's definition, so a warning is never
// withheld and no investigation is called unnecessary.
import { getGuideline } from '../../guidelines/index.ts';
import { ALL_INVESTIGATION_IDS, type GuidelineId, type ItemId, MEDICINE_IDS } from '../../guidelines/ids.ts';
import { type Case, type Result, validateCase } from '../engine/case-schema.ts';
import { matchItem } from '../engine/match-item.ts';
import { isPatientAge, MAX_AGE_YEARS, MIN_AGE_YEARS } from '../engine/patient-age.ts';
import type { FhirResource } from './request.ts';
import { ITEM_SYSTEM, VERIFIED_RESULT_CODES } from '../fhir/systems.ts';

export interface PatientContext {
  case: Case;
  /** What the service could not know, in words for the card. */
  unknowns: string[];
  /** Laboratory results were sent (so a result-dependent verdict was read from them). */
  resultsSent: boolean;
}

type Json = Record<string, unknown>;
const asList = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The resources of a prefetched search Bundle (or the single resource itself). */
function resourcesOf(value: FhirResource | null | undefined, type: string): Json[] {
  if (!value) return [];
  if (value.resourceType === type) return [value];
  return asList((value as Json).entry)
    .map((e) => e.resource as Json)
    .filter((r) => r?.resourceType === type);
}

/** Every wording of a CodeableConcept: its text and each coding's display. */
export function conceptTexts(concept: unknown): string[] {
  const c = (concept ?? {}) as Json;
  return [str(c.text), ...asList(c.coding).map((x) => str(x.display))].filter((t): t is string => Boolean(t));
}

/** The item a concept codes: the project's own code, or a verified standard code (e.g. LOINC 3016-3 → tsh). */
export function conceptItemCode(concept: unknown): string | undefined {
  const codings = asList((concept as Json | undefined)?.coding);
  const own = codings.find((x) => x.system === ITEM_SYSTEM && typeof x.code === 'string')?.code as string | undefined;
  if (own) return own;
  const standard = Object.entries(VERIFIED_RESULT_CODES).find(([, v]) => codings.some((x) => x.system === v!.system && x.code === v!.code));
  return standard?.[0];
}

function ageOn(birthDate: string, today: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const LOSS = /miscarriage|pregnancy loss|spontaneous abortion|missed abortion|incomplete abortion/i;
const RECURRENT = /recurrent (miscarriage|pregnancy loss)|habitual abort|recurrent spontaneous abortion/i;
type HistoryFlag = 'sle' | 'venousThrombosis' | 'arterialThrombosis' | 'thyroidDisease' | 'diabetes';
const HISTORY: [HistoryFlag, RegExp][] = [
  ['sle', /systemic lupus|\bSLE\b/i],
  ['venousThrombosis', /venous thrombo|deep vein thrombosis|pulmonary embol|\bDVT\b/i],
  ['arterialThrombosis', /arterial thrombo/i],
  ['thyroidDisease', /thyroid/i],
  ['diabetes', /diabet/i],
];
const INACTIVE = new Set(['entered-in-error', 'refuted']);

const INTERPRETATION: Record<string, Result['interpretation']> = {
  N: 'normal',
  A: 'abnormal',
  AA: 'abnormal',
  H: 'abnormal',
  HH: 'abnormal',
  L: 'abnormal',
  LL: 'abnormal',
  POS: 'positive',
  DET: 'positive',
  NEG: 'negative',
  ND: 'negative',
  IND: 'inconclusive',
};

/** A laboratory Observation as a case result, or nothing when it names no known investigation or date. */
function resultOf(o: Json): Result | undefined {
  const byCode = conceptItemCode(o.code);
  const test =
    byCode && (ALL_INVESTIGATION_IDS as readonly string[]).includes(byCode)
      ? byCode
      : conceptTexts(o.code)
          .map((t) => matchItem(t)[0])
          .find((m) => m && (ALL_INVESTIGATION_IDS as readonly ItemId[]).includes(m.id))?.id;
  const date = (str(o.effectiveDateTime) ?? str(o.issued))?.slice(0, 10);
  if (!test || !date) return undefined;
  const codes = asList(o.interpretation).flatMap((i) => asList(i.coding).map((c) => str(c.code)));
  const interpretation = codes.map((c) => c && INTERPRETATION[c]).find(Boolean);
  const q = (o.valueQuantity ?? {}) as Json;
  const withValue = typeof q.value === 'number' && typeof q.unit === 'string' ? { value: q.value, unit: q.unit } : {};
  return { test, date, ...(interpretation ? { interpretation } : {}), ...withValue } as Result;
}

/** The catalogue medicine a MedicationStatement is for, by code or wording. */
function medicineOf(m: Json): string | undefined {
  const concept = m.medicationCodeableConcept ?? { text: (m.medicationReference as Json | undefined)?.display };
  const byCode = conceptItemCode(concept);
  const isMedicine = (id: string | undefined) => id !== undefined && (MEDICINE_IDS as readonly string[]).includes(id);
  if (isMedicine(byCode)) return byCode;
  return conceptTexts(concept)
    .map((t) => matchItem(t)[0]?.id)
    .find(isMedicine);
}

export function readPatientContext(prefetch: Record<string, FhirResource | null> | undefined, guideline: GuidelineId, today: string): PatientContext {
  const g = getGuideline(guideline);
  const unknowns: string[] = [];
  const all = Object.values(prefetch ?? {});

  const birthDate = all
    .flatMap((v) => resourcesOf(v, 'Patient'))
    .map((p) => str(p.birthDate))
    .find(Boolean);
  let age = birthDate ? ageOn(birthDate, today) : undefined;
  if (!isPatientAge(age)) {
    unknowns.push(
      age === undefined
        ? 'Age unknown (no birth date sent).'
        : `Age ${age} is outside the range the rules were written for (${MIN_AGE_YEARS}–${MAX_AGE_YEARS}).`,
    );
    age = 30; // a placeholder the case file needs; no rule behind these cards reads age
  }

  const conditions = all
    .flatMap((v) => resourcesOf(v, 'Condition'))
    .filter((c) => !asList((c.verificationStatus as Json | undefined)?.coding).some((x) => INACTIVE.has(String(x.code))));
  const texts = conditions.map((c) => conceptTexts(c.code).join(' '));
  const singleLosses = texts.filter((t) => LOSS.test(t) && !RECURRENT.test(t)).length;
  const recurrent = texts.some((t) => RECURRENT.test(t));
  let losses = Math.max(singleLosses, recurrent ? g.definition.minLosses : 0);
  if (losses === 0) {
    losses = g.definition.minLosses;
    unknowns.push(`Number of pregnancy losses unknown: assumed ${g.shortTitle}'s definition is met (${g.definition.rule}).`);
  } else if (recurrent && singleLosses < g.definition.minLosses) {
    // Some answers change with the count (e.g. ESHRE: aspirin plus heparin for APS with two losses or three).
    unknowns.push(
      `Recurrent pregnancy loss is recorded without the number of losses: read as ${losses}, the fewest ${g.shortTitle}'s definition allows (${g.definition.rule}); more losses can change the answer.`,
    );
  }
  const history: NonNullable<Case['history']> = {};
  for (const [field, pattern] of HISTORY) if (texts.some((t) => pattern.test(t))) history[field] = true;

  const observations = all.flatMap((v) => resourcesOf(v, 'Observation'));
  const results = observations
    .map(resultOf)
    .filter((r): r is Result => r !== undefined)
    // A result the case file would refuse (future date, unit the rules do not read…) is left out rather than guessed at.
    .filter((r) => validateCase({ schemaVersion: 1, patient: { age }, pregnancies: [], results: [r] }, today).ok);
  if (observations.length === 0)
    unknowns.push('No laboratory results were sent: results that change the answer (e.g. antiphospholipid antibodies, thyroid tests) could not be read.');

  // Medicines taken now change verdicts (e.g. heparin for a woman on an oral anticoagulant is her plan, not a flag).
  const statements = all.flatMap((v) => resourcesOf(v, 'MedicationStatement'));
  if (statements.length === 0) unknowns.push('Medicines taken now were not sent.');
  const medicines = [
    ...new Set(
      statements
        .filter((m) => m.status === 'active' || m.status === undefined)
        .map(medicineOf)
        .filter((id): id is string => id !== undefined),
    ),
  ].map((id) => ({ id }));
  const pregnancies = Array.from({ length: losses }, () => ({ outcome: 'loss' as const, gestationWeeks: 8, visualised: true }));
  const v = validateCase({ schemaVersion: 1, guideline, patient: { age }, pregnancies, history, results, ...(medicines.length ? { medicines } : {}) }, today);
  if (!v.ok) throw new Error('patient context did not make a valid case'); // built above from checked parts only
  return { case: v.value, unknowns, resultsSent: observations.length > 0 };
}
