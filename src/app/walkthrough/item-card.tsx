// One checklist item: name, verdict badge, status, a one-line why, the full reason and citation on
// demand, results with entry, decline with a reason, and what is due next.
import { useState } from 'react';
import type { EvaluatedItem } from '../../engine/evaluation.ts';
import type { InvestigationId } from '../../../guidelines/ids.ts';
import { StatusBadge, VerdictBadge } from '../ui/badges.tsx';
import { CitationBlock } from '../ui/citation.tsx';
import { Disclosure } from '../ui/disclosure.tsx';
import { DueDate } from '../ui/due-date.tsx';
import { formatDate, itemName, oneLineWhy, peopleDates } from '../ui/format.ts';
import { useCopy, useRole } from '../ui/role.ts';
import { selectEvaluation, useWorkupEvents, Workup } from '../workup/workup-context.ts';
import { clearFormDraft, useFormDraft } from '../../store/form-drafts.ts';
import { DeclineForm } from './decline-form.tsx';
import { describeResult, ResultForm } from './result-form.tsx';
import { takenNowWords, WORDS } from '../copy.ts';

type Panel = 'none' | 'result' | 'decline';

/** Focuses the first of these elements that exists once React has rendered the change. */
function focusSoon(...ids: string[]): void {
  setTimeout(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) {
        el.focus();
        return;
      }
    }
  }, 0);
}

export function ItemCard({ item }: { item: EvaluatedItem }) {
  const role = useRole();
  const copy = useCopy();
  const plain = role === 'patient';
  const { send } = useWorkupEvents();
  const flagged = Workup.useSelector((snap) => selectEvaluation(snap)?.flags.some((f) => f.id === item.id) ?? false);
  // The open form and what is typed in it survive a reload (src/store/form-drafts.ts); closing it forgets them.
  const [panel, keepPanel] = useFormDraft<Panel>(`open:${item.id}`, 'none');
  const setPanel = (p: Panel) => {
    clearFormDraft(`result:${item.id}:`);
    clearFormDraft(`decline:${item.id}:`);
    keepPanel(p);
  };
  const [message, setMessage] = useState('');
  // Stable ids: after an action the card may re-sort or move to another list, so focus is
  // restored by id (to the control that makes sense next, else the item's heading), never lost.
  const ids = { heading: `item-${item.id}`, record: `record-${item.id}`, decline: `decline-${item.id}`, undo: `undo-${item.id}` };
  const name = itemName(item, role);
  const canDecline = item.status === 'to-do' || item.status === 'repeat-due';
  const done = (m: string, focus: keyof typeof ids) => {
    setPanel('none');
    setMessage(m);
    focusSoon(ids[focus], ids.heading);
  };
  const toggle = (p: Panel) => {
    setMessage('');
    setPanel(panel === p ? 'none' : p);
  };

  return (
    <li className={`item item-${item.status}`}>
      <article aria-labelledby={ids.heading}>
        <div className="item-head">
          <h4 id={ids.heading} className="item-name" tabIndex={-1}>
            {name}
          </h4>
          <div className="item-badges">
            <VerdictBadge verdict={item.verdict} strength={item.citation.strength} />
            <StatusBadge status={item.status} />
            {item.takenNow ? (
              <span className="taken-now">
                <span aria-hidden="true">● </span>
                {takenNowWords(item, plain)}
              </span>
            ) : null}
            {flagged ? (
              <span className="flag-tag">
                <span aria-hidden="true">⚑ </span>
                {WORDS.flaggedAskedAbout[plain ? 'patient' : 'clinician']}
              </span>
            ) : null}
          </div>
        </div>
        {/* A deferred item says when, in full: that is its whole point. */}
        <p className="why">{item.status === 'deferred' ? peopleDates(plain ? item.plainWhy : item.why) : oneLineWhy(item, role)}</p>
        {item.dueFrom ? (
          <p className="due">
            <span aria-hidden="true">↻ </span>
            <strong>
              <DueDate iso={item.dueFrom} plain={plain} capital />
            </strong>
          </p>
        ) : null}
        {item.doneVia ? <p className="note">Done via {item.doneVia}.</p> : null}
        {item.declinedReason ? (
          <p className="note">
            {copy.declined}: {item.declinedReason}{' '}
            <button
              type="button"
              id={ids.undo}
              className="link-button"
              aria-label={`Undo decline of ${name}`}
              onClick={() => {
                send({ type: 'item.undecline', id: item.id });
                setMessage(`${name}: decline undone.`);
                focusSoon(ids.decline, ids.heading);
              }}
            >
              Undo decline
            </button>
          </p>
        ) : null}
        {item.results.length ? (
          <ul className="results" aria-label={`Results for ${name}`}>
            {item.results.map((r) => (
              <li key={`${r.date}-${r.isotype ?? ''}-${describeResult(r)}`}>
                <time dateTime={r.date}>{formatDate(r.date)}</time>: {describeResult(r)}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove result of ${formatDate(r.date)} for ${name}`}
                  onClick={() => {
                    send({ type: 'result.remove', test: r.test, date: r.date });
                    setMessage('Result removed.');
                    focusSoon(ids.record, ids.heading);
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="item-actions">
          <Disclosure label={copy.whyAndSource} ariaLabel={`${copy.whyAndSource}: ${name}`}>
            <Reason item={item} />
          </Disclosure>
          {item.kind === 'investigation' ? (
            <button
              type="button"
              id={ids.record}
              className="link-button"
              aria-expanded={panel === 'result'}
              aria-label={`${copy.recordResult}: ${name}`}
              onClick={() => toggle('result')}
            >
              <span aria-hidden="true">+ </span>
              {copy.recordResult}
            </button>
          ) : null}
          {canDecline ? (
            <button
              type="button"
              id={ids.decline}
              className="link-button"
              aria-expanded={panel === 'decline'}
              aria-label={`${copy.declineButton}: ${name}`}
              onClick={() => toggle('decline')}
            >
              <span aria-hidden="true">⊘ </span>
              {copy.declineButton}
            </button>
          ) : null}
        </div>
        {panel === 'result' ? <ResultForm test={item.id as InvestigationId} name={name} onDone={(m) => done(m, 'record')} /> : null}
        {panel === 'decline' ? <DeclineForm id={item.id} name={name} onDone={(m) => done(m, 'undo')} /> : null}
        <p role="status" className="visually-hidden">
          {message}
        </p>
      </article>
    </li>
  );
}

function Reason({ item }: { item: EvaluatedItem }) {
  const copy = useCopy();
  const plain = useRole() === 'patient';
  return (
    <div className="reason">
      <p>{peopleDates(plain ? item.plainWhy : item.why)}</p>
      {/* Patients read the plain reason; the clinician text and the source are under "For your doctor". */}
      {plain ? null : (
        <>
          <p className="condition">
            <strong>Applies when:</strong> {item.condition}
          </p>
          {item.harms ? (
            <p>
              <strong>{copy.harms}:</strong> {item.harms}
            </p>
          ) : null}
          {item.instead ? (
            <p>
              <strong>{copy.instead}:</strong> {item.instead}
            </p>
          ) : null}
          <CitationBlock citation={item.citation} />
        </>
      )}
    </div>
  );
}

export function ItemList({ items, label }: { items: EvaluatedItem[]; label: string }) {
  if (!items.length) return null;
  return (
    <ul className="checklist" aria-label={label}>
      {items.map((i) => (
        <ItemCard key={i.id} item={i} />
      ))}
    </ul>
  );
}
