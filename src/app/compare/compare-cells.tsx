import type { Topic } from '../../../guidelines/disagreements.ts';
import type { Comparison, ComparisonCell, DefinitionCell } from '../../engine/compare.ts';
import type { Role } from '../../../guidelines/ids.ts';
import { SourceList } from '../claims/source-list.tsx';
import { StatusBadge, VerdictBadge } from '../ui/badges.tsx';

export type Guideline = Comparison['guidelines'][number];

export const DIFFERS = 'Differs';
export const WHY_DIFFER = 'Why they differ';

export function notRead(plain: boolean): string {
  return plain ? 'Not checked' : 'Not read';
}

/** Words too long for the narrow name column get a soft hyphen so it breaks them cleanly; assistive technology reads the plain name. */
export function BreakableName({ name }: { name: string }) {
  const breakable = name.replace(/\p{L}{14,}/gu, (w) => `${w.slice(0, -5)}\u00AD${w.slice(-5)}`);
  if (breakable === name) return <>{name}</>;
  return (
    <>
      <span aria-hidden="true">{breakable}</span>
      <span className="visually-hidden">{name}</span>
    </>
  );
}

export function UnverifiedMark({ plain }: { plain: boolean }) {
  return (
    <span className="unverified-mark">
      <span aria-hidden="true">*</span>
      <span className="visually-hidden">{plain ? ' (wording not checked for this edition)' : ' (wording not verified for this edition)'}</span>
    </span>
  );
}

export function ItemCell({ cell, plain }: { cell: ComparisonCell; plain: boolean }) {
  if (!cell.known) {
    return (
      <span className="badge unknown">
        <span aria-hidden="true" className="symbol">
          ?
        </span>{' '}
        {notRead(plain)}
      </span>
    );
  }
  return (
    <>
      <span className="cell-verdict">
        <VerdictBadge verdict={cell.verdict} />
        {cell.unverified ? <UnverifiedMark plain={plain} /> : null}
      </span>
      <StatusBadge status={cell.status} />
    </>
  );
}

export function DefinitionText({ cell, plain }: { cell: DefinitionCell; plain: boolean }) {
  const symbol = cell.met ? '✓' : '✗';
  const word = plain ? (cell.met ? 'Counts' : 'Does not count yet') : cell.met ? 'Met' : 'Not met';
  return (
    <>
      <span className="cell-verdict">
        <span className={`badge definition-${cell.met ? 'met' : 'not-met'}`}>
          <span aria-hidden="true" className="symbol">
            {symbol}
          </span>{' '}
          {word}
        </span>
        {cell.citation.unverified ? <UnverifiedMark plain={plain} /> : null}
      </span>
      <span className="status">
        {cell.losses} {cell.losses === 1 ? 'loss' : 'losses'} counted
      </span>
      {!cell.met && cell.discretion ? (
        <span className="status">{plain ? 'tests may start at the doctor’s choice' : 'evaluation at clinical discretion'}</span>
      ) : null}
    </>
  );
}

/** Why a row differs: the topic's explanation with its sources, or, without one, each guideline's own rule. */
export function WhyTheyDiffer({ topic, rules, role }: { topic?: Topic; rules: { guideline: Guideline; text: string; cite: string }[]; role: Role }) {
  const plain = role === 'patient';
  return (
    <div className="why-differ">
      {topic ? (
        <>
          <p>
            <strong>{topic.title}.</strong> {plain ? topic.plainSummary : topic.summary}
          </p>
          {plain ? null : (
            <dl className="positions">
              {rules.map(({ guideline }) => (
                <div key={guideline.id}>
                  <dt>{guideline.shortTitle}</dt>
                  <dd>{topic.positions[guideline.id]}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className="sources-label">
            <strong>{plain ? 'Where this comes from' : 'Sources'}:</strong>
          </p>
          <SourceList citations={topic.citations} />
        </>
      ) : (
        <>
          <p>
            {plain
              ? 'The guidelines give different answers here. Ask your doctor what this means for you.'
              : 'No explanation of this difference is recorded; each guideline’s rule for this case:'}
          </p>
          <ul className="rule-lines">
            {rules.map(({ guideline, text, cite }) => (
              <li key={guideline.id}>
                <strong>{guideline.shortTitle}:</strong> {plain ? null : <>{text} </>}
                <span className="summary-cite">{cite}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
