// The case under ESHRE 2022, RCOG 2023 and ASRM 2012 side by side (compareGuidelines): the
// definition and every item, each cell a verdict and a status in words with a symbol. Rows where the
// guidelines whose text was read disagree are marked "Differs" (words, not colour alone) and explain
// why, with sources. A cell whose guideline text was not read says so and never counts as a
// difference. A proper table (caption, th scope); in a narrow column each row becomes a card.
// Loaded with import() when "Compare guidelines" is opened.
import { type ReactNode, useId, useMemo, useState } from 'react';
import { type Comparison, type ComparisonCell, compareGuidelines } from '../../engine/compare.ts';
import type { GuidelineId, Role } from '../../../guidelines/ids.ts';
import { andList, formatCitation, VERDICT_LABEL } from '../../../guidelines/wording.ts';
import { Disclosure } from '../ui/disclosure.tsx';
import { useRole } from '../ui/role.ts';
import { selectCase, selectGuideline, Workup } from '../workup/workup-context.ts';
import { BreakableName, DIFFERS, DefinitionText, type Guideline, ItemCell, WHY_DIFFER, WhyTheyDiffer, notRead } from './compare-cells.tsx';

function CompareRow({
  name,
  guidelines,
  cells,
  disagree,
  unknownIn,
  why,
  plain,
}: {
  name: string;
  guidelines: Guideline[];
  cells: ReactNode[];
  disagree: boolean;
  unknownIn: GuidelineId[];
  why: ReactNode;
  plain: boolean;
}) {
  const columns = guidelines.length + 2;
  return (
    <>
      <tr className={`compare-row${disagree ? ' differs' : ''}`}>
        <th scope="row">
          <BreakableName name={name} />
        </th>
        {cells.map((c, n) => (
          <td key={guidelines[n]!.id} className="compare-cell">
            <span className="cell-label" aria-hidden="true">
              {guidelines[n]!.shortTitle}
            </span>
            <span className="cell-body">{c}</span>
          </td>
        ))}
        <td className="agreement">
          {disagree ? (
            <strong className="differs-tag">
              <span aria-hidden="true" className="symbol">
                ≠
              </span>{' '}
              {DIFFERS}
            </strong>
          ) : (
            <span className="same-tag">
              <span aria-hidden="true" className="symbol">
                =
              </span>{' '}
              Same
              {unknownIn.length ? (
                <>
                  {' '}
                  <span className="agree-note">{plain ? 'where checked' : 'where read'}</span>
                </>
              ) : null}
            </span>
          )}
        </td>
      </tr>
      {disagree ? (
        <tr className="compare-why">
          <td colSpan={columns}>
            <Disclosure label={WHY_DIFFER} ariaLabel={`${WHY_DIFFER}: ${name}`}>
              {why}
            </Disclosure>
          </td>
        </tr>
      ) : null}
    </>
  );
}

