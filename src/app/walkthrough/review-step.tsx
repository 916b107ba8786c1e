// Review: findings, red flags, treatments and the other items, and the state of the immune gate.
import type { Evaluation } from '../../engine/evaluation.ts';
import { ClaimsSection } from '../claims/claims.tsx';
import { CompareSection } from '../compare/compare-section.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { LockIcon } from '../ui/icons.tsx';
import { itemName } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectEvaluation, useCan, useWorkupEvents, Workup } from '../workup/workup-context.ts';
import { DueNext, itemsFor, splitApplicable } from './domain-step.tsx';
import { ItemList } from './item-card.tsx';
import { stepTitle } from './progress-nav.tsx';
import { usePdfPrefetch } from './pdf-prefetch.ts';
import { StepFrame } from './step-frame.tsx';
import { FindingsList } from './findings.tsx';
import { summarySources } from './patient-summary.tsx';
import { WORDS } from '../copy.ts';

export function GateState({ evaluation }: { evaluation: Evaluation }) {
  const role = useRole();
  const copy = useCopy();
  const open = evaluation.immuneGate === 'open';
  const outstanding = evaluation.coreDomains.filter((d) => !d.resolved);
  return (
    <div className={`gate ${open ? 'open' : 'closed'}`}>
      <p>
        <LockIcon open={open} /> <strong>{open ? copy.gateOpen : copy.gateClosed}</strong>
      </p>
      {open ? null : (
        <ul>
          {outstanding.map((d) => (
            <li key={d.domain}>
              {stepTitle(d.domain, role === 'patient')}:{' '}
              {d.outstanding
                .map((id) => {
                  const i = evaluation.items.find((x) => x.id === id);
                  return i ? itemName(i, role) : id;
                })
                .join(', ')}
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
      findings={false}
      sources={summarySources(evaluation)}
      actions={
        <>
          {canImmune ? (
            <button type="button" className="button secondary" onClick={next}>
              {WORDS.continueToImmuneStep[plain ? 'patient' : 'clinician']}
            </button>
          ) : null}
          {canSummary ? (
            <button type="button" className="button" onClick={openSummary}>
              {WORDS.goToSummary[plain ? 'patient' : 'clinician']}
              <span aria-hidden="true"> →</span>
            </button>
          ) : null}
        </>
      }
    >
      <FindingsList evaluation={evaluation} />
      <GateState evaluation={evaluation} />
      <DueNext evaluation={evaluation} />
      <h3>{copy.treatments}</h3>
      <ItemList items={treatments.forCase} label={copy.treatments} />
      {treatments.notNeeded.length ? (
        <Disclosure
          label={`${WORDS.treatmentsNotRecommendedOrNot[plain ? 'patient' : 'clinician']} (${treatments.notNeeded.length})`}
          initiallyOpen={role !== 'gp'}
        >
          <ItemList items={treatments.notNeeded} label={WORDS.treatmentsNotRecommendedOrNot[plain ? 'patient' : 'clinician']} />
        </Disclosure>
      ) : null}
      <h3>{WORDS.otherInvestigations[plain ? 'patient' : 'clinician']}</h3>
      <ItemList items={others.forCase} label={WORDS.otherInvestigations[plain ? 'patient' : 'clinician']} />
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
