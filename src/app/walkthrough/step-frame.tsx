// The frame of every walkthrough step: the heading that receives focus on each step change, an
// optional intro, the content, and Back / Next as the machine allows them.
import { type ReactNode, useEffect, useRef } from 'react';
import { type Step, STEPS } from '../../../machines/steps.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectEvaluation, useCan, useWorkupEvents, Workup } from '../workup/workup-context.ts';
import { FindingsList } from './findings.tsx';
import { type Cited, ForYourDoctor } from './patient-summary.tsx';
import { stepTitle } from './progress-nav.tsx';

export function StepFrame({
  step,
  intro,
  children,
  actions,
  findings = true,
  sources,
}: {
  step: Step;
  intro?: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  /** Urgent and action findings at the top (the summary lists every finding itself). */
  findings?: boolean;
  /** What the step's advice rests on: shown to patients once, at the end, under "For your doctor". */
  sources?: Cited[];
}) {
  const plain = useRole() === 'patient';
  const copy = useCopy();
  const heading = useRef<HTMLHeadingElement>(null);
  const { next, back, openSummary } = useWorkupEvents();
  const canBack = useCan({ type: 'step.back' });
  const canNext = useCan({ type: 'step.next' });
  const canSummary = useCan({ type: 'summary.open' }) && step !== 'summary';
  const evaluation = Workup.useSelector(selectEvaluation);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the heading each time the step changes
  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  return (
    <section className={`step-view step-${step} role-${useRole()}`} aria-labelledby="step-heading">
      <div className="step-top">
        <p className="step-count">
          Step {STEPS.indexOf(step) + 1} of {STEPS.length}
        </p>
        {canSummary ? (
          <button type="button" className="button secondary small to-summary" onClick={openSummary}>
            {copy.toSummary}
            <span aria-hidden="true"> ⇥</span>
          </button>
        ) : null}
      </div>
      <h2 id="step-heading" ref={heading} tabIndex={-1}>
        {stepTitle(step, plain)}
      </h2>
      {findings && evaluation ? <FindingsList evaluation={evaluation} banner /> : null}
      {intro ? <div className="step-intro">{intro}</div> : null}
      {children}
      {plain && sources?.length && evaluation ? <ForYourDoctor cited={sources} evaluation={evaluation} /> : null}
      <div className="step-nav">
        {canBack ? (
          <button type="button" className="button secondary" onClick={back}>
            <span aria-hidden="true">← </span>
            {copy.back}
          </button>
        ) : null}
        {actions ??
          (canNext ? (
            <button type="button" className="button" onClick={next}>
              {copy.next}
              <span aria-hidden="true"> →</span>
            </button>
          ) : null)}
      </div>
    </section>
  );
}
