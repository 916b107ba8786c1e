// The intake form as the user typed it. Every field is kept as text, so nothing typed is lost,
// even when it is not (yet) a valid case; `draftToCandidate` turns it into a case to validate.
import type { Case } from '../engine/case-schema.ts';
import { OUTCOMES, TISSUE_GENETICS } from '../../guidelines/ids.ts';

export type TriState = '' | 'yes' | 'no';

export interface PregnancyDraft {
  /** Stable key for React lists; never part of the case. */
  key: string;
  outcome: string;
  weeks: string;
  visualised: TriState;
  tissueGenetics: string;
}

export const HISTORY_KEYS = [
  'currentlyPregnant', 'venousThrombosis', 'arterialThrombosis', 'sle', 'thyroidDisease', 'diabetes',
  'menstrualIrregularity', 'familyThrombophilia', 'previousUnbalancedOffspring', 'familyChromosomalRearrangement',
] as const;
export type HistoryKey = (typeof HISTORY_KEYS)[number];

export interface IntakeDraft {
  age: string;
  bmi: string;
  smoker: TriState;
  pregnancies: PregnancyDraft[];
  history: Partial<Record<HistoryKey, boolean>>;
  name: string;
  nhsNumber: string;
  dateOfBirth: string;
  referralQuestion: string;
  /** Tests or treatments asked about before the case was complete; added to the case's `requested`. */
  requested?: string[];
}

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `p${Date.now().toString(36)}${counter.toString(36)}`;
}

export function emptyPregnancy(): PregnancyDraft {
  return { key: newKey(), outcome: 'loss', weeks: '', visualised: '', tissueGenetics: '' };
}

export function emptyDraft(): IntakeDraft {
  return {
    age: '', bmi: '', smoker: '', pregnancies: [emptyPregnancy(), emptyPregnancy()], history: {},
    name: '', nhsNumber: '', dateOfBirth: '', referralQuestion: '',
  };
}

/** A number typed as text: empty is absent; anything else that is not a number is kept as text so the schema names it. */
function numberOrText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}

function tri(v: TriState): boolean | undefined {
  return v === '' ? undefined : v === 'yes';
}

function text(v: string): string | undefined {
  const t = v.trim();
  return t === '' ? undefined : t;
}

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function mergeRequested(a: readonly string[] = [], b: readonly string[] = []): string[] | undefined {
  const all = [...new Set([...a, ...b])];
  return all.length ? all : undefined;
}

/**
 * The case the draft describes, not yet validated. Results, declined and requested items (and
 * the guideline) come from `base`, the case already in the workup, so editing the history keeps them.
 */
export function draftToCandidate(d: IntakeDraft, base: Case | null, guideline: string): unknown {
  const history = compact(Object.fromEntries(HISTORY_KEYS.map((k) => [k, d.history[k] ? true : undefined])));
  return compact({
    ...(base ?? {}),
    schemaVersion: 1,
    guideline,
    patient: compact({
      name: text(d.name), nhsNumber: text(d.nhsNumber), dateOfBirth: text(d.dateOfBirth),
      age: numberOrText(d.age), bmi: numberOrText(d.bmi), smoker: tri(d.smoker),
    }),
    pregnancies: d.pregnancies.map((p) => compact({
      outcome: p.outcome,
      gestationWeeks: numberOrText(p.weeks),
      visualised: p.outcome === 'loss' ? tri(p.visualised) : undefined,
      tissueGenetics: p.outcome === 'loss' && p.tissueGenetics ? p.tissueGenetics : undefined,
    })),
    history: Object.keys(history).length ? history : undefined,
    referralQuestion: text(d.referralQuestion),
    requested: mergeRequested(base?.requested, d.requested),
  });
}

/** The draft for a case already in the workup (e.g. a case opened from a file or a snapshot). */
export function caseToDraft(c: Case): IntakeDraft {
  const triOf = (b: boolean | undefined): TriState => (b === undefined ? '' : b ? 'yes' : 'no');
  return {
    age: String(c.patient.age),
    bmi: c.patient.bmi === undefined ? '' : String(c.patient.bmi),
    smoker: triOf(c.patient.smoker),
    pregnancies: c.pregnancies.map((p) => ({
      key: newKey(), outcome: p.outcome, weeks: p.gestationWeeks === undefined ? '' : String(p.gestationWeeks),
      visualised: triOf(p.visualised), tissueGenetics: p.tissueGenetics ?? '',
    })),
    history: { ...(c.history ?? {}) },
    name: c.patient.name ?? '', nhsNumber: c.patient.nhsNumber ?? '', dateOfBirth: c.patient.dateOfBirth ?? '',
    referralQuestion: c.referralQuestion ?? '',
  };
}

/** The DOM id of the input that edits a case field path, e.g. `pregnancies[1].gestationWeeks` → `f-pregnancies-1-gestationWeeks`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

export { OUTCOMES, TISSUE_GENETICS };
