// One FHIR resource per thing the workup says: a result entered (Observation), an item due
// (ServiceRequest/MedicationRequest, intent proposal), an item flagged (the same with doNotPerform),
// a finding or red flag (DetectedIssue). Every request carries its reason and citation.
import type { CodeableConcept, DetectedIssue, DocumentReference, MedicationRequest, Observation, Patient, Reference, ServiceRequest } from '@medplum/fhirtypes';
import type { Citation } from '../../guidelines/schema.ts';
import type { Result } from '../engine/case-schema.ts';
import type { EvaluatedItem, Finding, Flag, RedFlag } from '../engine/evaluation.ts';
import type { ItemId } from '../../guidelines/ids.ts';
import { citationNote, textNotes } from './citation.ts';
import { findingConcept, INTERPRETATION_SYSTEM, isMedicine, itemConcept, itemDomain, resultConcept } from './systems.ts';

/** What every resource of one bundle shares. */
export interface BundleContext {
  patient: Reference<Patient>;
  guidelineDocument: Reference<DocumentReference>;
  /** The day the bundle was made (YYYY-MM-DD): when the proposals were authored. */
  authoredOn: string;
}

const INTERPRETATION_CODE = {
  normal: ['N', 'Normal'],
  abnormal: ['A', 'Abnormal'],
  positive: ['POS', 'Positive'],
  negative: ['NEG', 'Negative'],
  inconclusive: ['IND', 'Indeterminate'],
} as const;

const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

export function resultObservation(r: Result, ctx: BundleContext): Observation {
  const category = r.test === 'hysteroscopy' ? 'procedure' : itemDomain(r.test as ItemId) === 'anatomical' ? 'imaging' : 'laboratory';
  const obs: Observation = {
    resourceType: 'Observation',
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: category, display: category[0]!.toUpperCase() + category.slice(1) }] }],
    code: resultConcept(r.test as ItemId),
    subject: ctx.patient,
    effectiveDateTime: r.date,
  };
  if (r.isotype) obs.code = { ...obs.code, text: `${obs.code.text} ${r.isotype}` };
  // Units are written as the lab wrote them; they are not claimed to be UCUM codes.
  if (r.value !== undefined) obs.valueQuantity = { value: r.value, ...(r.unit ? { unit: r.unit } : {}) };
  if (r.interpretation) {
    const [code, display] = INTERPRETATION_CODE[r.interpretation];
    obs.interpretation = [{ coding: [{ system: INTERPRETATION_SYSTEM, code, display }], text: r.interpretation }];
  }
  if (r.p99 !== undefined) obs.referenceRange = [{ high: { value: r.p99, ...(r.unit ? { unit: r.unit } : {}) }, text: "the lab's 99th centile" }];
  const notes = textNotes([r.note, r.onAnticoagulant ? 'Sample taken on an anticoagulant: lupus anticoagulant cannot be read.' : undefined]);
  if (notes.length) obs.note = notes;
  return obs;
}

interface Said {
  id: ItemId;
  why: string;
  harms?: string;
  instead?: string;
  citation: Citation;
}

/** The fields a ServiceRequest and a MedicationRequest share: status, reason, citation. */
function requestBase(s: Said, ctx: BundleContext, extraNotes: (string | undefined)[]) {
  return {
    status: 'active' as const,
    intent: 'proposal' as const,
    subject: ctx.patient,
    authoredOn: ctx.authoredOn,
    instantiatesUri: [s.citation.url],
    reasonCode: [{ text: s.why } satisfies CodeableConcept],
    note: [...textNotes([...extraNotes, s.harms && `Harms: ${s.harms}`, s.instead && `Instead: ${s.instead}`]), citationNote(s.citation)],
  };
}

function request(s: Said, ctx: BundleContext, doNotPerform: boolean, notes: (string | undefined)[]): ServiceRequest | MedicationRequest {
  const base = { ...requestBase(s, ctx, notes), ...(doNotPerform ? { doNotPerform: true } : {}) };
  // The same supporting document; R4 names the field differently on the two resources.
  if (isMedicine(s.id)) {
    return { resourceType: 'MedicationRequest', ...base, medicationCodeableConcept: itemConcept(s.id), supportingInformation: [ctx.guidelineDocument] };
  }
  return { resourceType: 'ServiceRequest', ...base, code: itemConcept(s.id), supportingInfo: [ctx.guidelineDocument] };
}

/** An item the guideline calls for in this case and that is not done yet. */
export function dueRequest(item: EvaluatedItem, ctx: BundleContext): ServiceRequest | MedicationRequest {
  const r = request(item, ctx, false, [`${item.verdict === 'recommended' ? 'Recommended' : 'Conditional'} (${item.condition}); status: ${item.status}.`]);
  if (item.dueFrom && r.resourceType === 'ServiceRequest') r.occurrencePeriod = { start: item.dueFrom };
  if (item.dueFrom) r.note!.unshift({ text: `A valid repeat can be taken from ${item.dueFrom}.` });
  return r;
}

/** A test or treatment asked about that the guideline does not recommend: a request not to do it. */
export function flagRequest(flag: Flag, ctx: BundleContext): ServiceRequest | MedicationRequest {
  const asked = { requested: 'Asked about or offered', 'result-entered': 'A result was entered for it', 'taken-now': 'She takes this now' }[flag.source];
  const verdict = flag.verdict === 'not-recommended' ? 'not recommended' : 'not addressed by the guideline';
  return request(flag, ctx, true, [`${asked}; ${verdict}.`]);
}

type Severity = NonNullable<DetectedIssue['severity']>;
const SEVERITY: Record<Finding['severity'], Severity> = { urgent: 'high', action: 'moderate', info: 'low' };

/** A finding (or, with `redFlag`, a red flag for referral) as a DetectedIssue with its evidence. */
export function findingIssue(f: Finding | RedFlag, ctx: BundleContext, evidence: Reference<Observation>[], redFlag = false): DetectedIssue {
  const severity: Severity = !redFlag && 'severity' in f ? SEVERITY[f.severity] : 'high';
  const detail = 'detail' in f && f.detail.length ? `${f.why} ${f.detail.join(' ')}` : f.why;
  return {
    resourceType: 'DetectedIssue',
    status: 'final',
    code: findingConcept(f.id, redFlag ? `Red flag: ${f.why}` : f.why),
    severity,
    patient: ctx.patient,
    identifiedDateTime: ctx.authoredOn,
    detail: `${detail} (${citationNote(f.citation).text})`,
    reference: f.citation.url,
    ...(evidence.length ? { evidence: [{ detail: evidence }] } : {}),
  };
}
