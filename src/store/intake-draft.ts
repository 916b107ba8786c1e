// The intake form as the user typed it. Every field is kept as text, so nothing typed is lost,
// even when it is not (yet) a valid case; `draftToCandidate` turns it into a case to validate.
import type { Case } from '../engine/case-schema.ts';
import { OUTCOMES, TISSUE_GENETICS } from '../../guidelines/ids.ts';
import { isPatientAge } from '../engine/patient-age.ts';

export type TriState = '' | 'yes' | 'no';

export interface PregnancyDraft {
  /** Stable key for React lists; never part of the case. */
  key: string;
  outcome: string;
  weeks: string;
  visualised: TriState;
  tissueGenetics: string;
  /** ISO date the pregnancy ended; absent in drafts saved before it existed. */
  endDate?: string;
}

/** The pregnancy now (CONTRACT.md §1a), kept as typed; used only while "Currently pregnant" is ticked. */
export interface CurrentPregnancyDraft {
  weeks: string;
  intrauterine: TriState;
  heartbeat: TriState;
  bleeding: TriState;
  pain: TriState;
  cervicalLengthMm: string;
  cervicalLengthAtWeeks: string;
}

/** A medicine taken now: a treatment id (or `oral-anticoagulant`), with an optional note and start date. */
export interface MedicineDraft {
  key: string;
  id: string;
  note: string;
  since: string;
}

export const HISTORY_KEYS = [
  'currentlyPregnant',
  'venousThrombosis',
  'arterialThrombosis',
  'sle',
  'thyroidDisease',
  'diabetes',
  'menstrualIrregularity',
  'familyThrombophilia',
  'previousUnbalancedOffspring',
  'familyChromosomalRearrangement',
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
  // The §1a context fields are optional, so a draft saved before they existed loads as it is.
  partnerAge?: string;
  partnerSmoker?: TriState;
  vteCause?: string;
  currentPregnancy?: CurrentPregnancyDraft;
  medicines?: MedicineDraft[];
}

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `p${Date.now().toString(36)}${counter.toString(36)}`;
}

export function emptyPregnancy(): PregnancyDraft {
  return { key: newKey(), outcome: 'loss', weeks: '', visualised: '', tissueGenetics: '' };
}

export function emptyCurrentPregnancy(): CurrentPregnancyDraft {
  return { weeks: '', intrauterine: '', heartbeat: '', bleeding: '', pain: '', cervicalLengthMm: '', cervicalLengthAtWeeks: '' };
}

export function emptyMedicine(): MedicineDraft {
  return { key: newKey(), id: '', note: '', since: '' };
}

export function emptyDraft(): IntakeDraft {
  return {
    age: '',
    bmi: '',
    smoker: '',
    pregnancies: [emptyPregnancy(), emptyPregnancy()],
    history: {},
    name: '',
    nhsNumber: '',
    dateOfBirth: '',
    referralQuestion: '',
  };
}

/** A number typed as text: empty is absent; anything else that is not a number is kept as text so the schema names it. */
function numberOrText(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}

