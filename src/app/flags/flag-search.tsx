// The flags panel's search: type or pick a test or treatment; the shared typo-tolerant matcher
// (src/engine/match-item.ts) finds it, says "Did you mean …?" when unsure, and a new search
// always replaces the old answer.
import { type FormEvent, useState } from 'react';
import { type ItemId, ROLES, type Role } from '../../../guidelines/ids.ts';
import { COPY } from '../copy.ts';
import { itemName } from '../ui/format.ts';
import { Reserved } from '../ui/reserved.tsx';
import { useCopy, useRole } from '../ui/role.ts';
import { type ItemMatch, matchItem } from '../../engine/match-item.ts';
import { FLAGS_COPY } from '../copy.ts';
import { catalogueEntry } from './match.ts';

export const QUICK_PICKS: { label: string; query: string }[] = [
  { label: 'NK cell test', query: 'NK cell test' },
  { label: 'Steroids', query: 'steroids' },
  { label: 'IVIG', query: 'IVIG' },
  { label: 'Intralipid', query: 'intralipid' },
  { label: 'Heparin', query: 'heparin' },
];

const SEARCH_LABELS = Object.fromEntries(ROLES.map((r) => [r, COPY[r].searchLabel])) as Record<Role, string>;
const SEARCH_HINTS = Object.fromEntries(ROLES.map((r) => [r, COPY[r].searchHint])) as Record<Role, string>;

type Outcome = { kind: 'none'; query: string } | { kind: 'choose'; matches: ItemMatch[] } | { kind: 'answered'; query: string; didYouMean?: ItemId };

/** The best match is the one meant when it stands clear of the next. */
function clearBest(matches: ItemMatch[]): ItemMatch | undefined {
  const [best, second] = matches;
  if (best && (!second || best.score >= 90 || best.score >= second.score + 10)) return best;
  return undefined;
}

export function FlagSearch({ onPick, onNothing }: { onPick: (id: ItemId) => void; onNothing: () => void }) {
  const copy = useCopy();
  const role = useRole();
  const [query, setQuery] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const typing = outcome === null && query.trim().length >= 2;
  const live = typing ? matchItem(query).slice(0, 6) : [];

  function pick(id: ItemId, forQuery: string, didYouMean?: ItemId) {
    setOutcome({ kind: 'answered', query: forQuery, didYouMean });
    onPick(id);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const matches = matchItem(query).slice(0, 6);
    const best = clearBest(matches);
    if (!matches.length) {
      // A search that finds nothing says so, and the previous answer goes: it is not the answer to this one.
      setOutcome({ kind: 'none', query });
      onNothing();
    } else if (best) {
      pick(best.id, query, best.score < 100 ? best.id : undefined);
    } else {
      setOutcome({ kind: 'choose', matches });
      onNothing();
    }
  }

  const names = (id: ItemId) => itemName(catalogueEntry(id), role);
  const chips = (list: ItemMatch[], labelId: string) => (
    <ul aria-labelledby={labelId}>
      {list.map((m) => (
        <li key={m.id}>
          <button type="button" className="chip" onClick={() => pick(m.id, query)}>
            {names(m.id)}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="flag-search">
      {/* biome-ignore lint/a11y/useSemanticElements: a form with the search landmark role; the <search> element is not yet announced by every screen reader */}
      <form role="search" aria-label={copy.searchLabel} onSubmit={submit}>
        {/* Each role's words take the room of the longest, so a stored role shifts nothing (ui/reserved.tsx). */}
        <label htmlFor="flag-search-input">
          <Reserved shown={role} variants={SEARCH_LABELS} />
        </label>
        <p id="flag-search-hint" className="hint">
          <Reserved shown={role} variants={SEARCH_HINTS} />
        </p>
        <div className="search-row">
          <input
            id="flag-search-input"
            type="search"
            autoComplete="off"
            aria-describedby="flag-search-hint"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOutcome(null);
            }}
          />
          <button type="submit" className="button">
            {FLAGS_COPY.check}
          </button>
        </div>
      </form>
      <div role="status" className="search-outcome">
        {outcome?.kind === 'none' ? <p>{FLAGS_COPY.nothingFound(outcome.query)}</p> : null}
        {outcome?.kind === 'answered' && outcome.didYouMean ? <p>{FLAGS_COPY.showing(names(outcome.didYouMean), outcome.query)}</p> : null}
      </div>
      {outcome?.kind === 'choose' ? (
        <div className="matches">
          <p id="matches-label" className="hint">
            {FLAGS_COPY.didYouMean}
          </p>
          {chips(outcome.matches, 'matches-label')}
        </div>
      ) : null}
      {live.length ? (
        <div className="matches">
          <p id="matches-label" className="hint">
            {FLAGS_COPY.matches}
          </p>
          {chips(live, 'matches-label')}
        </div>
      ) : null}
      <div className="quick-picks">
        <p id="quick-picks-label" className="hint">
          {FLAGS_COPY.often}
        </p>
        <ul aria-labelledby="quick-picks-label">
          {QUICK_PICKS.map((q) => (
            <li key={q.label}>
              <button
                type="button"
                className="chip"
                onClick={() => {
                  setQuery(q.label);
                  const m = matchItem(q.query)[0];
                  if (m) pick(m.id, q.label);
                }}
              >
                {q.label}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
