// The flags panel, reachable from every screen: everything asked about that the guideline does not
// recommend (reason, harms, what to do instead, citation), and a search where anyone can type or
// pick a test or treatment they were offered and get the guideline's answer.
import { type ReactNode, useEffect, useState } from 'react';
import { getGuideline } from '../../../guidelines/index.ts';
import type { Citation } from '../../../guidelines/schema.ts';
import type { Flag } from '../../engine/evaluation.ts';
import type { GuidelineId, ItemId, Verdict } from '../../../guidelines/ids.ts';
import { formatCitation } from '../../../guidelines/wording.ts';
import { ClaimsSection, FlagClaims } from '../claims/claims.tsx';
import { VerdictBadge } from '../ui/badges.tsx';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { itemName, oneLineWhy, peopleDates } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { FLAGS_COPY, SUMMARY_COPY, WORDS } from '../copy.ts';
import { catalogueEntry } from './match.ts';
import { FlagSearch } from './flag-search.tsx';

const FLAG_SOURCE = {
  requested: { text: 'asked about or offered', plain: 'you asked about this' },
  'result-entered': { text: 'a result was entered', plain: 'a result was added' },
  'taken-now': { text: 'she takes this now', plain: 'you take this now' },
} as const;

/** What the panel shows for one item: the case's own verdict when there is a case, otherwise every rule for it. */
export interface Answer {
  id: ItemId;
  name: string;
  plainName: string;
  verdict: Verdict;
  why: string;
  plainWhy: string;
  harms?: string;
  instead?: string;
  citation: Citation;
}

/** Clinician detail (harms, what instead, the source): as it is for clinicians, folded under "For your doctor" for patients. */
function ForDoctor({ plain, children }: { plain: boolean; children: ReactNode }) {
  return plain ? <Disclosure label={SUMMARY_COPY.forYourDoctor}>{children}</Disclosure> : children;
}

function AnswerView({ answer, flagged }: { answer: Answer; flagged: boolean }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  return (
    <div className="answer">
      <h3>{itemName(answer, role)}</h3>
      <p>
        <VerdictBadge verdict={answer.verdict} strength={answer.citation.strength} />
      </p>
      <p>{peopleDates(plain ? answer.plainWhy : answer.why)}</p>
      <ForDoctor plain={plain}>
        {answer.harms ? (
          <p>
            <strong>{copy.harms}:</strong> {answer.harms}
          </p>
        ) : null}
        {answer.instead ? (
          <p>
            <strong>{copy.instead}:</strong> {answer.instead}
          </p>
        ) : null}
        <CitationBlock citation={answer.citation} />
      </ForDoctor>
      {/* A flagged item's claims are linked from its flag below. */}
      {flagged ? null : <FlagClaims id={answer.id} name={itemName(answer, role)} />}
    </div>
  );
}

/** Without a case the verdict may depend on facts not yet known, so every rule for the item is shown with its condition. */
function RulesAnswer({ id, guideline }: { id: ItemId; guideline: GuidelineId }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  const rules = getGuideline(guideline).rules.filter((r) => r.item === id);
  const entry = catalogueEntry(id);
  return (
    <div className="answer">
      <h3>{itemName(entry, role)}</h3>
      {rules.length > 1 ? <p>{WORDS.theVerdictDependsOnThe[plain ? 'patient' : 'clinician']}</p> : null}
      <ul className="rule-list">
        {rules.map((r) => (
          <li key={r.id}>
            <p>
              {rules.length > 1 && !plain ? (
                <>
                  <strong>{r.condition}:</strong>{' '}
                </>
              ) : null}
              <VerdictBadge verdict={r.verdict} strength={r.citation.strength} />
            </p>
            <p>{plain ? r.plainWhy : r.why}</p>
            <ForDoctor plain={plain}>
              {r.harms ? (
                <p>
                  <strong>{copy.harms}:</strong> {r.harms}
                </p>
              ) : null}
              {r.instead ? (
                <p>
                  <strong>{copy.instead}:</strong> {r.instead}
                </p>
              ) : null}
              <CitationBlock citation={r.citation} />
            </ForDoctor>
          </li>
        ))}
      </ul>
      <FlagClaims id={id} name={itemName(entry, role)} />
    </div>
  );
}

