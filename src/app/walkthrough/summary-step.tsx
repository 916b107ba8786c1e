// The summary: findings first, by severity, for every role. GP: order today → refer → treatment
// → don't offer → export, with details and citations folded (one screen for a typical case).
// Nurse: triage with the missing tests named and the letter one click away. Patient: plain words,
// questions and support, and one "For your doctor" section at the end for sources and notes.
import type { Evaluation } from '../../engine/evaluation.ts';
import { worklist } from '../../engine/summary.ts';
import { ClaimsSection } from '../claims/claims.tsx';
import { CompareSection } from '../compare/compare-section.tsx';
import { SUMMARY_COPY } from '../copy.ts';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { useCopy, useRole } from '../ui/role.ts';
import { selectCase, selectEvaluation, Workup } from '../workup/workup-context.ts';
import { SavedCases } from '../start/saved-cases.tsx';
import { ExportPanel } from './export-panel.tsx';
import { FindingsList } from './findings.tsx';
import { ForYourDoctor, PatientQuestions, summarySources } from './patient-summary.tsx';
import { GateState } from './review-step.tsx';
import { StepFrame } from './step-frame.tsx';
import { CitedList, DontOffer, NotNow, OrderToday, ReferLine, TreatmentRows } from './summary-parts.tsx';
import { Prognosis } from './prognosis.tsx';
import { SupportBox } from './support.tsx';
import { TriagePanel } from './triage-panel.tsx';

function Details({ evaluation }: { evaluation: Evaluation }) {
  const copy = useCopy();
  const w = worklist(evaluation);
  return (
    <Disclosure label={SUMMARY_COPY.details} className="summary-details">
      <CitedList title={copy.orderNow} items={[...w.repeatsDue, ...w.orderNow]} />
      <CitedList title={copy.treatments} items={w.treatments} />
      <CitedList title={copy.consider} items={w.consider} />
      <CitedList title={SUMMARY_COPY.dontOffer} items={evaluation.flags} />
      <CitedList title={copy.done} items={w.done} />
      <CitedList title={copy.declined} items={w.declined} />
      <section className="summary-section" aria-label="Referral criteria">
        <h4>Referral criteria</h4>
        <p>{evaluation.referral.rule}</p>
        <CitationBlock citation={evaluation.referral.citation} />
      </section>
      <GateState evaluation={evaluation} />
    </Disclosure>
  );
}

export function SummaryStep() {
  const role = useRole();
  const copy = useCopy();
  const evaluation = Workup.useSelector(selectEvaluation);
  const c = Workup.useSelector(selectCase);
  if (!evaluation || !c) return null;
  const w = worklist(evaluation);
  const deferred = evaluation.items.filter((i) => i.status === 'deferred');
  // Medicines she takes now are shown with the treatment (continue, or review), whatever their status.
  const treatments = [
    ...w.treatments,
    ...evaluation.items.filter((i) => i.takenNow && !w.treatments.includes(i) && !evaluation.flags.some((f) => f.id === i.id)),
  ];

  if (role === 'patient') {
    return (
      <StepFrame step="summary" findings={false}>
        <FindingsList evaluation={evaluation} />
        <PatientQuestions evaluation={evaluation} />
        <NotNow items={deferred} />
        <DontOffer flags={evaluation.flags} />
        <SupportBox />
        <Prognosis evaluation={evaluation} />
        <ClaimsSection />
        <ExportPanel />
        <ForYourDoctor cited={summarySources(evaluation)} evaluation={evaluation} />
      </StepFrame>
    );
  }
  return (
    <StepFrame step="summary" findings={false}>
      <FindingsList evaluation={evaluation} />
      {role === 'nurse' ? (
        <TriagePanel evaluation={evaluation} />
      ) : (
        <>
          {/* Two columns on a wide screen, so a typical case fits one screen. */}
          <div className="summary-grid">
            <div>
              <OrderToday w={w} />
              <NotNow items={deferred} />
            </div>
            <div>
              <ReferLine evaluation={evaluation} question={c.referralQuestion} />
              <TreatmentRows title={copy.treatments} items={treatments} />
            </div>
          </div>
          <DontOffer flags={evaluation.flags} />
        </>
      )}
      <ExportPanel />
      <Prognosis evaluation={evaluation} />
      <Details evaluation={evaluation} />
      <CompareSection />
      {role === 'nurse' ? <SavedCases headingLevel={3} /> : null}
    </StepFrame>
  );
}
