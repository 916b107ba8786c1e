// The walkthrough's steps, in order, and which engine domains each step shows.
import { type CoreDomain, CORE_DOMAINS, type Domain } from '../guidelines/ids.ts';

export const STEPS = ['intake', 'definition', ...CORE_DOMAINS, 'review', 'immune', 'summary'] as const;
export type Step = (typeof STEPS)[number];

/** Engine domains listed on each step that shows items. Thrombophilia sits with antiphospholipid. */
export const STEP_DOMAINS: Partial<Record<Step, readonly Domain[]>> = {
  genetic: ['genetic'],
  anatomical: ['anatomical'],
  hormonal: ['hormonal'],
  antiphospholipid: ['antiphospholipid', 'thrombophilia'],
  review: ['endometrial', 'male', 'general', 'lifestyle', 'treatment'],
  immune: ['immune'],
};

export const STEP_TITLES: Record<Step, { title: string; plain: string }> = {
  intake: { title: 'History', plain: 'Your history' },
  definition: { title: 'Definition', plain: 'Does this count as recurrent loss?' },
  genetic: { title: 'Genetic', plain: 'Genes and chromosomes' },
  anatomical: { title: 'Anatomical', plain: 'Shape of the womb' },
  hormonal: { title: 'Hormonal and metabolic', plain: 'Hormones and thyroid' },
  antiphospholipid: { title: 'Antiphospholipid', plain: "'Sticky blood' antibodies" },
  review: { title: 'Review', plain: 'Review and treatment' },
  immune: { title: 'Immune', plain: 'Immune tests' },
  summary: { title: 'Summary', plain: 'Summary' },
};

export function isCoreDomain(step: Step): step is CoreDomain {
  return (CORE_DOMAINS as readonly string[]).includes(step);
}
