// The code systems a bundle speaks. The project's own ids (CONTRACT.md §2) are a CodeSystem with a
// stable URL: an EHR can map them once. Standard codes (SNOMED CT, LOINC) are added only where a
// cited source verified them (standard-codes.ts); none is guessed.
import type { CodeSystem, CodeableConcept, Coding } from '@medplum/fhirtypes';
import { CATALOGUE } from '../../guidelines/catalogue.ts';
import { getGuideline } from '../../guidelines/index.ts';
import { ALL_ITEM_IDS, type Domain, GUIDELINE_IDS, type ItemId } from '../../guidelines/ids.ts';

export const FHIR_BASE = 'https://rpl-workup.example/fhir';
/** Tests and treatments: code = the contract id, e.g. `nk-cells-blood`. */
export const ITEM_SYSTEM = `${FHIR_BASE}/CodeSystem/item`;
/** Findings and red flags the guidelines name, e.g. `aps-laboratory-criteria-met`. */
export const FINDING_SYSTEM = `${FHIR_BASE}/CodeSystem/finding`;
/** Results' interpretation flags (HL7 v3 ObservationInterpretation: N, A, POS, NEG, IND). */
export const INTERPRETATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const UCUM = 'http://unitsofmeasure.org';
/** The vocabulary follows the contract's add-never-rename rule, so its version is the contract's. */
const VOCABULARY_VERSION = '1';

export const LOINC = 'http://loinc.org';

/** Standard codes for results, each verified at the cited source. Only where a source was read: none is guessed. */
export const VERIFIED_RESULT_CODES: Partial<Record<ItemId, Coding & { source: string }>> = {
  // loinc.org, LP14487-0 "Thyrotropin": the TSH code with no stated detection limit, the one to use when
  // the assay's generation is not known (a result typed in from a letter).
  tsh: { system: LOINC, code: '3016-3', display: 'Thyrotropin [Units/volume] in Serum or Plasma', source: 'https://loinc.org/LP14487-0/' },
};

/** The item and, where verified, its standard code: for a result Observation. */
export function resultConcept(id: ItemId): CodeableConcept {
  const concept = itemConcept(id);
  const standard = VERIFIED_RESULT_CODES[id];
  if (standard) concept.coding!.push({ system: standard.system, code: standard.code, display: standard.display });
  return concept;
}

const items = CATALOGUE;

/** Treatments that are medicines: asked for as a MedicationRequest; every other item as a ServiceRequest. */
const MEDICINES: ReadonlySet<string> = new Set([
  'low-dose-aspirin',
  'heparin',
  'aspirin-heparin-for-aps',
  'progesterone',
  'levothyroxine',
  'prednisolone',
  'ivig',
  'intralipid',
  'g-csf',
  'tnf-alpha-inhibitor',
  'hcg',
  'metformin',
  'vitamin-d-supplement',
  'folic-acid',
  'thromboprophylaxis',
  'oral-anticoagulant',
]);
export const isMedicine = (id: string): boolean => MEDICINES.has(id);

export function itemName(id: ItemId): string {
  return items[id]?.name ?? id;
}

export function itemDomain(id: ItemId): Domain | undefined {
  return items[id]?.domain;
}

export function itemConcept(id: ItemId): CodeableConcept {
  const coding: Coding[] = [{ system: ITEM_SYSTEM, code: id, display: itemName(id) }];
  return { coding, text: itemName(id) };
}

export function findingConcept(id: string, text: string): CodeableConcept {
  return { coding: [{ system: FINDING_SYSTEM, code: id }], text };
}

const CODE_SYSTEM_META = { status: 'active', content: 'complete', caseSensitive: true, experimental: false } as const;

/** The item CodeSystem, included in every bundle so the bundle explains its own codes. */
export function itemCodeSystem(): CodeSystem {
  return {
    resourceType: 'CodeSystem',
    url: ITEM_SYSTEM,
    version: VOCABULARY_VERSION,
    name: 'RplWorkupItem',
    title: 'RPL Workup tests and treatments',
    ...CODE_SYSTEM_META,
    description: 'Investigations and treatments for recurrent pregnancy loss, by the ids of the RPL Workup contract. Add, never rename.',
    count: ALL_ITEM_IDS.length,
    concept: ALL_ITEM_IDS.map((id) => ({
      code: id,
      display: items[id].name,
      ...(items[id].plainWhat ? { definition: items[id].plainWhat } : {}),
    })),
  };
}

/** Every finding and red flag any guideline file names, with its first wording. */
export function findingCodeSystem(): CodeSystem {
  const concepts = new Map<string, string>();
  for (const id of GUIDELINE_IDS) {
    const g = getGuideline(id);
    for (const s of [...g.findings, ...g.redFlags]) if (!concepts.has(s.id)) concepts.set(s.id, s.why);
  }
  return {
    resourceType: 'CodeSystem',
    url: FINDING_SYSTEM,
    version: VOCABULARY_VERSION,
    name: 'RplWorkupFinding',
    title: 'RPL Workup findings and red flags',
    ...CODE_SYSTEM_META,
    description: 'What the RPL Workup engine finds in a case (e.g. antiphospholipid laboratory criteria met), by its stable ids.',
    count: concepts.size,
    concept: [...concepts].map(([code, definition]) => ({ code, display: code.replace(/-/g, ' '), definition })),
  };
}
