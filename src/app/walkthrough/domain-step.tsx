// A core-domain step (genetic, anatomical, hormonal, antiphospholipid) and the immune step: the
// items of STEP_DOMAINS as a checklist, what is outstanding, and what is due next.
import { type Step, STEP_DOMAINS } from '../../../machines/steps.ts';
import type { EvaluatedItem, Evaluation } from '../../engine/evaluation.ts';
import { Disclosure } from '../ui/disclosure.tsx';
import { formatDate, itemName } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectEvaluation, Workup } from '../workup/workup-context.ts';
import { ItemList } from './item-card.tsx';
import { StepFrame } from './step-frame.tsx';

export function itemsFor(evaluation: Evaluation, step: Step): EvaluatedItem[] {
  const domains = STEP_DOMAINS[step] ?? [];
  return evaluation.items.filter((i) => domains.includes(i.domain));
}

const ORDER = { 'repeat-due': 0, 'to-do': 1, deferred: 2, declined: 3, done: 4, 'not-applicable': 5 } as const;

export function splitApplicable(items: EvaluatedItem[]): { forCase: EvaluatedItem[]; notNeeded: EvaluatedItem[] } {
  const sorted = [...items].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return { forCase: sorted.filter((i) => i.status !== 'not-applicable'), notNeeded: sorted.filter((i) => i.status === 'not-applicable') };
}

export function DueNext({ evaluation }: { evaluation: Evaluation }) {
  const role = useRole();
  const due = evaluation.items.filter((i) => i.status === 'repeat-due' && i.dueFrom);
  if (!due.length) return null;
  return (
    <div className="due-next" role="note" aria-label={role === 'patient' ? 'Coming up' : 'Due next'}>
      <strong>{role === 'patient' ? 'Coming up' : 'Due next'}:</strong>{' '}
      {due.map((i, n) => (
        <span key={i.id}>{n ? '; ' : ''}{itemName(i, role)}, {role === 'patient' ? 'repeat from' : 'repeat due from'} <time dateTime={i.dueFrom}>{formatDate(i.dueFrom!)}</time></span>
      ))}
    </div>
  );
}

export function DomainStep({ step }: { step: Step }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  const evaluation = Workup.useSelector(selectEvaluation);
  if (!evaluation) return null;
  const { forCase, notNeeded } = splitApplicable(itemsFor(evaluation, step));
  const core = evaluation.coreDomains.find((d) => d.domain === step);
  const outstanding = core ? evaluation.items.filter((i) => core.outstanding.includes(i.id)) : [];

  return (
    <StepFrame step={step} intro={<p>{step === 'immune' ? copy.immuneIntro : copy.stepIntro}</p>}>
      {core ? (
        <p className={`domain-state ${core.resolved ? 'settled' : 'open'}`}>
          <span aria-hidden="true" className="symbol">{core.resolved ? '✓' : '○'}</span>{' '}
          {core.resolved
            ? <strong>{plain ? 'This part is done.' : 'Settled: nothing recommended is outstanding.'}</strong>
            : <><strong>{plain ? 'Still to do' : 'Outstanding'}:</strong> {outstanding.map((i) => itemName(i, role)).join(', ')}</>}
        </p>
      ) : null}
      <DueNext evaluation={evaluation} />
      {forCase.length ? (
        <>
          <h3 className="list-heading">{plain ? 'For you' : 'For this case'}</h3>
          <ItemList items={forCase} label={plain ? 'For you' : 'For this case'} />
        </>
      ) : null}
      {notNeeded.length ? (
        role === 'gp' && step !== 'immune' ? (
          // GP: one screen per step; what the case does not call for is one click away.
          <Disclosure label={`${copy.notNeeded} (${notNeeded.length})`} className="not-needed">
            <ItemList items={notNeeded} label={copy.notNeeded} />
          </Disclosure>
        ) : (
          <>
            <h3 className="list-heading">{copy.notNeeded}</h3>
            <ItemList items={notNeeded} label={copy.notNeeded} />
          </>
        )
      ) : null}
    </StepFrame>
  );
}
