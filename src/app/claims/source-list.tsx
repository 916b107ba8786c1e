// Sources for a claim or for a difference between guidelines: one line each (who, where, strength,
// evidence), the title linked, and any UNVERIFIED note shown in words.
import { type AnyCitation, isGuidelineCitation } from '../../../guidelines/claims-schema.ts';
import { guidelineName } from '../../../guidelines/wording.ts';
import { useRole } from '../ui/role.ts';

export function SourceList({ citations, label }: { citations: AnyCitation[]; label?: string }) {
  const plain = useRole() === 'patient';
  return (
    <ul className="source-list" aria-label={label}>
      {citations.map((c) => {
        const title = isGuidelineCitation(c) ? guidelineName(c.guideline) : c.source;
        const rest = isGuidelineCitation(c) ? [c.reference, c.strength, ...(c.evidence === c.strength ? [] : [c.evidence])] : [c.reference];
        return (
          <li key={`${title}|${c.reference}`}>
            <a href={c.url} rel="noreferrer">
              {title}
            </a>
            {' · '}
            {rest.join(' · ')}
            {c.unverified ? (
              <span className="source-unverified">
                {' '}
                <strong>
                  <span aria-hidden="true">⚠ </span>UNVERIFIED:
                </strong>{' '}
                {plain ? 'not fully checked. ' : ''}
                {c.unverified}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