export function CompareTable({ comparison, current, role }: { comparison: Comparison; current: GuidelineId; role: Role }) {
  const plain = role === 'patient';
  const [onlyDiffer, setOnlyDiffer] = useState(role === 'gp');
  const filterId = useId();
  const { guidelines, definition, rows } = comparison;
  const differing = rows.filter((r) => r.disagree);
  const shown = onlyDiffer ? differing : rows;
  const unread = guidelines.filter((g) => rows.some((r) => r.unknownIn.includes(g.id)));
  const names = guidelines.map((g) => g.shortTitle);
  const list = andList(names);
  const verdictLine = (cell: ComparisonCell) =>
    `${VERDICT_LABEL[cell.verdict].symbol} ${plain ? VERDICT_LABEL[cell.verdict].plain : VERDICT_LABEL[cell.verdict].text}`;

  return (
    <div className="compare">
      <div className="compare-controls">
        <p className="compare-filter">
          <input type="checkbox" id={filterId} checked={onlyDiffer} onChange={(e) => setOnlyDiffer(e.target.checked)} />
          <label htmlFor={filterId}>Only where they differ</label>
        </p>
        <p className="hint" aria-live="polite">
          {onlyDiffer
            ? `Showing the ${differing.length} of ${rows.length} ${plain ? 'tests and treatments' : 'items'} where the guidelines differ, and the definition.`
            : `Showing all ${rows.length} ${plain ? 'tests and treatments' : 'items'}; the guidelines differ on ${differing.length}.`}
        </p>
      </div>
      <ul className="compare-legend" aria-label={plain ? 'What the marks mean' : 'Key'}>
        <li>
          <strong>
            <span aria-hidden="true">≠ </span>
            {DIFFERS}
          </strong>
          : {plain ? 'the guidelines give you different answers.' : 'the guidelines whose text was read give this case different verdicts or statuses.'}
        </li>
        {unread.length ? (
          <li>
            <strong>
              <span aria-hidden="true">? </span>
              {notRead(plain)}
            </strong>
            :{' '}
            {plain
              ? `we have not checked what ${unread.map((g) => g.shortTitle).join(' and ')} says about this. It is not counted as a difference.`
              : `the text of ${unread.map((g) => g.shortTitle).join(' and ')} on this item was not read, so its position is unknown. Not counted as a difference.`}
          </li>
        ) : null}
        <li>
          <strong>
            <span aria-hidden="true">* </span>
            {plain ? 'Star' : 'Asterisk'}
          </strong>
          : {plain ? 'the exact words of this edition have not been checked.' : 'the rule’s wording for that edition is not verified.'}
        </li>
      </ul>
      <table className="compare-table">
        <caption>{plain ? `What ${list} say for you` : `${list} for this case`}</caption>
        <colgroup>
          <col className="col-name" />
          {guidelines.map((g) => (
            <col key={g.id} className="col-guideline" />
          ))}
          <col className="col-agreement" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{plain ? 'Test or treatment' : 'Item'}</th>
            {guidelines.map((g) => (
              <th scope="col" key={g.id}>
                {g.shortTitle}
                {g.id === current ? (
                  <>
                    {' '}
                    <span className="in-use">({plain ? 'the one you chose' : 'in use'})</span>
                  </>
                ) : null}
              </th>
            ))}
            <th scope="col">{plain ? 'Same or different' : 'Agreement'}</th>
          </tr>
        </thead>
        <tbody>
          <CompareRow
            name={plain ? 'Counts as recurrent loss' : 'Definition of recurrent pregnancy loss'}
            guidelines={guidelines}
            cells={guidelines.map((g) => <DefinitionText key={g.id} cell={definition.cells[g.id]} plain={plain} />)}
            disagree={definition.disagree}
            unknownIn={[]}
            plain={plain}
            why={
              <WhyTheyDiffer
                topic={definition.topic}
                role={role}
                rules={guidelines.map((g) => ({ guideline: g, text: definition.cells[g.id].rule, cite: formatCitation(definition.cells[g.id].citation) }))}
              />
            }
          />
          {shown.map((r) => {
            const name = plain ? r.plainName : r.name;
            return (
              <CompareRow
                key={r.id}
                name={name}
                guidelines={guidelines}
                cells={guidelines.map((g) => <ItemCell key={g.id} cell={r.cells[g.id]} plain={plain} />)}
                disagree={r.disagree}
                unknownIn={r.unknownIn}
                plain={plain}
                why={
                  <WhyTheyDiffer
                    topic={r.topic}
                    role={role}
                    rules={guidelines
                      .filter((g) => r.cells[g.id].known)
                      .map((g) => ({
                        guideline: g,
                        text: `${verdictLine(r.cells[g.id])} — ${r.cells[g.id].condition.replace(/\.$/, '')}.`,
                        cite: formatCitation(r.cells[g.id].citation),
                      }))}
                  />
                }
              />
            );
          })}
        </tbody>
      </table>
      {onlyDiffer && !differing.length ? (
        <p>{plain ? 'The guidelines give you the same answer for every test and treatment.' : 'The guidelines agree on every item for this case.'}</p>
      ) : null}
    </div>
  );
}

export default function ComparePanel() {
  const role = useRole();
  const c = Workup.useSelector(selectCase);
  const current = Workup.useSelector(selectGuideline);
  const comparison = useMemo(() => (c ? compareGuidelines(c) : null), [c]);
  if (!comparison) return null;
  return <CompareTable comparison={comparison} current={current} role={role} />;
}
