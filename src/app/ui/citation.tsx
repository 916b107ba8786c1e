// A guideline citation in full: guideline, document, reference, strength, evidence, link, and any
// UNVERIFIED note shown visibly.
import type { Citation } from '../../../guidelines/schema.ts';
import { citationSource } from '../../../guidelines/wording.ts';
import { useRole } from './role.ts';
import { WORDS } from '../copy.ts';

export function CitationBlock({ citation }: { citation: Citation }) {
  const plain = useRole() === 'patient';
  return (
    <div className="citation">
      <dl>
        {/* A rule may cite a document its guideline points to (NICE NG126, RCOG GTG 37a): name that source. */}
        <dt>{citation.source ? 'Source' : 'Guideline'}</dt>
        <dd>
          {citationSource(citation)} — {citation.document}
        </dd>
        <dt>{WORDS.reference[plain ? 'patient' : 'clinician']}</dt>
        <dd>{citation.reference}</dd>
        <dt>{WORDS.strength[plain ? 'patient' : 'clinician']}</dt>
        <dd>{citation.strength}</dd>
        <dt>{WORDS.evidence[plain ? 'patient' : 'clinician']}</dt>
        <dd>{citation.evidence}</dd>
        <dt>Link</dt>
        <dd>
          <a href={citation.url} rel="noreferrer">
            {citation.url}
          </a>
        </dd>
      </dl>
      {citation.unverified ? (
        <p className="unverified">
          <strong>
            <span aria-hidden="true">⚠ </span>UNVERIFIED:
          </strong>{' '}
          {citation.unverified}
        </p>
      ) : null}
    </div>
  );
}
