// The history form. What is typed is saved as a draft on every change (valid or not), validated
// by the engine's validateCase, and each problem is shown at its field (aria-invalid +
// aria-describedby). Submitting sends the case to the machine.
import { type FormEvent, useRef, useState } from 'react';
import type { Problem } from '../../engine/case-schema.ts';
import { validateCase } from '../../engine/case-schema.ts';
import { OUTCOMES, TISSUE_GENETICS } from '../../../guidelines/ids.ts';
import { useAppStore } from '../../store/app-store.ts';
import { draftToCandidate, emptyPregnancy, fieldId, HISTORY_KEYS, type IntakeDraft, type PregnancyDraft } from '../../store/intake-draft.ts';
import { CONTEXT_LABELS, HISTORY_LABELS, INTAKE_LABELS, OUTCOME_LABELS, TISSUE_LABELS, WORDS } from '../copy.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { CurrentPregnancyFields, MedicinesFields, PartnerFields, VteCauseField } from './context-fields.tsx';
import { problemText } from './field-messages.ts';
import { fieldKit } from './form-fields.tsx';
import { selectCase, selectGuideline, useWorkupEvents, Workup } from '../workup/workup-context.ts';

export function IntakeForm({ caseId, mode, onDone }: { caseId: string; mode: 'submit' | 'update'; onDone?: () => void }) {
  const role = useRole();
  const plain = role === 'patient';
  const copy = useCopy();
  const draft = useAppStore((s) => s.cases[caseId]?.draft);
  const saveDraft = useAppStore((s) => s.saveDraft);
  const current = Workup.useSelector(selectCase);
  const guideline = Workup.useSelector(selectGuideline);
  const { send } = useWorkupEvents();
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  if (!draft) return null;

  const validation = validateCase(draftToCandidate(draft, current, guideline));
  const problems: Problem[] = validation.ok ? [] : validation.problems;
  const byField = new Map<string, string[]>();
  for (const p of problems) byField.set(fieldId(p.path), [...(byField.get(fieldId(p.path)) ?? []), problemText(p)]);
  const label = (k: keyof typeof INTAKE_LABELS) => (plain ? INTAKE_LABELS[k].patient : INTAKE_LABELS[k].clinician);

  const update = (next: Partial<IntakeDraft>) => saveDraft(caseId, { ...draft, ...next });
  const updatePregnancy = (i: number, next: Partial<PregnancyDraft>) =>
    update({ pregnancies: draft.pregnancies.map((p, n) => (n === i ? { ...p, ...next } : p)) });
  const touch = (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));

  const kit = fieldKit((path) => (submitted || touched.has(path) ? byField.get(fieldId(path)) : undefined), touch, plain);
  const { field, triSelect, numberInput } = kit;
  const context = { draft, update, kit, plain };

  function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(true);
    if (!validation.ok) {
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    send({ type: mode === 'submit' ? 'intake.submit' : 'case.update', case: validation.value });
    onDone?.();
  }

  return (
    <form className="intake" onSubmit={submit} noValidate>
      {submitted && problems.length ? (
        <div className="error-summary" ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby="error-summary-heading">
          <h3 id="error-summary-heading">{plain ? 'Please check these answers' : `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix`}</h3>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}-${p.message}`}>
                <a href={`#${fieldId(p.path)}`}>{problemText(p)}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <fieldset>
        <legend>{copy.aboutHeading}</legend>
        <div className="field-row">
          {field('patient.age', `${label('age')} (required)`, INTAKE_LABELS.age.hint, (b) =>
            numberInput(draft.age, (v) => update({ age: v }), b, 'numeric', { required: true }),
          )}
          {field('patient.bmi', label('bmi'), INTAKE_LABELS.bmi.hint, (b) => numberInput(draft.bmi, (v) => update({ bmi: v }), b, 'decimal'))}
          {field('patient.smoker', label('smoker'), undefined, (b) => triSelect(draft.smoker, (smoker) => update({ smoker }), b))}
          <PartnerFields {...context} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{copy.pregnanciesHeading}</legend>
        <p className="hint">{copy.pregnanciesHint}</p>
        <ol className="pregnancies">
          {draft.pregnancies.map((p, i) => {
            const at = `pregnancies[${i}]`;
            const isLoss = p.outcome === 'loss';
            return (
              <li key={p.key}>
                <fieldset className="pregnancy">
                  <legend>Pregnancy {i + 1}</legend>
                  <div className="field-row">
                    {field(`${at}.outcome`, label('outcome'), undefined, (b) => (
                      <select {...b.input} value={p.outcome} onChange={(e) => updatePregnancy(i, { outcome: e.target.value })}>
                        {OUTCOMES.map((o) => (
                          <option key={o} value={o}>
                            {plain ? OUTCOME_LABELS[o]!.patient : OUTCOME_LABELS[o]!.clinician}
                          </option>
                        ))}
                      </select>
                    ))}
                    {field(`${at}.gestationWeeks`, label('weeks'), INTAKE_LABELS.weeks.hint, (b) =>
                      numberInput(p.weeks, (v) => updatePregnancy(i, { weeks: v }), b),
                    )}
                    {isLoss ? (
                      <>
                        {field(`${at}.visualised`, label('visualised'), undefined, (b) =>
                          triSelect(
                            p.visualised,
                            (visualised) => updatePregnancy(i, { visualised }),
                            b,
                            WORDS.yesVisualised[plain ? 'patient' : 'clinician'],
                            WORDS.noBiochemicalPul[plain ? 'patient' : 'clinician'],
                          ),
                        )}
                        {field(`${at}.tissueGenetics`, label('tissue'), undefined, (b) => (
                          <select {...b.input} value={p.tissueGenetics} onChange={(e) => updatePregnancy(i, { tissueGenetics: e.target.value })}>
                            {['', ...TISSUE_GENETICS].map((t) => (
                              <option key={t} value={t}>
                                {plain ? TISSUE_LABELS[t]!.patient : TISSUE_LABELS[t]!.clinician}
                              </option>
                            ))}
                          </select>
                        ))}
                      </>
                    ) : null}
                    {field(`${at}.endDate`, plain ? CONTEXT_LABELS.endDate.patient : CONTEXT_LABELS.endDate.clinician, undefined, (b) => (
                      <input
                        {...b.input}
                        type="date"
                        autoComplete="off"
                        value={p.endDate ?? ''}
                        onChange={(e) => updatePregnancy(i, { endDate: e.target.value })}
                      />
                    ))}
                  </div>
                  <button type="button" className="link-button" onClick={() => update({ pregnancies: draft.pregnancies.filter((_, n) => n !== i) })}>
                    Remove pregnancy {i + 1}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        {byField.get(fieldId('pregnancies')) && (submitted || touched.size) ? (
          <p className="field-error">{byField.get(fieldId('pregnancies'))!.join(' ')}</p>
        ) : null}
        <button type="button" className="button secondary" onClick={() => update({ pregnancies: [...draft.pregnancies, emptyPregnancy()] })}>
          <span aria-hidden="true">+ </span>
          {WORDS.addPregnancy[plain ? 'patient' : 'clinician']}
        </button>
      </fieldset>

      <fieldset>
        <legend>{copy.historyHeading}</legend>
        <ul className="checkboxes">
          {HISTORY_KEYS.map((k) => (
            <li key={k}>
              <input
                id={fieldId(`history.${k}`)}
                type="checkbox"
                checked={draft.history[k] ?? false}
                onChange={(e) => update({ history: { ...draft.history, [k]: e.target.checked } })}
              />
              <label htmlFor={fieldId(`history.${k}`)}>{plain ? HISTORY_LABELS[k].patient : HISTORY_LABELS[k].clinician}</label>
              {k === 'venousThrombosis' && draft.history.venousThrombosis ? (
                <div className="nested">
                  <VteCauseField {...context} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </fieldset>

      {draft.history.currentlyPregnant ? <CurrentPregnancyFields {...context} /> : null}
      <MedicinesFields {...context} />

      <fieldset>
        <legend>{copy.detailsHeading}</legend>
        <p className="hint">{copy.detailsHint}</p>
        <div className="field-row">
          {field('patient.name', label('name'), undefined, (b) => (
            <input {...b.input} type="text" autoComplete="off" value={draft.name} onChange={(e) => update({ name: e.target.value })} />
          ))}
          {field('patient.nhsNumber', label('nhsNumber'), undefined, (b) => numberInput(draft.nhsNumber, (v) => update({ nhsNumber: v }), b))}
          {field('patient.dateOfBirth', label('dateOfBirth'), undefined, (b) => (
            <input {...b.input} type="date" autoComplete="off" value={draft.dateOfBirth} onChange={(e) => update({ dateOfBirth: e.target.value })} />
          ))}
        </div>
      </fieldset>

      {field('referralQuestion', copy.referralQuestionLabel, undefined, (b) => (
        <textarea {...b.input} rows={2} maxLength={1000} value={draft.referralQuestion} onChange={(e) => update({ referralQuestion: e.target.value })} />
      ))}

      <div className="step-nav">
        {mode === 'update' ? (
          <button type="button" className="button secondary" onClick={onDone}>
            Cancel
          </button>
        ) : null}
        <button type="submit" className="button">
          {mode === 'update' ? 'Save changes' : copy.submitIntake}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </form>
  );
}
