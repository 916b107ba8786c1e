// The PDF's own labels (domains, history, outcomes, tissue genetics) and the small text helpers every
// document uses. Verdict and status words come from guidelines/wording.ts.
import catalogue from '../../guidelines/catalogue.json' with { type: 'json' };
import type { Case, Result } from '../engine/case-schema.ts';
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import type { Domain, ItemId } from '../../guidelines/ids.ts';
import { STATUS_LABEL, TAKEN_NOW, VERDICT_LABEL } from '../../guidelines/wording.ts';
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

type History = NonNullable<Case['history']>;

export const HISTORY_LABEL: Record<Exclude<keyof History, 'venousThrombosisCause'>, string> = {
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
};

const VTE_CAUSE: Record<NonNullable<History['venousThrombosisCause']>, string> = {
  unprovoked: 'unprovoked',
  oestrogen: 'oestrogen-related',
  'major-surgery': 'after major surgery',
  'other-provoked': 'provoked, other cause',
  unknown: 'cause unknown',
};

/** The history ticked, in words; a venous thrombosis with its cause. A pregnancy now has its own line. */
export function historyLines(c: Case): string[] {
  const h = c.history ?? {};
  return (Object.keys(HISTORY_LABEL) as (keyof typeof HISTORY_LABEL)[])
    .filter((k) => h[k] === true && k !== 'currentlyPregnant')
    .map((k) => (k === 'venousThrombosis' && h.venousThrombosisCause ? `${HISTORY_LABEL[k]} (${VTE_CAUSE[h.venousThrombosisCause]})` : HISTORY_LABEL[k]));
}

/** The medicines she takes now, with the note and start date as entered. */
export function medicineLines(c: Case, e: Evaluation): string[] {
  return (c.medicines ?? []).map((m) => `${itemName(e, m.id)}${m.note ? ` (${m.note})` : ''}${m.since ? `, since ${m.since}` : ''}`);
}

/** A pregnancy now, in one line; `alarm` when she is bleeding or in pain. Null when not pregnant. */
export function pregnancyNow(c: Case, plain: boolean): { text: string; alarm: boolean } | null {
  const p = c.currentPregnancy;
  if (!p && c.history?.currentlyPregnant !== true) return null;
  const alarm = p?.bleeding === true || p?.pain === true;
  const weeks = p?.gestationWeeks !== undefined ? ` (${p.gestationWeeks} weeks)` : '';
  if (plain) {
    const now = [p?.bleeding ? 'bleeding' : '', p?.pain ? 'pain' : ''].filter(Boolean).join(' and ');
    return { text: now ? `You are pregnant now${weeks} and you have ${now}. We know this can be frightening.` : `You are pregnant now${weeks}.`, alarm };
  }
  const yesNo = (v: boolean | undefined, yes: string, no: string) => (v === undefined ? '' : v ? yes : no);
  const parts = [
    yesNo(p?.intrauterineConfirmed, 'intrauterine on scan', 'not yet seen in the uterus'),
    yesNo(p?.heartbeat, 'heartbeat seen', 'no heartbeat seen'),
    yesNo(p?.bleeding, 'BLEEDING NOW', 'no bleeding'),
    yesNo(p?.pain, 'PAIN NOW', 'no pain'),
    p?.cervicalLengthMm !== undefined
      ? `cervical length ${p.cervicalLengthMm} mm${p.cervicalLengthAtWeeks !== undefined ? ` at ${p.cervicalLengthAtWeeks} weeks` : ''}`
      : '',
  ].filter(Boolean);
  return { text: `Pregnant now${weeks}${parts.length ? `: ${parts.join('; ')}` : ''}`, alarm };
}

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
  if (i.status === 'deferred' && i.deferral) return `${base}: ${plain ? i.deferral.plainWhy : i.deferral.why}`;
  if (i.takenNow) return `${base}; ${plain ? TAKEN_NOW.continue.plain : TAKEN_NOW.continue.text}`;
  return base;
}
