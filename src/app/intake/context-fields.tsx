// The patient-context parts of the history (CONTRACT.md §1a): the pregnancy now (shown while
// "Currently pregnant" is ticked), the medicines she takes now, and the partner's age and smoking.
import { CATALOGUE } from '../../../guidelines/catalogue.ts';
import { TREATMENT_IDS, type TreatmentId } from '../../../guidelines/ids.ts';
import { type CurrentPregnancyDraft, emptyCurrentPregnancy, emptyMedicine, type IntakeDraft, type MedicineDraft } from '../../store/intake-draft.ts';
import { VENOUS_THROMBOSIS_CAUSES } from '../../../guidelines/ids.ts';
import { CONTEXT_LABELS, VTE_CAUSE_LABELS, WORDS } from '../copy.ts';
import type { FieldKit } from './form-fields.tsx';

type Label = keyof typeof CONTEXT_LABELS;
/** Medicines she may take now: the treatments of CONTRACT.md §2 that are medicines (not advice, care or surgery). */
const NOT_MEDICINES: readonly TreatmentId[] = ['lifestyle-advice', 'supportive-care', 'septum-resection', 'lymphocyte-immunisation', 'cervical-cerclage'];
const MEDICINE_IDS = TREATMENT_IDS.filter((id) => !NOT_MEDICINES.includes(id));

function medicineName(id: TreatmentId, plain: boolean): string {
  return plain ? CATALOGUE[id].plainName : CATALOGUE[id].name;
}

interface Props {
  draft: IntakeDraft;
  update: (next: Partial<IntakeDraft>) => void;
  kit: FieldKit;
  plain: boolean;
}

export function PartnerFields({ draft, update, kit, plain }: Props) {
  const label = (k: Label) => (plain ? CONTEXT_LABELS[k].patient : CONTEXT_LABELS[k].clinician);
  return (
    <>
      {kit.field('patient.partnerAge', label('partnerAge'), CONTEXT_LABELS.partnerAge.hint, (b) =>
        kit.numberInput(draft.partnerAge ?? '', (v) => update({ partnerAge: v }), b),
      )}
      {kit.field('patient.partnerSmoker', label('partnerSmoker'), undefined, (b) =>
        kit.triSelect(draft.partnerSmoker ?? '', (partnerSmoker) => update({ partnerSmoker }), b),
      )}
    </>
  );
}

export function VteCauseField({ draft, update, kit, plain }: Props) {
  return kit.field('history.venousThrombosisCause', plain ? CONTEXT_LABELS.vteCause.patient : CONTEXT_LABELS.vteCause.clinician, undefined, (b) => (
    <select {...b.input} value={draft.vteCause ?? ''} onChange={(e) => update({ vteCause: e.target.value })}>
      {['', ...VENOUS_THROMBOSIS_CAUSES].map((c) => (
        <option key={c} value={c}>
          {plain ? VTE_CAUSE_LABELS[c]!.patient : VTE_CAUSE_LABELS[c]!.clinician}
        </option>
      ))}
    </select>
  ));
}

export function CurrentPregnancyFields({ draft, update, kit, plain }: Props) {
  const label = (k: Label) => (plain ? CONTEXT_LABELS[k].patient : CONTEXT_LABELS[k].clinician);
  const cp = draft.currentPregnancy ?? emptyCurrentPregnancy();
  const set = (next: Partial<CurrentPregnancyDraft>) => update({ currentPregnancy: { ...cp, ...next } });
  const tri = (path: string, k: Label, key: 'intrauterine' | 'heartbeat' | 'bleeding' | 'pain') =>
    kit.field(`currentPregnancy.${path}`, label(k), undefined, (b) => kit.triSelect(cp[key], (v) => set({ [key]: v }), b));
  return (
    <fieldset className="current-pregnancy">
      <legend>{label('currentHeading')}</legend>
      <div className="field-row">
        {kit.field('currentPregnancy.gestationWeeks', label('weeksNow'), CONTEXT_LABELS.weeksNow.hint, (b) =>
          kit.numberInput(cp.weeks, (v) => set({ weeks: v }), b),
        )}
        {tri('bleeding', 'bleeding', 'bleeding')}
        {tri('pain', 'pain', 'pain')}
        {tri('intrauterineConfirmed', 'intrauterine', 'intrauterine')}
        {tri('heartbeat', 'heartbeat', 'heartbeat')}
      </div>
      <div className="field-row">
        {kit.field('currentPregnancy.cervicalLengthMm', label('cervicalLength'), CONTEXT_LABELS.cervicalLength.hint, (b) =>
          kit.numberInput(cp.cervicalLengthMm, (v) => set({ cervicalLengthMm: v }), b, 'decimal'),
        )}
        {kit.field('currentPregnancy.cervicalLengthAtWeeks', label('cervicalLengthAt'), CONTEXT_LABELS.cervicalLengthAt.hint, (b) =>
          kit.numberInput(cp.cervicalLengthAtWeeks, (v) => set({ cervicalLengthAtWeeks: v }), b),
        )}
      </div>
    </fieldset>
  );
}

export function MedicinesFields({ draft, update, kit, plain }: Props) {
  const label = (k: Label) => (plain ? CONTEXT_LABELS[k].patient : CONTEXT_LABELS[k].clinician);
  const list = draft.medicines ?? [];
  const set = (i: number, next: Partial<MedicineDraft>) => update({ medicines: list.map((m, n) => (n === i ? { ...m, ...next } : m)) });
  return (
    <fieldset>
      <legend>{label('medicinesHeading')}</legend>
      <p className="hint">{label('medicinesHint')}</p>
      {list.length ? (
        <ol className="medicines">
          {list.map((m, i) => (
            <li key={m.key}>
              <fieldset className="medicine">
                <legend>Medicine {i + 1}</legend>
                <div className="field-row">
                  {kit.field(`medicines[${i}].id`, label('medicine'), undefined, (b) => (
                    <select {...b.input} value={m.id} onChange={(e) => set(i, { id: e.target.value })}>
                      <option value="">{WORDS.choose[plain ? 'patient' : 'clinician']}</option>
                      {MEDICINE_IDS.map((id) => (
                        <option key={id} value={id}>
                          {medicineName(id, plain)}
                        </option>
                      ))}
                    </select>
                  ))}
                  {kit.field(`medicines[${i}].note`, label('medicineNote'), undefined, (b) => (
                    <input {...b.input} type="text" autoComplete="off" value={m.note} onChange={(e) => set(i, { note: e.target.value })} />
                  ))}
                  {kit.field(`medicines[${i}].since`, label('since'), undefined, (b) => (
                    <input {...b.input} type="date" autoComplete="off" value={m.since} onChange={(e) => set(i, { since: e.target.value })} />
                  ))}
                </div>
                <button type="button" className="link-button" onClick={() => update({ medicines: list.filter((_, n) => n !== i) })}>
                  Remove medicine {i + 1}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      ) : null}
      <button type="button" className="button secondary" onClick={() => update({ medicines: [...list, emptyMedicine()] })}>
        <span aria-hidden="true">+ </span>
        {label('addMedicine')}
      </button>
    </fieldset>
  );
}
