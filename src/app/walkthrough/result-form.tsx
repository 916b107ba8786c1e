// Entering one result for an investigation, checked by the engine's own validateCase before it is sent.
import { type FormEvent, useId, useState } from 'react';
import { useFormDraft } from '../../store/form-drafts.ts';
import { type Problem, type Result, todayIso, validateCase } from '../../engine/case-schema.ts';
import { INTERPRETATIONS, type InvestigationId } from '../../../guidelines/ids.ts';
import { catalogueEntry } from '../flags/match.ts';
import { RESULT_MESSAGES, WORDS } from '../copy.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectCase, useWorkupEvents, Workup } from '../workup/workup-context.ts';

type Field = 'date' | 'value' | 'unit' | 'interpretation' | 'isotype' | 'p99' | 'onAnticoagulant';

const INTERPRETATION_LABEL: Record<(typeof INTERPRETATIONS)[number], string> = {
  normal: 'Normal',
  abnormal: 'Abnormal',
  positive: 'Positive',
  negative: 'Negative',
  inconclusive: 'Inconclusive',
};

function fieldOf(problem: Problem, index: number): Field {
  const prefix = `results[${index}]`;
  const rest = problem.path.slice(prefix.length).replace(/^\./, '');
  return (['date', 'value', 'unit', 'isotype', 'p99', 'onAnticoagulant'] as const).find((f) => f === rest) ?? 'interpretation';
}

