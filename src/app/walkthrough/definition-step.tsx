// Does the case meet the guideline's definition? Met or not per pregnancy, with the reason, and a
// knowing choice to continue when it is not met.
import { useState } from 'react';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { plural } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectCase, selectEvaluation, useWorkupEvents, Workup } from '../workup/workup-context.ts';
import { plainPregnancyReason, WORDS } from '../copy.ts';
import { StepFrame } from './step-frame.tsx';
import { SupportBox } from './support.tsx';
import { Prognosis } from './prognosis.tsx';

export function DefinitionStep() {
  const role = useRole();
  const plain = role === 'patient';
  const copy = useCopy();
  const evaluation = Workup.useSelector(selectEvaluation);
  const c = Workup.useSelector(selectCase);
  const { send } = useWorkupEvents();
  const [acknowledged, setAcknowledged] = useState(false);
  const canContinue = Workup.useSelector((s) => s.can({ type: 'definition.continue', acknowledged }));
  if (!evaluation) return null;
  const d = evaluation.definition;

  return (
    <StepFrame
      step="definition"
      sources={[
        { name: WORDS.definition[plain ? 'patient' : 'clinician'], citation: d.citation },
        ...(evaluation.prognosis ? [{ name: 'Outlook', citation: evaluation.prognosis.citation }] : []),
      ]}
      actions={
        <button type="button" className="button" disabled={!canContinue} onClick={() => send({ type: 'definition.continue', acknowledged })}>
          {d.met ? copy.next : WORDS.continueTheWorkup[plain ? 'patient' : 'clinician']}
          <span aria-hidden="true"> →</span>
        </button>
      }
    >
      <p className={`verdict-line ${d.met ? 'met' : 'not-met'}`}>
        <span aria-hidden="true" className="symbol">
          {d.met ? '✓' : '✗'}
        </span>{' '}
        <strong>{d.met ? copy.definitionMet : copy.definitionNotMet}</strong> (
        {plural(d.losses, WORDS.lossCounted[plain ? 'patient' : 'clinician'], WORDS.lossesCounted[plain ? 'patient' : 'clinician'])} under{' '}
        {evaluation.guideline.shortTitle})
      </p>
      <p>
        <strong>{WORDS.definition[plain ? 'patient' : 'clinician']}:</strong> {plain ? d.plainRule : d.rule}
      </p>
      {d.discretion && d.discretionText ? <p className="note">{d.discretionText}</p> : null}
      <h3>{WORDS.pregnancies[plain ? 'patient' : 'clinician']}</h3>
      {d.pregnancies.length ? (
        <ol className="pregnancy-reasons">
          {d.pregnancies.map((p) => {
            return (
              <li key={p.index} className={p.counted ? 'counted' : 'not-counted'}>
                <span aria-hidden="true" className="symbol">
                  {p.counted ? '✓' : '–'}
                </span>{' '}
                <strong>Pregnancy {p.index + 1}:</strong> <span className="visually-hidden">{p.counted ? 'counted. ' : 'not counted. '}</span>
                {plain && c ? plainPregnancyReason(c.pregnancies[p.index]!, p.counted) : p.reason}
              </li>
            );
          })}
        </ol>
      ) : (
        <p>No pregnancies entered.</p>
      )}
      {plain ? null : (
        <p className="note">
          <strong>Not counted:</strong> {d.excludes}
        </p>
      )}
      {plain ? null : (
        <Disclosure label={copy.whyAndSource}>
          <CitationBlock citation={d.citation} />
        </Disclosure>
      )}
      <Prognosis evaluation={evaluation} />
      {d.met ? null : (
        <div className="acknowledge">
          <input id="definition-ack" type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} />
          <label htmlFor="definition-ack">{copy.definitionContinueAnyway}</label>
        </div>
      )}
      {plain ? <SupportBox /> : null}
    </StepFrame>
  );
}
