// Cases saved in this browser: open one, delete one, or delete all data (for shared computers).
import { useState, useSyncExternalStore } from 'react';
import { STEP_TITLES, type Step } from '../../../machines/steps.ts';
import { type SavedCase, useAppStore } from '../../store/app-store.ts';
import { deleteAllDataOnThisDevice, keptCopies } from '../../store/device-data.ts';
import { andList } from '../../../guidelines/wording.ts';
import { draftAge } from '../../store/intake-draft.ts';

export function caseLabel(c: SavedCase): string {
  const name = c.draft.name.trim() || 'Unnamed case';
  return c.conflictOf ? `${name} (changed in another tab)` : name;
}

function ageDetail(c: SavedCase): string {
  const age = draftAge(c.draft);
  if (age !== undefined) return `age ${age}`;
  return c.draft.age.trim() ? 'age to correct' : 'age not entered';
}

function caseDetail(c: SavedCase): string {
  const losses = c.draft.pregnancies.filter((p) => p.outcome === 'loss').length;
  const step = (c.machine?.snapshot as { value?: string } | undefined)?.value as Step | undefined;
  const parts = [
    ageDetail(c),
    `${losses} loss${losses === 1 ? '' : 'es'} entered`,
    `at: ${step && STEP_TITLES[step] ? STEP_TITLES[step].title : STEP_TITLES.intake.title}`,
  ];
  return parts.join(' · ');
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

const NO_COPIES: readonly never[] = [];
const noneKept = () => NO_COPIES;

export function SavedCases({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const cases = useAppStore((s) => s.cases);
  const openCase = useAppStore((s) => s.openCase);
  const deleteCase = useAppStore((s) => s.deleteCase);
  const [confirmAll, setConfirmAll] = useState(false);
  const [erased, setErased] = useState(false);
  const list = Object.values(cases).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  // Prerendered and hydrated as a first visit (none kept); this device's copies count after hydration.
  const kept = useSyncExternalStore(keptCopies.subscribe, keptCopies.get, noneKept).length;
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const what = [
    `${list.length} saved case${list.length === 1 ? '' : 's'}`,
    ...(kept ? [`${kept} kept cop${kept === 1 ? 'y' : 'ies'} of earlier saved data`] : []),
    'your settings',
  ];
  const deleteAll = confirmAll ? (
    <p className="confirm" role="alert">
      Delete all RPL Workup data from this browser: {andList(what)}? This cannot be undone: export the case files first if you need them.{' '}
      <button
        type="button"
        className="button danger"
        onClick={() => {
          deleteAllDataOnThisDevice();
          setConfirmAll(false);
          setErased(true);
        }}
      >
        Yes, delete all data
      </button>{' '}
      <button type="button" className="button secondary" onClick={() => setConfirmAll(false)}>
        Keep it
      </button>
    </p>
  ) : (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        setConfirmAll(true);
        setErased(false);
      }}
    >
      Delete all data on this device
    </button>
  );
  return (
    <section className="saved-cases" aria-labelledby="saved-heading">
      <H id="saved-heading">Saved on this device ({list.length})</H>
      {list.length ? (
        <>
          <ul className="case-list">
            {list.map((c, n) => (
              <li key={c.id}>
                <div>
                  <span className="case-name">
                    {caseLabel(c)}
                    {caseLabel(c) === 'Unnamed case' ? ` ${list.length - n}` : ''}
                  </span>
                  <span className="case-detail">
                    {caseDetail(c)} · saved {when(c.updatedAt)}
                  </span>
                </div>
                <div className="case-actions">
                  <button type="button" className="button" onClick={() => openCase(c.id)} aria-label={`Open ${caseLabel(c)}, saved ${when(c.updatedAt)}`}>
                    Open
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => deleteCase(c.id)}
                    aria-label={`Delete ${caseLabel(c)}, saved ${when(c.updatedAt)}`}
                  >
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {deleteAll}
        </>
      ) : (
        <>
          <p>No saved cases yet.</p>
          {kept ? deleteAll : null}
        </>
      )}
      <p role="status">{erased ? 'All RPL Workup data was deleted from this browser.' : ''}</p>
    </section>
  );
}
