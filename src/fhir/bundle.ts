// A workup as a FHIR R4 Bundle (type collection), built on this device from a case and its
// evaluation: nothing is sent anywhere. See docs/integration.md for the mapping.
import type { Bundle, BundleEntry, Observation, Patient, Reference, Resource } from '@medplum/fhirtypes';
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { guidelineDocument } from './citation.ts';
import { dueRequest, findingIssue, flagRequest, resultObservation, type BundleContext } from './resources.ts';
import { findingCodeSystem, itemCodeSystem, itemDomain, UCUM } from './systems.ts';

export interface BundleOptions {
  /** The day the bundle is made (YYYY-MM-DD). */
  generatedOn: string;
  /** Makes each entry's id; random UUIDs unless a test wants them fixed. */
  newId?: () => string;
}

/** Only what the case holds: no identifier, name or birth date unless the case file has one. */
function patientResource(c: Case): Patient {
  const p = c.patient as Case['patient'] & { name?: string; nhsNumber?: string; dateOfBirth?: string };
  return {
    resourceType: 'Patient',
    ...(p.nhsNumber ? { identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: p.nhsNumber }] } : {}),
    ...(p.name ? { name: [{ text: p.name }] } : {}),
    ...(p.dateOfBirth ? { birthDate: p.dateOfBirth } : {}),
  };
}

/** Age, BMI and smoking as the case gives them (text codes: no standard code is claimed). */
function contextObservations(c: Case, ctx: BundleContext): Observation[] {
  const base = { resourceType: 'Observation', status: 'final', subject: ctx.patient, effectiveDateTime: ctx.authoredOn } as const;
  const out: Observation[] = [
    { ...base, code: { text: 'Age (years)' }, valueQuantity: { value: c.patient.age, unit: 'years', system: UCUM, code: 'a' } },
  ];
  if (c.patient.bmi !== undefined) out.push({ ...base, code: { text: 'Body mass index' }, valueQuantity: { value: c.patient.bmi, unit: 'kg/m2', system: UCUM, code: 'kg/m2' } });
  if (c.patient.smoker !== undefined) out.push({ ...base, code: { text: 'Smokes' }, valueBoolean: c.patient.smoker });
  return out;
}

export function buildFhirBundle(c: Case, e: Evaluation, options: BundleOptions): Bundle {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const entries: BundleEntry[] = [];
  const add = <T extends Resource>(resource: T): Reference<T> => {
    const fullUrl = `urn:uuid:${newId()}`;
    entries.push({ fullUrl, resource });
    return { reference: fullUrl, type: resource.resourceType };
  };

  const patient = add(patientResource(c));
  const ctx: BundleContext = { patient, guidelineDocument: add(guidelineDocument(e.guideline)), authoredOn: options.generatedOn };
  for (const o of contextObservations(c, ctx)) add(o);
  const resultRefs = (c.results ?? []).map((r) => ({ test: r.test, ref: add(resultObservation(r, ctx)) }));

  const due = e.items.filter((i) => (i.status === 'to-do' || i.status === 'repeat-due') && i.verdict !== 'not-recommended');
  for (const item of due) add(dueRequest(item, ctx));
  for (const flag of e.flags) add(flagRequest(flag, ctx));
  for (const f of e.findings) {
    const domain = (f as typeof f & { domain?: string }).domain;
    add(findingIssue(f, ctx, domain ? resultRefs.filter((r) => itemDomain(r.test as never) === domain).map((r) => r.ref) : []));
  }
  for (const r of e.referral.redFlags) add(findingIssue(r, ctx, [], true));
  add(itemCodeSystem());
  add(findingCodeSystem());

  return {
    resourceType: 'Bundle',
    type: 'collection',
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${newId()}` },
    timestamp: `${options.generatedOn}T00:00:00Z`,
    entry: entries,
  };
}

export function fhirFileName(generatedOn: string): string {
  return `rpl-workup-fhir-${generatedOn}.json`;
}
