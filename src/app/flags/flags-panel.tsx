// The flags panel, reachable from every screen: everything asked about that the guideline does not
// recommend (reason, harms, what to do instead, citation), and a search where anyone can type or
// pick a test or treatment they were offered and get the guideline's answer.
import { type FormEvent, useState } from 'react';
import { getGuideline } from '../../../guidelines/index.ts';
import type { Citation } from '../../../guidelines/schema.ts';
import type { Flag } from '../../engine/evaluation.ts';
import { type GuidelineId, type ItemId, ROLES, type Role, type Verdict } from '../../../guidelines/ids.ts';
import { COPY } from '../copy.ts';
import { formatCitation } from '../../../guidelines/wording.ts';
import { ClaimsSection, FlagClaims } from '../claims/claims.tsx';
import { VerdictBadge } from '../ui/badges.tsx';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { itemName, oneLineWhy } from '../ui/format.ts';
import { Reserved } from '../ui/reserved.tsx';
import { useCopy, useRole } from '../ui/role.ts';
import { catalogueEntry, matchItems } from './match.ts';

export const QUICK_PICKS: { label: string; query: string }[] = [
  { label: 'NK cell test', query: 'NK cell test' },
  { label: 'Steroids', query: 'steroids' },
  { label: 'IVIG', query: 'IVIG' },
  { label: 'Intralipid', query: 'intralipid' },
  { label: 'Heparin', query: 'heparin' },
];

const SEARCH_LABELS = Object.fromEntries(ROLES.map((r) => [r, COPY[r].searchLabel])) as Record<Role, string>;
const SEARCH_HINTS = Object.fromEntries(ROLES.map((r) => [r, COPY[r].searchHint])) as Record<Role, string>;

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

function FlagSearch({ onPick }: { onPick: (id: ItemId) => void }) {
  const copy = useCopy();
  const role = useRole();
  const [query, setQuery] = useState('');
  const [submitted, setSubmitted] = useState('');
  /** The query that was answered: its matches are hidden until the user types again. */
  const [answered, setAnswered] = useState<string | null>(null);
  const matches = matchItems(query);

  function pick(id: ItemId, forQuery = query) {
    setSubmitted('');
    setAnswered(forQuery);
    onPick(id);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setSubmitted(query);
    const best = matches[0];
    if (best && (matches.length === 1 || best.score >= 70 || best.score > (matches[1]?.score ?? 0) + 10)) pick(best.id);
  }

  const names = (id: ItemId) => itemName(catalogueEntry(id), role);
  return (
    <div className="flag-search">
      <form role="search" aria-label={copy.searchLabel} onSubmit={submit}>
        {/* Each role's words take the room of the longest, so a stored role shifts nothing (ui/reserved.tsx). */}
        <label htmlFor="flag-search-input"><Reserved shown={role} variants={SEARCH_LABELS} /></label>
        <p id="flag-search-hint" className="hint"><Reserved shown={role} variants={SEARCH_HINTS} /></p>
        <div className="search-row">
          <input id="flag-search-input" type="search" autoComplete="off" aria-describedby="flag-search-hint" value={query} onChange={(e) => { setQuery(e.target.value); setSubmitted(''); setAnswered(null); }} />
          <button type="submit" className="button">Check</button>
        </div>
      </form>
      {query.trim().length >= 2 && answered !== query ? (
        matches.length ? (
          <div className="matches">
            <p id="matches-label" className="hint">{submitted ? 'Which one did you mean?' : 'Matches:'}</p>
            <ul aria-labelledby="matches-label">
              {matches.map((m) => <li key={m.id}><button type="button" className="chip" onClick={() => pick(m.id)}>{names(m.id)}</button></li>)}
            </ul>
          </div>
        ) : <p className="hint" role="status">No test or treatment by that name. Try another word.</p>
      ) : null}
      <div className="quick-picks">
        <p id="quick-picks-label" className="hint">Often asked about:</p>
        <ul aria-labelledby="quick-picks-label">
          {QUICK_PICKS.map((q) => (
            <li key={q.label}><button type="button" className="chip" onClick={() => { setQuery(q.label); const m = matchItems(q.query)[0]; if (m) pick(m.id, q.label); }}>{q.label}</button></li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function AnswerView({ answer, flagged }: { answer: Answer; flagged: boolean }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  return (
    <div className="answer">
      <h3>{itemName(answer, role)}</h3>
      <p><VerdictBadge verdict={answer.verdict} /></p>
      <p>{plain ? answer.plainWhy : answer.why}</p>
      {answer.harms ? <p><strong>{copy.harms}:</strong> {answer.harms}</p> : null}
      {answer.instead ? <p><strong>{copy.instead}:</strong> {answer.instead}</p> : null}
      <CitationBlock citation={answer.citation} />
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
      {rules.length > 1 ? <p>{plain ? 'The answer depends on your history:' : 'The verdict depends on the case:'}</p> : null}
      <ul className="rule-list">
        {rules.map((r) => (
          <li key={r.id}>
            <p>{rules.length > 1 ? <><strong>{r.condition}:</strong>{' '}</> : null}<VerdictBadge verdict={r.verdict} /></p>
            <p>{plain ? r.plainWhy : r.why}</p>
            {r.harms ? <p><strong>{copy.harms}:</strong> {r.harms}</p> : null}
            {r.instead ? <p><strong>{copy.instead}:</strong> {r.instead}</p> : null}
            <CitationBlock citation={r.citation} />
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
          <p><VerdictBadge verdict={f.verdict} /> <span className="hint">{f.source === 'requested' ? (plain ? 'you asked about this' : 'asked about or offered') : 'a result was entered'}</span></p>
          <p>{oneLineWhy(f, role)}</p>
          {f.instead ? <p><strong>{copy.instead}:</strong> {f.instead}</p> : null}
          <p className="summary-cite">{formatCitation(f.citation)}</p>
          <Disclosure label={copy.whyAndSource} ariaLabel={`${copy.whyAndSource}: ${itemName(f, role)}`}>
            {plain ? null : <p>{f.why}</p>}
            {f.harms ? <p><strong>{copy.harms}:</strong> {f.harms}</p> : null}
            <CitationBlock citation={f.citation} />
          </Disclosure>
          <FlagClaims id={f.id} name={itemName(f, role)} />
        </li>
      ))}
    </ul>
  );
}

export function FlagsPanel({ flags, answer, askedId, guideline, onAsk }: {
  /** Flags of the open case; undefined when there is no case. */
  flags?: Flag[];
  /** The case's answer for the item last asked about. */
  answer?: Answer | null;
  /** The item last asked about, answered from the rules when the case cannot answer yet. */
  askedId?: ItemId | null;
  guideline: GuidelineId;
  onAsk: (id: ItemId) => void;
}) {
  const copy = useCopy();
  const role = useRole();
  return (
    <aside id="flags" className="flags-panel" aria-labelledby="flags-heading" tabIndex={-1}>
      <h2 id="flags-heading"><span aria-hidden="true">⚑ </span>{copy.flagsHeading}{flags?.length ? ` (${flags.length})` : ''}</h2>
      <FlagSearch onPick={onAsk} />
      <div aria-live="polite" className="answer-region">
        {answer ? <AnswerView answer={answer} flagged={!!flags?.some((f) => f.id === answer.id)} /> : askedId ? <RulesAnswer id={askedId} guideline={guideline} /> : null}
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
