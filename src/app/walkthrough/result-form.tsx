// Entering one result for an investigation, checked by the engine's own validateCase before it is sent.
import { type FormEvent, useId, useState } from 'react';
import { useFormDraft } from '../../store/form-drafts.ts';
import { type Problem, type Result, todayIso, validateCase } from '../../engine/case-schema.ts';
import { INTERPRETATIONS, type InvestigationId } from '../../../guidelines/ids.ts';
import { catalogueEntry } from '../flags/match.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectCase, useWorkupEvents, Workup } from '../workup/workup-context.ts';

type Field = 'date' | 'value' | 'unit' | 'interpretation' | 'isotype';

const INTERPRETATION_LABEL: Record<(typeof INTERPRETATIONS)[number], string> = {
  normal: 'Normal', abnormal: 'Abnormal', positive: 'Positive', negative: 'Negative', inconclusive: 'Inconclusive',
};

function fieldOf(problem: Problem, index: number): Field {
  const prefix = `results[${index}]`;
  const rest = problem.path.slice(prefix.length).replace(/^\./, '');
  return (['date', 'value', 'unit', 'isotype'] as const).find((f) => f === rest) ?? 'interpretation';
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
  const [tried, setTried] = useState(false);
  const uid = useId();
  const idOf = (f: Field) => `${uid}-${f}`;

  const trimmed = value.trim();
  const numeric = trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
  const result = {
    test, date,
    ...(isotype ? { isotype } : {}),
    ...(trimmed !== '' ? { value: Number.isFinite(numeric) ? numeric : trimmed } : {}),
    ...(trimmed !== '' && unit ? { unit } : {}),
    ...(interpretation ? { interpretation } : {}),
  };
  const index = current?.results?.length ?? 0;
  const validation = current ? validateCase({ ...current, results: [...(current.results ?? []), result] }, today) : null;
  const problems = validation && !validation.ok ? validation.problems.filter((p) => p.path.startsWith(`results[${index}]`)) : [];
  const errors: Partial<Record<Field, string>> = {};
  for (const p of problems) {
    const f = fieldOf(p, index);
    const label = { date: 'Date', value: 'Value', unit: 'Unit', isotype: 'Isotype', interpretation: 'Result' }[f];
    const msg = p.path === `results[${index}]` ? `Enter a value or choose a result: this ${p.message}` : `${label} ${p.message}`;
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
    const hint = f === 'value' && entry.plausibleRange ? `${idOf(f)}-hint` : undefined;
    const describedBy = [hint, err ? `${idOf(f)}-error` : undefined].filter(Boolean).join(' ');
    return { id: idOf(f), 'aria-invalid': err ? true : undefined, 'aria-describedby': describedBy || undefined } as const;
  };
  const errorText = (f: Field) => (show(f) ? <p id={`${idOf(f)}-error`} className="field-error"><span aria-hidden="true">⚠ </span>{show(f)}</p> : null);

  return (
    <form className="result-form" onSubmit={submit} noValidate aria-label={`${copy.recordResult}: ${name}`}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={idOf('date')}>{plain ? 'Date of the test' : 'Sample date'}</label>
          {/* Opened on request, so the first field takes focus. */}
          <input type="date" autoFocus max={today} value={date} onChange={(e) => setDate(e.target.value)} {...a11y('date')} />
          {errorText('date')}
        </div>
        {entry.units ? (
          <>
            <div className="field">
              <label htmlFor={idOf('value')}>Value</label>
              <input type="text" inputMode="decimal" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} className="narrow" {...a11y('value')} />
              {entry.plausibleRange ? <p id={`${idOf('value')}-hint`} className="hint">Plausible {entry.plausibleRange[0]}–{entry.plausibleRange[1]}</p> : null}
              {errorText('value')}
            </div>
            <div className="field">
              <label htmlFor={idOf('unit')}>Unit</label>
              <select value={unit} onChange={(e) => setUnit(e.target.value)} {...a11y('unit')}>
                {entry.units.map((u) => <option key={u} value={u}>{u}</option>)}
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
              {entry.isotypes.map((i) => <option key={i} value={i}>{i}</option>)}
            </select>
            {errorText('isotype')}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={idOf('interpretation')}>{plain ? 'What the result said' : 'Interpretation'}</label>
          <select value={interpretation} onChange={(e) => setInterpretation(e.target.value)} {...a11y('interpretation')}>
            <option value="">Not stated</option>
            {INTERPRETATIONS.map((i) => <option key={i} value={i}>{INTERPRETATION_LABEL[i]}</option>)}
          </select>
          {errorText('interpretation')}
        </div>
      </div>
      <button type="submit" className="button">Save result</button>
    </form>
  );
}

export function describeResult(r: Result): string {
  const parts = [r.interpretation ? INTERPRETATION_LABEL[r.interpretation] : undefined,
    r.value !== undefined ? `${r.value}${r.unit ? ` ${r.unit}` : ''}` : undefined, r.isotype].filter(Boolean);
  return parts.join(' · ');
}
