// The walkthrough's progress: every step, the four core domains with their state, and the immune
// step's lock shown as text and an icon. Reached steps can be revisited when the machine allows it.
import type { ReactNode } from 'react';
import { STEP_TITLES, type Step, STEPS } from '../../../machines/steps.ts';
import { CORE_DOMAINS } from '../../../guidelines/ids.ts';
import { LockIcon } from '../ui/icons.tsx';
import { useCopy, useRole } from '../ui/role.ts';
import { selectEvaluation, selectStep, useWorkupEvents, Workup } from '../workup/workup-context.ts';
import { DOMAIN_STATE_COPY, WORDS } from '../copy.ts';
import { needsAction } from './findings.tsx';

export function stepTitle(step: Step, plain: boolean): string {
  return plain ? STEP_TITLES[step].plain : STEP_TITLES[step].title;
}

const sameList = (a: boolean[], b: boolean[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Long words get a soft hyphen so narrow step boxes break them cleanly; assistive technology reads the plain title. */
function StepName({ title }: { title: string }) {
  const breakable = title.replace(/\p{L}{11,}/gu, (w) => `${w.slice(0, -5)}\u00AD${w.slice(-5)}`);
  if (breakable === title) return <span className="step-title">{title}</span>;
  return (
    <span className="step-title">
      <span aria-hidden="true">{breakable}</span>
      <span className="visually-hidden">{title}</span>
    </span>
  );
}

export function ProgressNav() {
  const plain = useRole() === 'patient';
  const copy = useCopy();
  const current = Workup.useSelector(selectStep);
  const evaluation = Workup.useSelector(selectEvaluation);
  const can = Workup.useSelector((s) => STEPS.map((step) => s.can({ type: 'step.jump', step })), sameList);
  const canBackToIntake = Workup.useSelector((s) => s.matches('definition') && s.can({ type: 'step.back' }));
  const { jump, back } = useWorkupEvents();
  const applies = evaluation?.definition.met ?? true;
  // A domain with an urgent or action finding is never counted or shown as settled.
  const isSettled = (d: { domain: string; resolved: boolean }) => applies && d.resolved && !needsAction(evaluation!, d.domain);
  const settled = evaluation?.coreDomains.filter(isSettled).length ?? 0;
  const words = plain ? DOMAIN_STATE_COPY.plain : DOMAIN_STATE_COPY.clinician;
  const gateOpen = evaluation?.immuneGate === 'open';

  return (
    <nav className="progress" aria-label={WORDS.workupSteps[plain ? 'patient' : 'clinician']}>
      <div className="core-meter">
        <span id="core-meter-label">
          {WORDS.coreWorkup[plain ? 'patient' : 'clinician']}: {settled} of {CORE_DOMAINS.length} {WORDS.domainsSettled[plain ? 'patient' : 'clinician']}
        </span>
        <span className="meter" aria-hidden="true">
          {CORE_DOMAINS.map((d, i) => (
            <span key={d} className={i < settled ? 'meter-seg filled' : 'meter-seg'} />
          ))}
        </span>
      </div>
      <ol className="steps">
        {STEPS.map((step, i) => {
          const domain = evaluation?.coreDomains.find((d) => d.domain === step);
          const isCurrent = step === current;
          const allowed = can[i] || (step === 'intake' && canBackToIntake);
          let state: { icon: ReactNode; text: string } | null = null;
          if (domain && evaluation) {
            if (!applies) state = { icon: '–', text: words.notApplicableShort };
            else if (needsAction(evaluation, domain.domain)) state = { icon: '!', text: words.actionShort };
            else if (domain.resolved) state = { icon: '✓', text: words.settledShort };
            else state = { icon: '○', text: `${domain.outstanding.length} ${words.outstandingShort}` };
          } else if (step === 'immune') {
            state = { icon: <LockIcon open={gateOpen} />, text: gateOpen ? copy.immuneUnlocked : copy.immuneLocked };
          }
          const label = (
            <>
              <span className="step-num" aria-hidden="true">
                {i + 1}
              </span>
              <StepName title={stepTitle(step, plain)} />
              {state ? (
                <span className="step-state">
                  <span aria-hidden="true">{state.icon} </span>
                  {state.text}
                </span>
              ) : null}
            </>
          );
          const cls = `step${isCurrent ? ' current' : ''}${step === 'immune' ? (gateOpen ? ' unlocked' : ' locked') : ''}${domain && isSettled(domain) ? ' settled' : ''}${domain && evaluation && applies && needsAction(evaluation, domain.domain) ? ' action' : ''}`;
          return (
            <li key={step} className={cls}>
              {allowed && !isCurrent ? (
                <button type="button" className="step-button" onClick={() => (step === 'intake' ? back() : jump(step))}>
                  {label}
                </button>
              ) : (
                <span className="step-button" aria-current={isCurrent ? 'step' : undefined}>
                  {label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
