// A guideline citation in full: guideline, document, reference, strength, evidence, link, and any
// UNVERIFIED note shown visibly.
import type { Citation } from '../../../guidelines/schema.ts';
import { guidelineName } from '../../../guidelines/wording.ts';
import { useRole } from './role.ts';

export function CitationBlock({ citation }: { citation: Citation }) {
  const plain = useRole() === 'patient';
  return (
    <div className="citation">
      <dl>
        <dt>Guideline</dt>
        <dd>{guidelineName(citation.guideline)} — {citation.document}</dd>
        <dt>{plain ? 'Where it says this' : 'Reference'}</dt>
        <dd>{citation.reference}</dd>
        <dt>{plain ? 'How strong the advice is' : 'Strength'}</dt>
        <dd>{citation.strength}</dd>
        <dt>{plain ? 'How good the evidence is' : 'Evidence'}</dt>
        <dd>{citation.evidence}</dd>
        <dt>Link</dt>
        <dd><a href={citation.url} rel="noreferrer">{citation.url}</a></dd>
      </dl>
      {citation.unverified ? (
        <p className="unverified"><strong><span aria-hidden="true">⚠ </span>UNVERIFIED:</strong> {citation.unverified}</p>
      ) : null}
    </div>
  );
}
