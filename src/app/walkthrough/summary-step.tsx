// The summary: the worklist in each role's words, the flags, and the role's own extras (GP: order
// today and refer for; nurse: triage; patient: questions and support); then the export slot.
import type { EvaluatedItem, Evaluation } from '../../engine/evaluation.ts';
import { patientQuestions } from '../../engine/patient-questions.ts';
import { worklist } from '../../engine/summary.ts';
import { formatCitation } from '../../../guidelines/wording.ts';
import { ClaimsSection, FlagClaims } from '../claims/claims.tsx';
import { CompareSection } from '../compare/compare-section.tsx';
import { StatusBadge, VerdictBadge } from '../ui/badges.tsx';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { formatDate, itemName, oneLineWhy } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectCase, selectEvaluation, Workup } from '../workup/workup-context.ts';
import { SavedCases } from '../start/saved-cases.tsx';
import { ExportPanel } from './export-panel.tsx';
import { FindingsAndRedFlags, GateState } from './review-step.tsx';
import { StepFrame } from './step-frame.tsx';
import { SupportBox } from './support.tsx';
import { TriagePanel } from './triage-panel.tsx';

function SummaryList({ title, items, empty, compact = false }: { title: string; items: EvaluatedItem[]; empty?: string; compact?: boolean }) {
  const role = useRole();
  if (!items.length && !empty) return null;
  return (
    <section className="summary-section" aria-label={title}>
      <h3>{title}</h3>
      {items.length ? (
        <ul className="summary-list">
          {items.map((i) => (
            <li key={i.id}>
              <span className="summary-name">{itemName(i, role)}</span>{' '}
              <VerdictBadge verdict={i.verdict} /> <StatusBadge status={i.status} />
              {i.dueFrom ? <> <strong>from <time dateTime={i.dueFrom}>{formatDate(i.dueFrom)}</time></strong></> : null}
              {i.declinedReason ? <> — {i.declinedReason}</> : null}
              {compact ? null : <div className="summary-why">{oneLineWhy(i, role)}</div>}
              {role === 'patient' ? null : <div className="summary-cite">{formatCitation(i.citation)}</div>}
            </li>
          ))}
        </ul>
      ) : <p>{empty}</p>}
    </section>
  );
}

function FlagSummary({ evaluation }: { evaluation: Evaluation }) {
  const role = useRole();
  const copy = useCopy();
  return (
    <section className="summary-section" aria-label={copy.flagsHeading}>
      <h3><span aria-hidden="true">✗ </span>{role === 'patient' ? 'Not advised by the guideline' : 'Flagged: asked about, not recommended'}</h3>
      {evaluation.flags.length ? (
        <ul className="summary-list">
          {evaluation.flags.map((f) => (
            <li key={f.id}>
              <span className="summary-name">{itemName(f, role)}</span> <VerdictBadge verdict={f.verdict} />
              <div className="summary-why">{oneLineWhy(f, role)}</div>
              {f.instead ? <div><strong>{copy.instead}:</strong> {f.instead}</div> : null}
              {role === 'patient' ? null : <div className="summary-cite">{formatCitation(f.citation)}</div>}
              <FlagClaims id={f.id} name={itemName(f, role)} />
            </li>
          ))}
        </ul>
      ) : <p>{copy.flagsNone}</p>}
    </section>
  );
}

export function SummaryStep() {
  const role = useRole();
  const copy = useCopy();
  const evaluation = Workup.useSelector(selectEvaluation);
  const c = Workup.useSelector(selectCase);
  if (!evaluation || !c) return null;
  const w = worklist(evaluation);
  const plain = role === 'patient';

  return (
    <StepFrame step="summary">
      {role === 'nurse' ? <TriagePanel evaluation={evaluation} /> : (
        <>
          <SummaryList title={copy.orderNow} items={w.orderNow} empty={plain ? 'No tests to ask for right now.' : 'Nothing recommended is outstanding.'} />
          <SummaryList title={copy.repeatsDue} items={w.repeatsDue} />
        </>
      )}
      {plain ? (
        <>
          <section className="summary-section questions" aria-labelledby="questions-heading">
            <h3 id="questions-heading">Questions to take to your appointment</h3>
            <ol>{patientQuestions(evaluation).map((q) => <li key={q.about + q.question}>{q.question.replace(/\b\d{4}-\d{2}-\d{2}\b/g, formatDate)}</li>)}</ol>
          </section>
          <SupportBox />
        </>
      ) : null}
      {role === 'gp' ? (
        <section className="summary-section" aria-label="Refer for">
          <h3>Refer for</h3>
          <p>
            <span aria-hidden="true">{evaluation.referral.meetsCriteria ? '✓ ' : '✗ '}</span>
            <strong>Dedicated RPL clinic: {evaluation.referral.meetsCriteria ? 'meets' : 'does not meet'} referral criteria under {evaluation.guideline.shortTitle}.</strong>{' '}
            {evaluation.referral.rule}
          </p>
          {c.referralQuestion ? <p><strong>Referral question:</strong> {c.referralQuestion}</p> : null}
          <Disclosure label="Source" ariaLabel="Source of the referral criteria"><CitationBlock citation={evaluation.referral.citation} /></Disclosure>
        </section>
      ) : null}
      <SummaryList title={copy.treatments} items={w.treatments} />
      <SummaryList title={copy.consider} items={w.consider} />
      <FindingsAndRedFlags evaluation={evaluation} />
      <FlagSummary evaluation={evaluation} />
      {plain ? <ClaimsSection /> : null}
      <SummaryList title={copy.done} items={w.done} compact />
      <SummaryList title={copy.declined} items={w.declined} compact />
      <GateState evaluation={evaluation} />
      <CompareSection />
      <ExportPanel />
      {role === 'nurse' ? <SavedCases headingLevel={3} /> : null}
    </StepFrame>
  );
}
