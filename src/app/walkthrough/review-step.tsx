// Review: findings, red flags, treatments and the other items, and the state of the immune gate.
import type { Evaluation } from '../../engine/evaluation.ts';
import { ClaimsSection } from '../claims/claims.tsx';
import { CompareSection } from '../compare/compare-section.tsx';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { LockIcon } from '../ui/icons.tsx';
import { itemName } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectEvaluation, useCan, useWorkupEvents, Workup } from '../workup/workup-context.ts';
import { DueNext, itemsFor, splitApplicable } from './domain-step.tsx';
import { ItemList } from './item-card.tsx';
import { usePdfPrefetch } from './pdf-prefetch.ts';
import { StepFrame } from './step-frame.tsx';

export function FindingsAndRedFlags({ evaluation }: { evaluation: Evaluation }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  return (
    <>
      {evaluation.referral.redFlags.length ? (
        <div className="red-flags" role="note" aria-labelledby="red-flags-heading">
          <h3 id="red-flags-heading"><span aria-hidden="true">⚠ </span>{copy.redFlags}</h3>
          <ul>
            {evaluation.referral.redFlags.map((r) => (
              <li key={r.id}>
                <strong><span aria-hidden="true">! </span>{plain ? r.plainWhy : r.why}</strong>
                <Disclosure label={copy.whyAndSource} ariaLabel={`${copy.whyAndSource}: ${plain ? r.plainWhy : r.why}`}><CitationBlock citation={r.citation} /></Disclosure>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>{copy.findings}</h3>
      {evaluation.findings.length ? (
        <ul className="findings">
          {evaluation.findings.map((f) => (
            <li key={f.id}>
              <p>{plain ? f.plainWhy : f.why}</p>
              {f.detail.length ? <ul className="detail">{f.detail.map((d) => <li key={d}>{d}</li>)}</ul> : null}
              <Disclosure label={copy.whyAndSource} ariaLabel={`${copy.whyAndSource}: ${plain ? f.plainWhy : f.why}`}><CitationBlock citation={f.citation} /></Disclosure>
            </li>
          ))}
        </ul>
      ) : <p>{plain ? 'No results point to a cause yet.' : 'No findings from the results recorded so far.'}</p>}
    </>
  );
}

export function GateState({ evaluation }: { evaluation: Evaluation }) {
  const role = useRole();
  const copy = useCopy();
  const open = evaluation.immuneGate === 'open';
  const outstanding = evaluation.coreDomains.filter((d) => !d.resolved);
  return (
    <div className={`gate ${open ? 'open' : 'closed'}`}>
      <p>
        <LockIcon open={open} />{' '}
        <strong>{open ? copy.gateOpen : copy.gateClosed}</strong>
      </p>
      {open ? null : (
        <ul>
          {outstanding.map((d) => (
            <li key={d.domain}>
              {d.domain}: {d.outstanding.map((id) => {
                const i = evaluation.items.find((x) => x.id === id);
                return i ? itemName(i, role) : id;
              }).join(', ')}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ReviewStep() {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  const evaluation = Workup.useSelector(selectEvaluation);
  const { next, openSummary } = useWorkupEvents();
  const canImmune = useCan({ type: 'step.next' });
  const canSummary = useCan({ type: 'summary.open' });
  usePdfPrefetch();
  if (!evaluation) return null;
  const treatments = splitApplicable(evaluation.items.filter((i) => i.domain === 'treatment'));
  const others = splitApplicable(itemsFor(evaluation, 'review').filter((i) => i.domain !== 'treatment'));

  return (
    <StepFrame
      step="review"
      actions={
        <>
          {canImmune ? <button type="button" className="button secondary" onClick={next}>{plain ? 'Look at immune tests' : 'Continue to immune step'}</button> : null}
          {canSummary ? <button type="button" className="button" onClick={openSummary}>{plain ? 'See my summary' : 'Go to summary'}<span aria-hidden="true"> →</span></button> : null}
        </>
      }
    >
      <GateState evaluation={evaluation} />
      <DueNext evaluation={evaluation} />
      <FindingsAndRedFlags evaluation={evaluation} />
      <h3>{copy.treatments}</h3>
      <ItemList items={treatments.forCase} label={copy.treatments} />
      {treatments.notNeeded.length ? (
        <Disclosure label={`${plain ? 'Treatments not advised or not needed' : 'Treatments not recommended or not indicated'} (${treatments.notNeeded.length})`} initiallyOpen={role !== 'gp'}>
          <ItemList items={treatments.notNeeded} label={plain ? 'Treatments not advised or not needed' : 'Treatments not recommended or not indicated'} />
        </Disclosure>
      ) : null}
      <h3>{plain ? 'Other tests' : 'Other investigations'}</h3>
      <ItemList items={others.forCase} label={plain ? 'Other tests' : 'Other investigations'} />
      {others.notNeeded.length ? (
        <Disclosure label={`${copy.notNeeded} (${others.notNeeded.length})`} initiallyOpen={role !== 'gp'}>
          <ItemList items={others.notNeeded} label={copy.notNeeded} />
        </Disclosure>
      ) : null}
      {plain ? <ClaimsSection /> : null}
      <CompareSection />
    </StepFrame>
  );
}
