// The banner on every screen: the tool's name, who is using it (role), which guideline and rule
// version apply, a way to the flags panel, and the case actions.
import type { ReactNode } from 'react';
import { type GuidelineId, ROLES, type Role } from '../../../guidelines/ids.ts';
import { ROLE_OPTIONS } from '../copy.ts';
import { availableGuidelines, guidelineEdition, guidelineLabel } from '../guidelines.ts';
import { Reserved } from '../ui/reserved.tsx';

// On the first screen (the one without choosers, prerendered as a first visit's), every edition's
// line takes the same room, so the controls do not move when the stored guideline replaces the
// prerendered one (ui/reserved.tsx).
const editionLines = Object.fromEntries(
  availableGuidelines().map((g) => {
    const e = guidelineEdition(g);
    return [g, `${e.shortTitle} · rules v${e.ruleVersion}`];
  }),
) as Record<GuidelineId, string>;

// The link to the flags panel, in the role's words (reserved on the first screen, like the edition line).
const FLAGS_LINK: Record<Role, string> = { gp: 'Check a test or treatment', nurse: 'Check a test or treatment', patient: 'Look up a test or treatment' };

export function focusFlagSearch(): void {
  const input = document.getElementById('flag-search-input');
  input?.focus();
}

export function Header({
  role,
  onRole,
  guideline,
  onGuideline,
  choosers = true,
  children,
}: {
  role: Role;
  onRole: (r: Role) => void;
  guideline: GuidelineId;
  onGuideline: (g: GuidelineId) => void;
  /** The role and guideline choosers; the first screen has its own, so it hides these. */
  choosers?: boolean;
  children?: ReactNode;
}) {
  return (
    <header className="site-header">
      <div className="header-inner">
        <p className="brand">
          <span aria-hidden="true" className="brand-mark">
            ◆
          </span>{' '}
          RPL Workup
        </p>
        <div className="header-controls">
          {choosers ? (
            <>
              <div className="control">
                <label htmlFor="role-select">View as</label>
                <select id="role-select" value={role} onChange={(e) => onRole(e.target.value as Role)}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_OPTIONS.find((o) => o.role === r)!.label}
                    </option>
                  ))}
                </select>
              </div>
              {/* Patients are not asked to choose a guideline: the source is named under "For your doctor". */}
              {role === 'patient' ? null : (
                <div className="control">
                  <label htmlFor="guideline-select">Guideline</label>
                  <select id="guideline-select" value={guideline} onChange={(e) => onGuideline(e.target.value as GuidelineId)} aria-describedby="edition-line">
                    {availableGuidelines().map((g) => (
                      <option key={g} value={g}>
                        {guidelineLabel(g)}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </>
          ) : null}
          {/* In a case, patients do not see the edition (it is under "For your doctor"); the first screen shows it for everyone, so the prerendered screen matches. */}
          {choosers && role === 'patient' ? null : (
            <p id="edition-line" className="edition">
              {choosers ? editionLines[guideline] : <Reserved shown={guideline} variants={editionLines} />}
            </p>
          )}
          {/* biome-ignore lint/a11y/useValidAnchor: a real link to the flags panel (works without script); the click also puts the cursor in its search field */}
          <a
            className="button secondary flags-link"
            href="#flags"
            onClick={(e) => {
              e.preventDefault();
              focusFlagSearch();
            }}
          >
            <span aria-hidden="true">⚑ </span>
            {choosers ? FLAGS_LINK[role] : <Reserved shown={role} variants={FLAGS_LINK} />}
          </a>
          {children}
        </div>
      </div>
    </header>
  );
}
