// The FHIR R4 export: every bundle passes medplum's R4 validator and our required-code checks, and
// says what the workup says (results, items due, items flagged as not to do, findings) with citations.
import { readFileSync } from 'node:fs';
import type { Bundle, CodeSystem, DetectedIssue, Observation, MedicationRequest, Resource, ServiceRequest } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_INVESTIGATION_IDS, ALL_ITEM_IDS } from '../../guidelines/ids.ts';
import { type Case, validateCase } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { buildFhirBundle } from '../../src/fhir/bundle.ts';
import { FINDING_SYSTEM, ITEM_SYSTEM } from '../../src/fhir/systems.ts';
import { bundleProblems, indexDefinitions } from '../support/fhir.ts';
import { makeCase } from '../support/cases.ts';

const EXAMPLES = [
  'new-referral-three-losses',
  'aps-lupus-anticoagulant-confirmed',
  'unbalanced-pregnancy-tissue',
  'unexplained-complete-workup-asks-nk',
  'context/pregnant-now-context',
];

function fixture(name: string): Case {
  const v = validateCase(JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')), '2026-11-23');
  if (!v.ok) throw new Error(`${name}: ${JSON.stringify(v.problems)}`);
  return v.value;
}

const bundleFor = (c: Case, guideline = c.guideline ?? 'eshre-2022') => buildFhirBundle(c, evaluateCase(c, guideline), { generatedOn: '2026-11-23' });
const resources = (b: Bundle) => (b.entry ?? []).map((e) => e.resource!);
const ofType = <T extends Resource>(b: Bundle, type: T['resourceType']) => resources(b).filter((r): r is T => r.resourceType === type);
type Request = ServiceRequest | MedicationRequest;
const requests = (b: Bundle) => [...ofType<ServiceRequest>(b, 'ServiceRequest'), ...ofType<MedicationRequest>(b, 'MedicationRequest')];
const itemCode = (r: Request) =>
  (r.resourceType === 'ServiceRequest' ? r.code : r.medicationCodeableConcept)?.coding?.find((c) => c.system === ITEM_SYSTEM)?.code;

/** Every request, result and issue of a long case: all items requested, a result for every investigation. */
function longCase(): Case {
  return makeCase({
    patient: { age: 39, bmi: 31, smoker: true },
    pregnancies: [
      ...Array.from({ length: 10 }, (_, i) => ({ outcome: 'loss' as const, gestationWeeks: 5 + (i % 8), visualised: i % 3 !== 0 })),
      { outcome: 'live-birth', gestationWeeks: 39 },
      { outcome: 'ectopic' },
      { outcome: 'loss', gestationWeeks: 17, visualised: true },
    ],
    history: { venousThrombosis: true, thyroidDisease: true, sle: true, familyThrombophilia: true },
    results: ALL_INVESTIGATION_IDS.map((test, i) => ({
      test,
      date: `2026-0${1 + (i % 9)}-1${i % 10}`,
      interpretation: i % 2 ? 'normal' : 'abnormal',
      note: `result ${i} <b>&</b>`,
    })),
    declined: [{ id: 'parental-karyotype', reason: 'declined after counselling' }],
    medicines: [
      { id: 'levothyroxine', note: '100 micrograms daily' },
      { id: 'prednisolone', since: '2026-01-02' },
    ],
    requested: [...ALL_ITEM_IDS],
  });
}

// Generous limits: the machine may be shared; nothing here measures time.
describe('FHIR bundle', { timeout: 60_000 }, () => {
  beforeAll(indexDefinitions, 120_000);

  it.each(EXAMPLES)('%s: valid R4 under each guideline', (name) => {
    for (const g of ['eshre-2022', 'rcog-2023', 'asrm-2012'] as const) {
      const b = bundleFor(fixture(name), g);
      expect(b).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      expect(bundleProblems(b)).toEqual([]);
    }
  });

  it('a long case (13 pregnancies, a result for every investigation, every item requested) is valid', () => {
    const c = longCase();
    const e = evaluateCase(c, 'eshre-2022');
    const b = bundleFor(c);
    expect(bundleProblems(b)).toEqual([]);
    expect(ofType<Observation>(b, 'Observation').filter((o) => o.code.coding?.[0]?.system === ITEM_SYSTEM)).toHaveLength(c.results!.length);
    expect(
      requests(b)
        .filter((r) => r.doNotPerform)
        .map(itemCode)
        .sort(),
    ).toEqual(e.flags.map((f) => f.id).sort());
  });

  it('a requested NK cell test becomes a doNotPerform request with its reason, harms and citation', () => {
    const b = bundleFor(fixture('unexplained-complete-workup-asks-nk'));
    const nk = requests(b).find((r) => itemCode(r) === 'nk-cells-blood')!;
    expect(nk).toMatchObject({ resourceType: 'ServiceRequest', doNotPerform: true, intent: 'proposal', status: 'active' });
    expect(nk.reasonCode![0]!.text).toMatch(/Natural killer cell testing.*is not recommended/);
    expect(nk.instantiatesUri![0]).toMatch(/^https:\/\//);
    const notes = nk.note!.map((n) => n.text).join('\n');
    expect(notes).toMatch(/Harms: /);
    expect(notes).toMatch(/Instead: /);
    expect(notes).toContain('ESHRE 2022 · 2017 rec 22');
    const steroids = requests(b).find((r) => itemCode(r) === 'prednisolone')!;
    expect(steroids).toMatchObject({ resourceType: 'MedicationRequest', doNotPerform: true });
  });

  it('investigations due are proposals to do; a flagged item is never also proposed', () => {
    const c = fixture('new-referral-three-losses');
    const e = evaluateCase(c, 'eshre-2022');
    const due = requests(bundleFor(c)).filter((r) => !r.doNotPerform);
    for (const id of e.referral.missingBeforeReferral) expect(due.map(itemCode)).toContain(id);
    expect(due.every((r) => r.intent === 'proposal' && r.status === 'active' && r.reasonCode?.[0]?.text)).toBe(true);
  });

  it('results are Observations with the lab interpretation code; findings are DetectedIssues citing the guideline', () => {
    const b = bundleFor(fixture('aps-lupus-anticoagulant-confirmed'));
    const la = ofType<Observation>(b, 'Observation').filter((o) => o.code.coding?.[0]?.code === 'aps-lupus-anticoagulant');
    expect(la.length).toBeGreaterThanOrEqual(2);
    expect(la[0]!.interpretation![0]!.coding![0]!.code).toBe('POS');
    const issue = ofType<DetectedIssue>(b, 'DetectedIssue').find((d) => d.code?.coding?.[0]?.code === 'aps-laboratory-criteria-met')!;
    expect(issue.code!.coding![0]!.system).toBe(FINDING_SYSTEM);
    expect(issue.reference).toMatch(/^https:\/\//);
    expect(issue.detail).toContain('positive on 2026-02-03');
  });

  it('a TSH result also carries its LOINC code (verified at loinc.org); no other standard code is claimed', () => {
    const b = bundleFor(fixture('unexplained-complete-workup-asks-nk'));
    const tsh = ofType<Observation>(b, 'Observation').find((o) => o.code.coding?.[0]?.code === 'tsh')!;
    expect(tsh.code.coding![1]).toEqual({ system: 'http://loinc.org', code: '3016-3', display: 'Thyrotropin [Units/volume] in Serum or Plasma' });
    const standard = JSON.stringify(b).match(/"system":"http:\/\/(loinc\.org|snomed\.info\/sct)"/g) ?? [];
    expect(standard).toHaveLength(1);
  });

  it('carries its own code systems, and every item code used is defined there', () => {
    const b = bundleFor(longCase());
    const systems = ofType<CodeSystem>(b, 'CodeSystem');
    const items = systems.find((s) => s.url === ITEM_SYSTEM)!;
    expect(items.concept!.map((c) => c.code)).toEqual([...ALL_ITEM_IDS]);
    const used = JSON.stringify(resources(b).filter((r) => r.resourceType !== 'CodeSystem')).match(/"system":"[^"]+\/CodeSystem\/item","code":"[^"]+"/g)!;
    for (const u of used) expect(ALL_ITEM_IDS).toContain(u.replace(/.*"code":"/, '').replace('"', ''));
    expect(systems.find((s) => s.url === FINDING_SYSTEM)!.concept!.map((c) => c.code)).toContain('aps-laboratory-criteria-met');
  });

  it('every reference resolves inside the bundle; no identifier the case does not hold', () => {
    const b = bundleFor(longCase());
    const urls = new Set(b.entry!.map((e) => e.fullUrl));
    expect(urls.size).toBe(b.entry!.length);
    const refs: string[] = [];
    JSON.stringify(b, (_key, v: unknown) => {
      if (v && typeof v === 'object' && !('resourceType' in v) && 'reference' in v && typeof v.reference === 'string') refs.push(v.reference);
      return v;
    });
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) expect(urls).toContain(ref);
    expect(ofType(b, 'Patient')).toEqual([{ resourceType: 'Patient' }]);
    const named = bundleFor(makeCase({ patient: { age: 30, name: 'A Patient', nhsNumber: '943 476 5919' } as Case['patient'] }));
    expect(ofType(named, 'Patient')[0]).toMatchObject({ name: [{ text: 'A Patient' }], identifier: [{ value: '943 476 5919' }] });
  });

  it('a wrong status would be caught (the required-code check can fail)', () => {
    const b = bundleFor(fixture('unexplained-complete-workup-asks-nk'));
    const nk = requests(b).find((r) => r.doNotPerform)!;
    (nk as { status: string }).status = 'proposed';
    expect(bundleProblems(b).join('\n')).toMatch(/status: "proposed" is not in its required value set/);
  });
});
