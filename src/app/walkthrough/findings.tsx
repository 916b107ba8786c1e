// Findings first, by severity, wherever the answer is shown: urgent (act today), action (changes
// management), info. Each says its severity in words with an icon, so colour is never the only
// cue; the citation is one click away. Red flags count as urgent.
import type { Severity } from '../../../guidelines/ids.ts';
import { SEVERITY_LABEL } from '../../../guidelines/wording.ts';
import type { Evaluation, Finding } from '../../engine/evaluation.ts';
import { FINDINGS_COPY, PATIENT_COPY } from '../copy.ts';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { peopleDates } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';

const RANK: Record<Severity, number> = { urgent: 0, action: 1, info: 2 };

/** Findings and red flags as one list, most severe first (the engine sorts findings; red flags lead). */
export function rankedFindings(
  e: Evaluation,
): { id: string; severity: Severity; why: string; plainWhy: string; detail: string[]; citation: Finding['citation'] }[] {
  const redFlags = e.referral.redFlags.map((r) => ({ ...r, severity: 'urgent' as const, detail: [] }));
  const findings = e.findings;
  return [...redFlags, ...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** The step's domain has an urgent or action finding: never shown as settled. */
export function needsAction(e: Evaluation, domain?: string): boolean {
  return e.findings.some((f) => f.severity !== 'info' && (domain === undefined || f.domain === domain));
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const plain = useRole() === 'patient';
  const s = SEVERITY_LABEL[severity];
  return (
    <span className={`severity severity-${severity}`}>
      <span aria-hidden="true" className="symbol">
        {s.symbol}
      </span>{' '}
      {plain ? s.plain : s.text}
    </span>
  );
}

/**
 * The findings list. `only` limits it to urgent and action findings (the banner on every step);
 * the summary shows all of them. Nothing is rendered when there is nothing to show in a banner.
 */
export function FindingsList({ evaluation, banner = false, headingLevel = 3 }: { evaluation: Evaluation; banner?: boolean; headingLevel?: 2 | 3 }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  const all = rankedFindings(evaluation);
  const shown = banner ? all.filter((f) => f.severity !== 'info') : all;
  if (banner && !shown.length) return null;
  const H = `h${headingLevel}` as const;
  const top = shown[0]?.severity;
  return (
    <section
      className={`findings-box${top ? ` top-${top}` : ' none'}${banner ? ' banner' : ''}`}
      aria-labelledby={banner ? 'findings-banner-heading' : 'findings-heading'}
    >
      <H id={banner ? 'findings-banner-heading' : 'findings-heading'}>
        {top === 'urgent' ? <span aria-hidden="true">⚠ </span> : null}
        {plain && top === 'urgent' ? PATIENT_COPY.redFlagsHeading : copy.findings}
      </H>
      {shown.length ? (
        <ul className="findings">
          {shown.map((f) => (
            <li key={f.id} className={`finding finding-${f.severity}`}>
              <p>
                <SeverityTag severity={f.severity} /> <strong>{peopleDates(plain ? f.plainWhy : f.why)}</strong>
              </p>
              {!plain && f.detail.length ? (
                <ul className="detail">
                  {f.detail.map((d) => (
                    <li key={d}>{peopleDates(d)}</li>
                  ))}
                </ul>
              ) : null}
              {plain ? null : (
                <Disclosure label={copy.whyAndSource} ariaLabel={`${copy.whyAndSource}: ${f.why}`}>
                  <CitationBlock citation={f.citation} />
                </Disclosure>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{plain ? FINDINGS_COPY.nonePlain : FINDINGS_COPY.none}</p>
      )}
    </section>
  );
}
