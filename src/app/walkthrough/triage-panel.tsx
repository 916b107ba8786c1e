// The nurse's triage view: does the case meet referral criteria under which guideline, which
// recommended tests are missing before referral, and any red flags.
import type { Evaluation } from '../../engine/evaluation.ts';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { DueDate } from '../ui/due-date.tsx';
import { plural } from '../ui/format.ts';

function names(e: Evaluation, ids: string[]): string {
  return ids.map((id) => e.items.find((i) => i.id === id)?.name ?? id).join(', ');
}

export function TriageBanner({ evaluation: e }: { evaluation: Evaluation }) {
  const r = e.referral;
  return (
    <p className="triage-banner" role="note" aria-label="Triage">
      <span>
        <span aria-hidden="true">{r.meetsCriteria ? '✓ ' : '✗ '}</span>
        <strong>{r.meetsCriteria ? 'Meets' : 'Does not meet'} referral criteria</strong> ({e.guideline.shortTitle})
      </span>
      <span>
        {r.missingBeforeReferral.length ? (
          <>
            <strong>Missing before referral:</strong> {names(e, r.missingBeforeReferral)}
          </>
        ) : (
          'No tests missing before referral'
        )}
      </span>
      <span>
        {r.redFlags.length ? (
          <strong>
            <span aria-hidden="true">⚠ </span>
            {plural(r.redFlags.length, 'red flag')}
          </strong>
        ) : (
          'No red flags'
        )}
      </span>
    </p>
  );
}

export function TriagePanel({ evaluation: e }: { evaluation: Evaluation }) {
  const r = e.referral;
  return (
    <section className="triage" aria-labelledby="triage-heading">
      <h3 id="triage-heading">Triage</h3>
      <p className={`verdict-line ${r.meetsCriteria ? 'met' : 'not-met'}`}>
        <span aria-hidden="true" className="symbol">
          {r.meetsCriteria ? '✓' : '✗'}
        </span>{' '}
        <strong>
          {r.meetsCriteria ? 'Meets' : 'Does not meet'} referral criteria under {e.guideline.shortTitle}
        </strong>
      </p>
      <p>{r.rule}</p>
      <Disclosure label="Source" ariaLabel="Source of the referral criteria">
        <CitationBlock citation={r.citation} />
      </Disclosure>
      <h4>Tests missing before referral</h4>
      {r.missingBeforeReferral.length ? (
        <ul>
          {r.missingBeforeReferral.map((id) => {
            const due = e.items.find((i) => i.id === id)?.dueFrom;
            return (
              <li key={id}>
                {names(e, [id])}
                {due ? (
                  <>
                    {' '}
                    (<DueDate iso={due} plain={false} />)
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>None: every recommended test is done or declined.</p>
      )}
      <h4>Red flags</h4>
      {r.redFlags.length ? (
        <ul className="red-flag-list">
          {r.redFlags.map((f) => (
            <li key={f.id}>
              <span aria-hidden="true">⚠ </span>
              {f.why}
            </li>
          ))}
        </ul>
      ) : (
        <p>None.</p>
      )}
    </section>
  );
}
