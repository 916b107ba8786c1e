// A core-domain step (genetic, anatomical, hormonal, antiphospholipid) and the immune step: the
// items of STEP_DOMAINS as a checklist, what is outstanding, and what is due next.
import type { ReactNode } from 'react';
import { type Step, STEP_DOMAINS } from '../../../machines/steps.ts';
import type { EvaluatedItem, Evaluation } from '../../engine/evaluation.ts';
import { DOMAIN_STATE_COPY, WORDS } from '../copy.ts';
import { Disclosure } from '../ui/disclosure.tsx';
import { itemName } from '../ui/format.ts';
import { DueDate } from '../ui/due-date.tsx';
import { useCopy, useRole } from '../ui/role.ts';
import { selectEvaluation, Workup } from '../workup/workup-context.ts';
import { ItemList } from './item-card.tsx';
import { StepFrame } from './step-frame.tsx';

export function itemsFor(evaluation: Evaluation, step: Step): EvaluatedItem[] {
  const domains = STEP_DOMAINS[step] ?? [];
  return evaluation.items.filter((i) => domains.includes(i.domain));
}

const ORDER: Record<EvaluatedItem['status'], number> = { 'repeat-due': 0, 'to-do': 1, deferred: 2, declined: 3, done: 4, 'not-applicable': 5 };

export function splitApplicable(items: EvaluatedItem[]): { forCase: EvaluatedItem[]; notNeeded: EvaluatedItem[] } {
  const sorted = [...items].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return { forCase: sorted.filter((i) => i.status !== 'not-applicable'), notNeeded: sorted.filter((i) => i.status === 'not-applicable') };
}

export function DueNext({ evaluation }: { evaluation: Evaluation }) {
  const role = useRole();
  const due = evaluation.items.filter((i) => i.status === 'repeat-due' && i.dueFrom);
  if (!due.length) return null;
  return (
    <div className="due-next" role="note" aria-label={WORDS.dueNext[role === 'patient' ? 'patient' : 'clinician']}>
      <strong>{WORDS.dueNext[role === 'patient' ? 'patient' : 'clinician']}:</strong>{' '}
      {due.map((i, n) => (
        <span key={i.id}>
          {n ? '; ' : ''}
          {itemName(i, role)}, <DueDate iso={i.dueFrom!} plain={role === 'patient'} />
        </span>
      ))}
    </div>
  );
}

/** The step's state in words: not applicable (definition not met), action needed (a finding), outstanding, or settled. */
function DomainState({ evaluation, domain, resolved, outstanding }: { evaluation: Evaluation; domain: string; resolved: boolean; outstanding: string[] }) {
  const plain = useRole() === 'patient';
  const words = plain ? DOMAIN_STATE_COPY.plain : DOMAIN_STATE_COPY.clinician;
  const actions = evaluation.findings.filter((f) => f.domain === domain && f.severity !== 'info');
  let state: { cls: string; symbol: string; body: ReactNode };
  if (!evaluation.definition.met) {
    state = {
      cls: 'not-applicable',
      symbol: '–',
      body: (
        <>
          <strong>{words.notApplicable}</strong> {plain ? evaluation.definition.plainRule : evaluation.definition.rule}
        </>
      ),
    };
  } else if (actions.length) {
    state = {
      cls: 'action',
      symbol: '!',
      body: (
        <>
          <strong>{words.action}:</strong> {actions.map((f) => (plain ? f.plainWhy : f.why)).join(' ')}
          {outstanding.length ? (
            <>
              {' '}
              <strong>{words.outstanding}:</strong> {outstanding.join(', ')}
            </>
          ) : null}
        </>
      ),
    };
  } else if (resolved) {
    state = { cls: 'settled', symbol: '✓', body: <strong>{words.settled}</strong> };
  } else {
    state = {
      cls: 'open',
      symbol: '○',
      body: (
        <>
          <strong>{words.outstanding}:</strong> {outstanding.join(', ')}
        </>
      ),
    };
  }
  return (
    <p className={`domain-state ${state.cls}`}>
      <span aria-hidden="true" className="symbol">
        {state.symbol}
      </span>{' '}
      {state.body}
    </p>
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
    <StepFrame step={step} sources={[...forCase, ...notNeeded]} intro={<p>{step === 'immune' ? copy.immuneIntro : copy.stepIntro}</p>}>
      {core ? (
        <DomainState evaluation={evaluation} domain={core.domain} resolved={core.resolved} outstanding={outstanding.map((i) => itemName(i, role))} />
      ) : null}
      <DueNext evaluation={evaluation} />
      {forCase.length ? (
        <>
          <h3 className="list-heading">{WORDS.forThisCase[plain ? 'patient' : 'clinician']}</h3>
          <ItemList items={forCase} label={WORDS.forThisCase[plain ? 'patient' : 'clinician']} />
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
