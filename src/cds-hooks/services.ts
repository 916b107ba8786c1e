// The services this CDS Hooks 2.0 server offers: order-select and order-sign, per guideline.
// ESHRE 2022 is the default (ids without a guideline suffix). ASRM 2012 has no service: the parts
// of it that were read recommend against none of these items, so it would never warn.
import type { GuidelineId } from '../../guidelines/ids.ts';
import { guidelineName } from '../../guidelines/wording.ts';

export type Hook = 'order-select' | 'order-sign';

export interface ServiceDefinition {
  id: string;
  hook: Hook;
  guideline: GuidelineId;
  title: string;
  description: string;
  prefetch: Record<string, string>;
}

/** What the service reads about the patient when the EHR sends it (all optional). */
export const PREFETCH = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}',
  observations: 'Observation?patient={{context.patientId}}&category=laboratory',
  medications: 'MedicationStatement?patient={{context.patientId}}&status=active',
} as const;

function service(hook: Hook, guideline: GuidelineId, id: string): ServiceDefinition {
  const when = hook === 'order-select' ? 'when a test or treatment is selected' : 'before orders are signed';
  return {
    id,
    hook,
    guideline,
    title: `RPL Workup: ${guidelineName(guideline)} check ${when}`,
    description: `Warns ${when} if it is a test or treatment for recurrent pregnancy loss that ${guidelineName(guideline)} does not recommend for this patient (e.g. NK cell tests, steroids, IVIG, intralipid), with the reason, harms, citation and what to order instead.`,
    prefetch: { ...PREFETCH },
  };
}

export const SERVICES: readonly ServiceDefinition[] = [
  service('order-select', 'eshre-2022', 'rpl-workup-order-select'),
  service('order-sign', 'eshre-2022', 'rpl-workup-order-sign'),
  service('order-select', 'rcog-2023', 'rpl-workup-order-select-rcog-2023'),
  service('order-sign', 'rcog-2023', 'rpl-workup-order-sign-rcog-2023'),
];

export function findService(id: string): ServiceDefinition | undefined {
  return SERVICES.find((s) => s.id === id);
}

/** GET /cds-services */
export function discovery() {
  return { services: SERVICES.map(({ hook, id, title, description, prefetch }) => ({ hook, id, title, description, prefetch })) };
}
