// The intake step of the walkthrough: heading (focused on arrival), intro, and the history form.
import { useEffect, useRef } from 'react';
import { STEPS } from '../../../machines/steps.ts';
import { useCopy } from '../ui/role.ts';
import { IntakeForm } from './intake-form.tsx';

export function IntakeStep({ caseId }: { caseId: string }) {
  const copy = useCopy();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="step-view step-intake" aria-labelledby="step-heading">
      <p className="step-count">Step 1 of {STEPS.length}</p>
      <h2 id="step-heading" ref={heading} tabIndex={-1}>
        {copy.intakeHeading}
      </h2>
      <p className="step-intro">{copy.intakeIntro}</p>
      <IntakeForm caseId={caseId} mode="submit" />
    </section>
  );
}

export function EditHistory({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const copy = useCopy();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="step-view step-intake" aria-labelledby="step-heading">
      <h2 id="step-heading" ref={heading} tabIndex={-1}>
        Edit: {copy.intakeHeading}
      </h2>
      <p className="step-intro">Changes are checked again against the guideline when you save. Results, declined items and questions are kept.</p>
      <IntakeForm caseId={caseId} mode="update" onDone={onDone} />
    </section>
  );
}
