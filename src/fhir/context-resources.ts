// The person as the case describes her: the Patient (identifiers only if the case file holds them),
// age, BMI, smoking, a pregnancy now, the losses the guideline counted, and medicines taken now.
import type { MedicationStatement, Observation, ObservationComponent, Patient } from '@medplum/fhirtypes';
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { citationNote } from './citation.ts';
import type { BundleContext } from './resources.ts';
import { itemConcept, UCUM } from './systems.ts';

/** Only what the case holds: no identifier, name or birth date unless the case file has one. */
export function patientResource(c: Case): Patient {
  const p = c.patient;
  return {
    resourceType: 'Patient',
    ...(p.nhsNumber ? { identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: p.nhsNumber }] } : {}),
    ...(p.name ? { name: [{ text: p.name }] } : {}),
    ...(p.dateOfBirth ? { birthDate: p.dateOfBirth } : {}),
  };
}

const quantity = (value: number, unit: string, code: string) => ({ value, unit, system: UCUM, code });
const flagComponent = (text: string, value: boolean | undefined): ObservationComponent[] =>
  value === undefined ? [] : [{ code: { text }, valueBoolean: value }];

/** Text codes only: no standard code is claimed (docs/integration.md, "Codes"). */
export function contextObservations(c: Case, e: Evaluation, ctx: BundleContext): Observation[] {
  const base = { resourceType: 'Observation', status: 'final', subject: ctx.patient, effectiveDateTime: ctx.authoredOn } as const;
  const out: Observation[] = [{ ...base, code: { text: 'Age (years)' }, valueQuantity: quantity(c.patient.age, 'years', 'a') }];
  if (c.patient.bmi !== undefined) out.push({ ...base, code: { text: 'Body mass index' }, valueQuantity: quantity(c.patient.bmi, 'kg/m2', 'kg/m2') });
  if (c.patient.smoker !== undefined) out.push({ ...base, code: { text: 'Smokes' }, valueBoolean: c.patient.smoker });
  out.push({
    ...base,
    code: { text: `Pregnancy losses counted by ${e.guideline.shortTitle}` },
    valueInteger: e.definition.losses,
    note: [{ text: `${e.definition.met ? 'Meets' : 'Does not meet'} the definition: ${e.definition.rule}` }, citationNote(e.definition.citation)],
  });
  const now = c.currentPregnancy;
  if (now) {
    const component: ObservationComponent[] = [
      ...(now.gestationWeeks !== undefined
        ? [{ code: { text: 'Completed weeks of gestation' }, valueQuantity: quantity(now.gestationWeeks, 'weeks', 'wk') }]
        : []),
      ...flagComponent('Intrauterine pregnancy seen on a scan', now.intrauterineConfirmed),
      ...flagComponent('Heartbeat seen', now.heartbeat),
      ...flagComponent('Vaginal bleeding now', now.bleeding),
      ...flagComponent('Pain now', now.pain),
      ...(now.cervicalLengthMm !== undefined
        ? [
            {
              code: { text: `Cervical length${now.cervicalLengthAtWeeks !== undefined ? ` at ${now.cervicalLengthAtWeeks} weeks` : ''}` },
              valueQuantity: quantity(now.cervicalLengthMm, 'mm', 'mm'),
            },
          ]
        : []),
    ];
    out.push({ ...base, code: { text: 'Pregnant now' }, valueBoolean: true, ...(component.length ? { component } : {}) });
  }
  return out;
}

export function medicineStatements(c: Case, ctx: BundleContext): MedicationStatement[] {
  return (c.medicines ?? []).map((m) => ({
    resourceType: 'MedicationStatement',
    status: 'active',
    medicationCodeableConcept: itemConcept(m.id),
    subject: ctx.patient,
    dateAsserted: ctx.authoredOn,
    ...(m.since ? { effectivePeriod: { start: m.since } } : {}),
    ...(m.note ? { note: [{ text: m.note }] } : {}),
  }));
}