function FlagList({ flags }: { flags: Flag[] }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  if (!flags.length) return <p>{copy.flagsNone}</p>;
  return (
    <ul className="flag-list">
      {flags.map((f) => (
        <li key={f.id}>
          <h4>{itemName(f, role)}</h4>
          <p>
            <VerdictBadge verdict={f.verdict} /> <span className="hint">{FLAG_SOURCE[f.source][plain ? 'plain' : 'text']}</span>
          </p>
          <p>{oneLineWhy(f, role)}</p>
          {f.instead && !plain ? (
            <p>
              <strong>{copy.instead}:</strong> {f.instead}
            </p>
          ) : null}
          {plain ? null : <p className="summary-cite">{formatCitation(f.citation)}</p>}
          <Disclosure label={copy.whyAndSource} ariaLabel={`${copy.whyAndSource}: ${itemName(f, role)}`}>
            {plain ? null : <p>{f.why}</p>}
            {f.harms ? (
              <p>
                <strong>{copy.harms}:</strong> {f.harms}
              </p>
            ) : null}
            <CitationBlock citation={f.citation} />
          </Disclosure>
          <FlagClaims id={f.id} name={itemName(f, role)} />
        </li>
      ))}
    </ul>
  );
}

export function FlagsPanel({
  flags,
  answer,
  askedId,
  guideline,
  onAsk,
  closeKey,
}: {
  /** Flags of the open case; undefined when there is no case. */
  flags?: Flag[];
  /** The case's answer for the item last asked about. */
  answer?: Answer | null;
  /** The item last asked about, answered from the rules when the case cannot answer yet. */
  askedId?: ItemId | null;
  guideline: GuidelineId;
  /** Asks about an item; within a case, says whether that added it to the case's requests. */
  // biome-ignore lint/suspicious/noConfusingVoidType: the first screen's handler returns nothing; within a case it says whether the item was added
  onAsk: (id: ItemId) => boolean | void;
  /** The answer closes when this changes (the walkthrough's step). */
  closeKey?: string;
}) {
  const copy = useCopy();
  const role = useRole();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the answer closes when the walkthrough's step (closeKey) changes
  useEffect(() => {
    setOpen(false);
    setAdded(false);
  }, [closeKey]);
  const ask = (id: ItemId) => {
    setAdded(onAsk(id) === true);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setAdded(false);
  };
  return (
    <aside id="flags" className="flags-panel" aria-labelledby="flags-heading" tabIndex={-1}>
      <h2 id="flags-heading">
        <span aria-hidden="true">⚑ </span>
        {copy.flagsHeading}
        {flags?.length ? ` (${flags.length})` : ''}
      </h2>
      <FlagSearch onPick={ask} onNothing={close} />
      <div aria-live="polite" className="answer-region">
        {open && added ? (
          <p className="added">
            <span aria-hidden="true">✓ </span>
            {FLAGS_COPY.added}
          </p>
        ) : null}
        {!open ? null : answer ? (
          <AnswerView answer={answer} flagged={!!flags?.some((f) => f.id === answer.id)} />
        ) : askedId ? (
          <RulesAnswer id={askedId} guideline={guideline} />
        ) : null}
        {open ? (
          <button type="button" className="link-button" onClick={close}>
            {FLAGS_COPY.closeAnswer}
          </button>
        ) : null}
      </div>
      {flags ? (
        <>
          <h3 className="flags-subheading">{copy.flagsIntro}</h3>
          <FlagList flags={flags} />
        </>
      ) : null}
      {/* Before a case, patients also get the claims explainer here. */}
      {!flags && role === 'patient' ? <ClaimsSection /> : null}
    </aside>
  );
}
