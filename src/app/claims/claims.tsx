// The claims explainer (guidelines/claims.json): things people hear about recurrent miscarriage,
// often about NK cells, each with its verdict in words (Contradicted, Unsupported, Outdated), what the
// guidelines say (plain words for patients, the clinician text otherwise) and its sources.
// Shown to patients as "Things you may have read", and linked from every flag on a related item.
import { useId } from 'react';
import { claimsForItem, getClaims } from '../../../guidelines/claims.ts';
import { type Claim, CLAIM_VERDICT_LABEL, type ClaimVerdict } from '../../../guidelines/claims-schema.ts';
import type { ItemId } from '../../../guidelines/ids.ts';
import { Disclosure } from '../ui/disclosure.tsx';
import { useRole } from '../ui/role.ts';
import { SourceList } from './source-list.tsx';
import './claims.css';

export const CLAIMS_HEADING = 'Things you may have read';
export const CLAIMS_LINK = 'What people say and what the guidelines say';

export const CLAIM_WORD: Record<ClaimVerdict, { word: string; symbol: string }> = {
  contradicted: { word: 'Contradicted', symbol: '✗' },
  unsupported: { word: 'Unsupported', symbol: '?' },
  outdated: { word: 'Outdated', symbol: '↺' },
};

/** "Contradicted by the guidelines", "Unsupported: not supported by any source read", or for patients "Contradicted: the guidelines say otherwise". */
export function claimVerdictText(verdict: ClaimVerdict, plain: boolean): { word: string; rest: string } {
  const { word } = CLAIM_WORD[verdict];
  const label = CLAIM_VERDICT_LABEL[verdict];
  if (plain) return { word, rest: `: ${label.plain.charAt(0).toLowerCase()}${label.plain.slice(1)}.` };
  if (label.text.startsWith(word)) return { word, rest: label.text.slice(word.length) };
  return { word, rest: `: ${label.text.charAt(0).toLowerCase()}${label.text.slice(1)}` };
}

export function ClaimCard({ claim }: { claim: Claim }) {
  const plain = useRole() === 'patient';
  const id = useId();
  const { word, rest } = claimVerdictText(claim.verdict, plain);
  const sources = `${plain ? 'Where this comes from' : 'Sources'} (${claim.citations.length})`;
  return (
    <article className={`claim claim-${claim.verdict}`} aria-labelledby={id}>
      <p className="claim-heard">
        <span className="claim-said">{plain ? 'You may have read' : 'Claim heard'}:</span> <q id={id}>{claim.claim}</q>
      </p>
      <p className="claim-verdict">
        <span aria-hidden="true" className="symbol">
          {CLAIM_WORD[claim.verdict].symbol}
        </span>{' '}
        <strong>{word}</strong>
        {rest}
      </p>
      <p className="claim-text">{plain ? claim.plainText : claim.guidelinesSay}</p>
      <Disclosure label={sources} ariaLabel={`${sources}: ${claim.claim}`}>
        <SourceList citations={claim.citations} />
      </Disclosure>
    </article>
  );
}

export function ClaimsList({ claims, label }: { claims: Claim[]; label: string }) {
  return (
    <ul className="claims-list" aria-label={label}>
      {claims.map((c) => (
        <li key={c.id}>
          <ClaimCard claim={c} />
        </li>
      ))}
    </ul>
  );
}

/** Every claim, for patients: on the review and summary steps, and in the flags panel of the first screen. */
export function ClaimsSection({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const plain = useRole() === 'patient';
  const heading = useId();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="claims-section" aria-labelledby={heading}>
      <H id={heading}>{CLAIMS_HEADING}</H>
      <p className="hint">
        {plain
          ? 'People often read these things about miscarriage and NK cells. Here is what the guidelines say.'
          : 'Claims often heard about recurrent miscarriage and NK cells, checked against the guidelines.'}
      </p>
      <ClaimsList claims={getClaims()} label={CLAIMS_HEADING} />
    </section>
  );
}

/** On a flag: what people say about the item and what the guidelines say; nothing when no claim is about it. */
export function FlagClaims({ id, name }: { id: ItemId; name: string }) {
  const claims = claimsForItem(id);
  if (!claims.length) return null;
  return (
    <Disclosure label={CLAIMS_LINK} ariaLabel={`${CLAIMS_LINK}: ${name}`} className="claims-link">
      <ClaimsList claims={claims} label={`${CLAIMS_LINK}: ${name}`} />
    </Disclosure>
  );
}
