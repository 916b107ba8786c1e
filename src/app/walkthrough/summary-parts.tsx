// The pieces of the summary, in the order a GP works: order today (tick-boxes), refer, treatment
// (one row per regimen), don't offer (each flag with its one-line reason), then details and
// citations on demand.
import type { EvaluatedItem, Evaluation, Flag } from '../../engine/evaluation.ts';
import type { Worklist } from '../../engine/summary.ts';
import { formatCitation } from '../../../guidelines/wording.ts';
import { FlagClaims } from '../claims/claims.tsx';
import { SUMMARY_COPY, takenNowWords } from '../copy.ts';
import { StatusBadge, VerdictBadge, verdictWords } from '../ui/badges.tsx';
import { DueDate } from '../ui/due-date.tsx';
import { itemName, oneLineWhy, peopleDates } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { regimenRows, rowName } from './regimens.ts';

export function OrderToday({ w }: { w: Worklist }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  const items = [...w.repeatsDue, ...w.orderNow];
  return (
    <section className="summary-section order-today" aria-labelledby="order-heading">
      <h3 id="order-heading">
        {copy.orderNow}
        {items.length ? <span className="hint heading-hint no-print"> — {plain ? SUMMARY_COPY.tickHintPlain : SUMMARY_COPY.tickHint}</span> : null}
      </h3>
      {items.length ? (
        <ul className="tick-list">
          {items.map((i) => (
            <li key={i.id}>
              <input type="checkbox" id={`order-${i.id}`} />
              <label htmlFor={`order-${i.id}`}>
                <span className="summary-name">{itemName(i, role)}</span>
                {/* Everything here is recommended; only a weaker grade is worth the space. */}
                {verdictWords(i.verdict, i.citation.strength).text === 'Recommended' ? null : (
                  <>
                    {' '}
                    <VerdictBadge verdict={i.verdict} strength={i.citation.strength} />
                  </>
                )}
                {i.dueFrom ? (
                  <>
                    {' '}
                    <DueDate iso={i.dueFrom} plain={plain} />
                  </>
                ) : null}
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p>{plain ? SUMMARY_COPY.nothingToOrderPlain : SUMMARY_COPY.nothingToOrder}</p>
      )}
    </section>
  );
}

export function ReferLine({ evaluation, question }: { evaluation: Evaluation; question?: string }) {
  const r = evaluation.referral;
  return (
    <section className="summary-section" aria-labelledby="refer-heading">
      <h3 id="refer-heading">{SUMMARY_COPY.refer}</h3>
      <p>
        <span aria-hidden="true">{r.meetsCriteria ? '✓ ' : '✗ '}</span>
        <strong>{SUMMARY_COPY.referLine(r.meetsCriteria, evaluation.guideline.shortTitle)}</strong>
      </p>
      {question ? (
        <p>
          <strong>{SUMMARY_COPY.referralQuestion}:</strong> {question}
        </p>
      ) : null}
    </section>
  );
}

export function TreatmentRows({ items, title }: { items: EvaluatedItem[]; title: string }) {
  const role = useRole();
  if (!items.length) return null;
  return (
    <section className="summary-section" aria-label={title}>
      <h3>{title}</h3>
      <ul className="summary-list compact">
        {regimenRows(items).map((row) => (
          <li key={row.key}>
            <span className="summary-name">{rowName(row, (i) => itemName(i, role))}</span>{' '}
            <VerdictBadge verdict={row.lead.verdict} strength={row.lead.citation.strength} />
            {row.items
              .filter((i) => i.takenNow)
              .slice(0, 1)
              .map((i) => (
                <span key={i.id} className="taken-now">
                  {' '}
                  {takenNowWords(i, role === 'patient')}
                </span>
              ))}
            {/* The reason is in "Details and citations"; patients read it here. */}
            {role === 'patient' ? <div className="summary-why">{oneLineWhy(row.lead, role)}</div> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DontOffer({ flags }: { flags: Flag[] }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  return (
    <section className="summary-section dont-offer" aria-labelledby="dont-offer-heading">
      <h3 id="dont-offer-heading">
        <span aria-hidden="true">✗ </span>
        {plain ? copy.flagsHeading : SUMMARY_COPY.dontOffer}
      </h3>
      {flags.length ? (
        <ul className="summary-list compact">
          {regimenRows(flags).map((row) => (
            <li key={row.key}>
              <span className="summary-name">{rowName(row, (f) => itemName(f, role))}</span>
              {row.items.some((f) => f.takenNow) ? <span className="taken-now"> {takenNowWords({ status: 'flagged' }, plain)}</span> : null}
              <span className="summary-why"> — {oneLineWhy(row.lead, role)}</span>
              {/* Patients meet these claims here; clinicians have them in the flags panel. */}
              {plain ? row.items.map((f) => <FlagClaims key={f.id} id={f.id} name={itemName(f, role)} />) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{copy.flagsNone}</p>
      )}
    </section>
  );
}

/** Every item of a list with its status and full citation line: the details a GP opens on demand. */
export function CitedList({ title, items }: { title: string; items: (EvaluatedItem | Flag)[] }) {
  const role = useRole();
  if (!items.length) return null;
  return (
    <section className="summary-section" aria-label={title}>
      <h4>{title}</h4>
      <ul className="summary-list">
        {items.map((i) => (
          <li key={i.id}>
            <span className="summary-name">{itemName(i, role)}</span> <VerdictBadge verdict={i.verdict} strength={i.citation.strength} />{' '}
            {'status' in i ? <StatusBadge status={i.status} /> : null}
            {'declinedReason' in i && i.declinedReason ? <> — {i.declinedReason}</> : null}
            <div className="summary-why">{peopleDates(role === 'patient' ? i.plainWhy : i.why)}</div>
            {i.instead && role !== 'patient' ? (
              <div>
                <strong>Instead:</strong> {i.instead}
              </div>
            ) : null}
            <div className="summary-cite">{formatCitation(i.citation)}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Items not to do now (e.g. during this pregnancy), grouped by when: never an "order today". */
export function NotNow({ items }: { items: EvaluatedItem[] }) {
  const role = useRole();
  const plain = role === 'patient';
  if (!items.length) return null;
  const groups = new Map<string, EvaluatedItem[]>();
  for (const i of items) {
    const why = peopleDates(i.deferral ? (plain ? i.deferral.plainWhy : i.deferral.why) : oneLineWhy(i, role));
    groups.set(why, [...(groups.get(why) ?? []), i]);
  }
  return (
    <section className="summary-section" aria-labelledby="not-now-heading">
      <h3 id="not-now-heading">
        <span aria-hidden="true">» </span>
        {plain ? SUMMARY_COPY.notNowPlain : SUMMARY_COPY.notNow}
      </h3>
      <ul className="summary-list compact">
        {[...groups.entries()].map(([why, list]) => (
          <li key={why}>
            <span className="summary-name">{list.map((i) => itemName(i, role)).join('; ')}</span>
            <span className="summary-why"> — {why}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
