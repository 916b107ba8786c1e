// The PDF's own labels (domains, history, outcomes, tissue genetics) and the small text helpers every
// document uses. Verdict and status words come from guidelines/wording.ts.
import catalogue from '../../guidelines/catalogue.json' with { type: 'json' };
import type { Case, Result } from '../engine/case-schema.ts';
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import type { Domain, ItemId } from '../../guidelines/ids.ts';
import { STATUS_LABEL, VERDICT_LABEL } from '../../guidelines/wording.ts';
import { COLOR, type Para, type RGB } from './style.ts';

type Entry = { name: string; plainName: string; plainWhat?: string };
export const entries = catalogue.items as Record<string, Entry>;

export const SMALL = 7.5;
export const muted = (text: string, extra: Partial<Para> = {}): Para => ({ text, size: SMALL, color: COLOR.muted, ...extra });

export const DOMAIN_LABEL: Record<Domain, string> = {
  genetic: 'Genetic',
  anatomical: 'Anatomical (uterus)',
  hormonal: 'Hormonal and metabolic',
  antiphospholipid: 'Antiphospholipid antibodies',
  thrombophilia: 'Inherited thrombophilia',
  immune: 'Immune',
  endometrial: 'Infection and endometrium',
  male: 'Male partner',
  lifestyle: 'Lifestyle',
  general: 'General',
  treatment: 'Treatments',
};

export const HISTORY_LABEL: Record<keyof NonNullable<Case['history']>, string> = {
  currentlyPregnant: 'Currently pregnant',
  venousThrombosis: 'Personal history of venous thrombosis',
  arterialThrombosis: 'Arterial thrombosis',
  sle: 'SLE or other autoimmune disease',
  thyroidDisease: 'Thyroid disease',
  diabetes: 'Diabetes',
  menstrualIrregularity: 'Irregular or absent periods',
  familyThrombophilia: 'Heritable thrombophilia in a first-degree relative',
  previousUnbalancedOffspring: 'A child or pregnancy with an unbalanced chromosome anomaly',
  familyChromosomalRearrangement: 'Chromosomal rearrangement in the family',
  venousThrombosisCause: 'Cause of the venous thrombosis recorded',
};

export const OUTCOME_LABEL: Record<Case['pregnancies'][number]['outcome'], string> = {
  loss: 'Pregnancy loss',
  'live-birth': 'Live birth',
  ectopic: 'Ectopic pregnancy',
  molar: 'Molar pregnancy',
  termination: 'Termination',
};

export const TISSUE_LABEL: Record<NonNullable<Case['pregnancies'][number]['tissueGenetics']>, string> = {
  'not-done': 'tissue genetics not done',
  euploid: 'tissue genetics: euploid',
  aneuploid: 'tissue genetics: aneuploid',
  'unbalanced-structural': 'tissue genetics: unbalanced structural anomaly',
};

const VERDICT_COLOR: Record<EvaluatedItem['verdict'], RGB> = {
  recommended: COLOR.good,
  conditional: COLOR.amber,
  'not-recommended': COLOR.alert,
  'not-addressed': COLOR.muted,
};

export function itemName(e: Evaluation, id: ItemId, plain = false): string {
  const item = e.items.find((i) => i.id === id);
  const entry = entries[id];
  return plain ? (item?.plainName ?? entry?.plainName ?? id) : (item?.name ?? entry?.name ?? id);
}

export function resultText(r: Result): string {
  const value = r.value !== undefined ? `${r.value}${r.unit ? ` ${r.unit}` : ''}` : '';
  const head = [r.isotype, value].filter(Boolean).join(' ');
  return [head, r.interpretation].filter(Boolean).join(', ') || 'recorded';
}

export function verdictPara(v: EvaluatedItem['verdict'], plain = false): Para {
  const l = VERDICT_LABEL[v];
  return { text: `${l.symbol} ${plain ? l.plain : l.text}`, color: VERDICT_COLOR[v], size: 8 };
}

export function statusText(e: Evaluation, i: EvaluatedItem, plain = false): string {
  const l = STATUS_LABEL[i.status];
  const base = `${l.symbol} ${plain ? l.plain : l.text}`;
  if (i.status === 'repeat-due' && i.dueFrom) return `${base} from ${i.dueFrom}`;
  if (i.status === 'done' && i.doneVia) return `${base} via ${itemName(e, i.doneVia, plain)}`;
  if (i.status === 'declined' && i.declinedReason) return `${base}: ${i.declinedReason}`;
  return base;
}
