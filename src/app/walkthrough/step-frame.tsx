// The frame of every walkthrough step: the heading that receives focus on each step change, an
// optional intro, the content, and Back / Next as the machine allows them.
import { type ReactNode, useEffect, useRef } from 'react';
import { type Step, STEPS } from '../../../machines/steps.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { useCan, useWorkupEvents } from '../workup/workup-context.ts';
import { stepTitle } from './progress-nav.tsx';

export function StepFrame({ step, intro, children, actions }: {
  step: Step; intro?: ReactNode; children: ReactNode; actions?: ReactNode;
}) {
  const plain = useRole() === 'patient';
  const copy = useCopy();
  const heading = useRef<HTMLHeadingElement>(null);
  const { next, back } = useWorkupEvents();
  const canBack = useCan({ type: 'step.back' });
  const canNext = useCan({ type: 'step.next' });

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  return (
    <section className={`step-view step-${step}`} aria-labelledby="step-heading">
      <p className="step-count">Step {STEPS.indexOf(step) + 1} of {STEPS.length}</p>
      <h2 id="step-heading" ref={heading} tabIndex={-1}>{stepTitle(step, plain)}</h2>
      {intro ? <div className="step-intro">{intro}</div> : null}
      {children}
      <div className="step-nav">
        {canBack ? <button type="button" className="button secondary" onClick={back}><span aria-hidden="true">← </span>{copy.back}</button> : null}
        {actions ?? (canNext ? <button type="button" className="button" onClick={next}>{copy.next}<span aria-hidden="true"> →</span></button> : null)}
      </div>
    </section>
  );
}
