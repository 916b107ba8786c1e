// The first screen: what the tool does in one glance, then start a case (role and guideline) or
// open a saved one.
import type { FormEvent, ReactNode } from 'react';
import type { GuidelineId, Role } from '../../../guidelines/ids.ts';
import { useAppStore } from '../../store/app-store.ts';
import { COPY, ROLE_OPTIONS, START_COPY } from '../copy.ts';
import { availableGuidelines, guidelineEdition, guidelineLabel } from '../guidelines.ts';
import { ShieldIcon } from '../ui/icons.tsx';
import { Reserved } from '../ui/reserved.tsx';
import { OpenCaseFile } from './open-case-file.tsx';
import { SavedCases } from './saved-cases.tsx';

// Words that follow the stored role and guideline take the room of the longest, so nothing moves when
// they replace the prerendered first visit's (ui/reserved.tsx).
const guidelineHints = Object.fromEntries(
  availableGuidelines().map((g) => {
    const e = guidelineEdition(g);
    return [g, `${e.title} · rules v${e.ruleVersion}`];
  }),
) as Record<GuidelineId, string>;
const startButtons = Object.fromEntries(
  ROLE_OPTIONS.map((o) => [
    o.role,
    <>
      {COPY[o.role as Role].startButton}
      <span aria-hidden="true"> →</span>
    </>,
  ]),
) as Record<Role, ReactNode>;

export function StartScreen() {
  const { role, guideline } = useAppStore((s) => s.preferences);
  const setRole = useAppStore((s) => s.setRole);
  const setGuideline = useAppStore((s) => s.setGuideline);
  const newCase = useAppStore((s) => s.newCase);
  const copy = COPY[role];

  function start(e: FormEvent) {
    e.preventDefault();
    newCase();
  }

  return (
    <div className="start">
      <section className="hero" aria-labelledby="page-title">
        <h1 id="page-title">RPL Workup</h1>
        <p className="lead">{START_COPY.lead}</p>
        <ul className="key-points">
          <li>
            <span aria-hidden="true" className="kp-icon">
              ✗
            </span>{' '}
            {START_COPY.flags}
          </li>
          <li>
            <span aria-hidden="true" className="kp-icon">
              ℹ
            </span>{' '}
            {START_COPY.notDiagnosis}
          </li>
          <li>
            <span className="kp-icon">
              <ShieldIcon />
            </span>{' '}
            {START_COPY.privacy}
          </li>
          <li>
            <span aria-hidden="true" className="kp-icon">
              §
            </span>{' '}
            {START_COPY.sources}
          </li>
        </ul>
      </section>

      <form className="start-form" onSubmit={start} aria-labelledby="start-heading">
        <h2 id="start-heading">{copy.startHeading}</h2>
        <fieldset>
          <legend>I am a</legend>
          <ul className="role-options">
            {ROLE_OPTIONS.map((o) => (
              <li key={o.role}>
                <input
                  type="radio"
                  id={`role-${o.role}`}
                  name="role"
                  value={o.role}
                  checked={role === o.role}
                  onChange={() => setRole(o.role as Role)}
                  aria-describedby={`role-${o.role}-hint`}
                />
                <label htmlFor={`role-${o.role}`}>{o.label}</label>
                <p id={`role-${o.role}-hint`} className="hint">
                  {o.hint}
                </p>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="field">
          <label htmlFor="start-guideline">Guideline</label>
          <select id="start-guideline" value={guideline} onChange={(e) => setGuideline(e.target.value as GuidelineId)} aria-describedby="start-guideline-hint">
            {availableGuidelines().map((g) => (
              <option key={g} value={g}>
                {guidelineLabel(g)}
              </option>
            ))}
          </select>
          <p id="start-guideline-hint" className="hint">
            <Reserved shown={guideline} variants={guidelineHints} />
          </p>
        </div>
        <button type="submit" className="button primary-large">
          <Reserved shown={role} variants={startButtons} />
        </button>
      </form>

      <OpenCaseFile />
      {/* Last, so that the cases saved on this device, which appear after hydration (the prerendered
          screen is a first visit's), move nothing above them. */}
      <SavedCases />
    </div>
  );
}