/** The age as typed, when it is one a case accepts; undefined while empty or still to correct. */
export function draftAge(d: Pick<IntakeDraft, 'age'>): number | undefined {
  const n = numberOrText(d.age);
  return isPatientAge(n) ? n : undefined;
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
  const history = compact({
    ...Object.fromEntries(HISTORY_KEYS.map((k) => [k, d.history[k] ? true : undefined])),
    venousThrombosisCause: d.history.venousThrombosis ? text(d.vteCause ?? '') : undefined,
  });
  const cp = d.history.currentlyPregnant && d.currentPregnancy ? currentPregnancyCandidate(d.currentPregnancy) : undefined;
  const medicines = (d.medicines ?? [])
    .filter((m) => m.id || m.note.trim() || m.since)
    .map((m) => compact({ id: m.id || undefined, note: text(m.note), since: text(m.since) }));
  return compact({
    ...(base ?? {}),
    schemaVersion: 1,
    guideline,
    patient: compact({
      name: text(d.name),
      nhsNumber: text(d.nhsNumber),
      dateOfBirth: text(d.dateOfBirth),
      age: numberOrText(d.age),
      bmi: numberOrText(d.bmi),
      smoker: tri(d.smoker),
      partnerAge: numberOrText(d.partnerAge ?? ''),
      partnerSmoker: tri(d.partnerSmoker ?? ''),
    }),
    currentPregnancy: cp && Object.keys(cp).length ? cp : undefined,
    medicines: medicines.length ? medicines : undefined,
    pregnancies: d.pregnancies.map((p) =>
      compact({
        outcome: p.outcome,
        gestationWeeks: numberOrText(p.weeks),
        visualised: p.outcome === 'loss' ? tri(p.visualised) : undefined,
        tissueGenetics: p.outcome === 'loss' && p.tissueGenetics ? p.tissueGenetics : undefined,
        endDate: text(p.endDate ?? ''),
      }),
    ),
    history: Object.keys(history).length ? history : undefined,
    referralQuestion: text(d.referralQuestion),
    requested: mergeRequested(base?.requested, d.requested),
  });
}

function currentPregnancyCandidate(c: CurrentPregnancyDraft): Record<string, unknown> {
  return compact({
    gestationWeeks: numberOrText(c.weeks),
    intrauterineConfirmed: tri(c.intrauterine),
    heartbeat: tri(c.heartbeat),
    bleeding: tri(c.bleeding),
    pain: tri(c.pain),
    cervicalLengthMm: numberOrText(c.cervicalLengthMm),
    cervicalLengthAtWeeks: numberOrText(c.cervicalLengthAtWeeks),
  });
}

/** The draft for a case already in the workup (e.g. a case opened from a file or a snapshot). */
export function caseToDraft(c: Case): IntakeDraft {
  const numText = (n: number | undefined) => (n === undefined ? '' : String(n));
  const triOf = (b: boolean | undefined): TriState => (b === undefined ? '' : b ? 'yes' : 'no');
  return {
    age: String(c.patient.age),
    bmi: numText(c.patient.bmi),
    smoker: triOf(c.patient.smoker),
    pregnancies: c.pregnancies.map((p) => ({
      key: newKey(),
      outcome: p.outcome,
      weeks: numText(p.gestationWeeks),
      visualised: triOf(p.visualised),
      tissueGenetics: p.tissueGenetics ?? '',
      endDate: p.endDate ?? '',
    })),
    history: Object.fromEntries(HISTORY_KEYS.filter((k) => c.history?.[k] !== undefined).map((k) => [k, c.history![k]])),
    name: c.patient.name ?? '',
    nhsNumber: c.patient.nhsNumber ?? '',
    dateOfBirth: c.patient.dateOfBirth ?? '',
    referralQuestion: c.referralQuestion ?? '',
    partnerAge: numText(c.patient.partnerAge),
    partnerSmoker: triOf(c.patient.partnerSmoker),
    vteCause: c.history?.venousThrombosisCause ?? '',
    ...(c.currentPregnancy
      ? {
          currentPregnancy: {
            weeks: numText(c.currentPregnancy.gestationWeeks),
            intrauterine: triOf(c.currentPregnancy.intrauterineConfirmed),
            heartbeat: triOf(c.currentPregnancy.heartbeat),
            bleeding: triOf(c.currentPregnancy.bleeding),
            pain: triOf(c.currentPregnancy.pain),
            cervicalLengthMm: numText(c.currentPregnancy.cervicalLengthMm),
            cervicalLengthAtWeeks: numText(c.currentPregnancy.cervicalLengthAtWeeks),
          },
        }
      : {}),
    medicines: (c.medicines ?? []).map((m) => ({ key: newKey(), id: m.id, note: m.note ?? '', since: m.since ?? '' })),
  };
}

/** The DOM id of the input that edits a case field path, e.g. `pregnancies[1].gestationWeeks` → `f-pregnancies-1-gestationWeeks`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-')}`;
}

export { OUTCOMES, TISSUE_GENETICS };