export function ResultForm({ test, name, onDone }: { test: InvestigationId; name: string; onDone: (message: string) => void }) {
  const copy = useCopy();
  const plain = useRole() === 'patient';
  const current = Workup.useSelector(selectCase);
  const { send } = useWorkupEvents();
  const entry = catalogueEntry(test);
  // The machine validates with the same (UTC) calendar date, so a result accepted here is accepted there.
  const today = todayIso();
  // What is typed survives a reload (src/store/form-drafts.ts) until the form is closed.
  const [date, setDate] = useFormDraft(`result:${test}:date`, today);
  const [value, setValue] = useFormDraft(`result:${test}:value`, '');
  const [unit, setUnit] = useFormDraft(`result:${test}:unit`, entry.units?.[0] ?? '');
  const [interpretation, setInterpretation] = useFormDraft(`result:${test}:interpretation`, '');
  const [isotype, setIsotype] = useFormDraft(`result:${test}:isotype`, '');
  const [p99, setP99] = useFormDraft(`result:${test}:p99`, '');
  const [onAnticoagulantText, setOnAnticoagulantText] = useFormDraft<'yes' | ''>(`result:${test}:onAnticoagulant`, '');
  const onAnticoagulant = onAnticoagulantText === 'yes';
  const setOnAnticoagulant = (on: boolean) => setOnAnticoagulantText(on ? 'yes' : '');
  const isLupusAnticoagulant = test === 'aps-lupus-anticoagulant';
  const [tried, setTried] = useState(false);
  const uid = useId();
  const idOf = (f: Field) => `${uid}-${f}`;

  const trimmed = value.trim();
  const numeric = trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
  const result = {
    test,
    date,
    ...(isotype ? { isotype } : {}),
    ...(trimmed !== '' ? { value: Number.isFinite(numeric) ? numeric : trimmed } : {}),
    ...(trimmed !== '' && unit ? { unit } : {}),
    ...(interpretation ? { interpretation } : {}),
    ...(p99.trim() !== '' ? { p99: Number.isFinite(Number(p99.trim().replace(',', '.'))) ? Number(p99.trim().replace(',', '.')) : p99.trim() } : {}),
    ...(isLupusAnticoagulant && onAnticoagulant ? { onAnticoagulant: true } : {}),
  };
  const index = current?.results?.length ?? 0;
  const validation = current ? validateCase({ ...current, results: [...(current.results ?? []), result] }, today) : null;
  const problems = validation && !validation.ok ? validation.problems.filter((p) => p.path.startsWith(`results[${index}]`)) : [];
  const errors: Partial<Record<Field, string>> = {};
  for (const p of problems) {
    const f = fieldOf(p, index);
    const msg = p.path === `results[${index}]` ? RESULT_MESSAGES.valueOrResult : resultMessage(f, p.message, plain);
    errors[f] = errors[f] ? `${errors[f]}; ${msg}` : msg;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (problems.length || !validation?.ok) return;
    send({ type: 'result.record', result: result as Result });
    onDone(`Result recorded for ${name}.`);
  }

  const show = (f: Field) => (tried ? errors[f] : undefined);
  const a11y = (f: Field) => {
    const err = show(f);
    const hint = (f === 'value' && entry.plausibleRange) || f === 'p99' ? `${idOf(f)}-hint` : undefined;
    const describedBy = [hint, err ? `${idOf(f)}-error` : undefined].filter(Boolean).join(' ');
    return { id: idOf(f), 'aria-invalid': err ? true : undefined, 'aria-describedby': describedBy || undefined } as const;
  };
  const errorText = (f: Field) =>
    show(f) ? (
      <p id={`${idOf(f)}-error`} className="field-error">
        <span aria-hidden="true">⚠ </span>
        {show(f)}
      </p>
    ) : null;

  return (
    <form className="result-form" onSubmit={submit} noValidate aria-label={`${copy.recordResult}: ${name}`}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={idOf('date')}>{WORDS.sampleDate[plain ? 'patient' : 'clinician']}</label>
          {/* Opened on request, so the first field takes focus. */}
          {/* biome-ignore lint/a11y/noAutofocus: the form opens only when the user asks for it, so focus follows their action */}
          <input type="date" autoFocus max={today} value={date} onChange={(e) => setDate(e.target.value)} {...a11y('date')} />
          {errorText('date')}
        </div>
        {entry.units ? (
          <>
            <div className="field">
              <label htmlFor={idOf('value')}>Value</label>
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={value}
                onChange={(e) => setValue(e.target.value)}
                className="narrow"
                {...a11y('value')}
              />
              {entry.plausibleRange ? (
                <p id={`${idOf('value')}-hint`} className="hint">
                  Plausible {entry.plausibleRange[0]}–{entry.plausibleRange[1]}
                </p>
              ) : null}
              {errorText('value')}
            </div>
            <div className="field">
              <label htmlFor={idOf('unit')}>Unit</label>
              <select value={unit} onChange={(e) => setUnit(e.target.value)} {...a11y('unit')}>
                {entry.units.map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
              {errorText('unit')}
            </div>
          </>
        ) : null}
        {entry.isotypes ? (
          <div className="field">
            <label htmlFor={idOf('isotype')}>Isotype</label>
            <select value={isotype} onChange={(e) => setIsotype(e.target.value)} {...a11y('isotype')}>
              <option value="">Not stated</option>
              {entry.isotypes.map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </select>
            {errorText('isotype')}
          </div>
        ) : null}
        {entry.isotypes ? (
          <div className="field">
            <label htmlFor={idOf('p99')}>{plain ? RESULT_MESSAGES.p99Plain : RESULT_MESSAGES.p99}</label>
            <p id={`${idOf('p99')}-hint`} className="hint">
              {RESULT_MESSAGES.p99Hint}
            </p>
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={p99}
              onChange={(e) => setP99(e.target.value)}
              className="narrow"
              {...a11y('p99')}
            />
            {errorText('p99')}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={idOf('interpretation')}>{WORDS.interpretation[plain ? 'patient' : 'clinician']}</label>
          <select value={interpretation} onChange={(e) => setInterpretation(e.target.value)} {...a11y('interpretation')}>
            <option value="">Not stated</option>
            {INTERPRETATIONS.map((i) => (
              <option key={i} value={i}>
                {INTERPRETATION_LABEL[i]}
              </option>
            ))}
          </select>
          {errorText('interpretation')}
        </div>
      </div>
      {isLupusAnticoagulant ? (
        <div className="field checkbox-field">
          <input type="checkbox" checked={onAnticoagulant} onChange={(e) => setOnAnticoagulant(e.target.checked)} {...a11y('onAnticoagulant')} />
          <label htmlFor={idOf('onAnticoagulant')}>{plain ? RESULT_MESSAGES.onAnticoagulantPlain : RESULT_MESSAGES.onAnticoagulant}</label>
          {errorText('onAnticoagulant')}
        </div>
      ) : null}
      <button type="submit" className="button">
        Save result
      </button>
    </form>
  );
}

/** A result field's problem as a request that names the field in words (the date picker needs no format). */
function resultMessage(f: Field, message: string, plain: boolean): string {
  if (f === 'date') return /future/.test(message) ? RESULT_MESSAGES.dateFuture : RESULT_MESSAGES.date;
  if (f === 'value') return /plausible/.test(message) ? `${RESULT_MESSAGES.valueRange} ${message.replace(/ for [a-z0-9-]+;.*$/, '')}.` : RESULT_MESSAGES.value;
  if (f === 'unit') return RESULT_MESSAGES.unit;
  if (f === 'p99') return RESULT_MESSAGES.p99Problem;
  if (f === 'isotype') return RESULT_MESSAGES.isotype;
  return plain ? RESULT_MESSAGES.interpretationPlain : RESULT_MESSAGES.interpretation;
}

export function describeResult(r: Result): string {
  const parts = [
    r.interpretation ? INTERPRETATION_LABEL[r.interpretation] : undefined,
    r.value !== undefined ? `${r.value}${r.unit ? ` ${r.unit}` : ''}` : undefined,
    r.isotype,
    r.p99 !== undefined ? `lab 99th centile ${r.p99}` : undefined,
    r.onAnticoagulant ? 'taken on an anticoagulant' : undefined,
  ].filter(Boolean);
  return parts.join(' · ');
}
