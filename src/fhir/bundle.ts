// A workup as a FHIR R4 Bundle (type collection), built on this device from a case and its
// evaluation: nothing is sent anywhere. See docs/integration.md for the mapping.
import type { Bundle, BundleEntry, Reference, Resource } from '@medplum/fhirtypes';
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { guidelineDocument } from './citation.ts';
import { dueRequest, findingIssue, flagRequest, resultObservation, type BundleContext } from './resources.ts';
import { contextObservations, medicineStatements, patientResource } from './context-resources.ts';
import { findingCodeSystem, itemCodeSystem, itemDomain } from './systems.ts';

export interface BundleOptions {
  /** The day the bundle is made (YYYY-MM-DD). */
  generatedOn: string;
  /** Makes each entry's id; random UUIDs unless a test wants them fixed. */
  newId?: () => string;
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
  for (const o of contextObservations(c, e, ctx)) add(o);
  for (const m of medicineStatements(c, ctx)) add(m);
  const resultRefs = (c.results ?? []).map((r) => ({ test: r.test, ref: add(resultObservation(r, ctx)) }));

  const due = e.items.filter((i) => (i.status === 'to-do' || i.status === 'repeat-due') && i.verdict !== 'not-recommended');
  for (const item of due) add(dueRequest(item, ctx));
  for (const flag of e.flags) add(flagRequest(flag, ctx));
  for (const f of e.findings) {
    add(findingIssue(f, ctx, f.domain ? resultRefs.filter((r) => itemDomain(r.test) === f.domain).map((r) => r.ref) : []));
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
