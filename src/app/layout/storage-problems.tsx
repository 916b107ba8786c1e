// Problems with saving in this browser (unreadable saved data, storage full or blocked), said in
// plain words, with the saved text offered as a download before anything is replaced. Below them,
// the copies of saved data that were kept aside (src/store/safe-storage.ts), so they do not fill
// the browser's storage unseen: each can be downloaded, and deleted after a confirmation.
import { useState, useSyncExternalStore } from 'react';
import { downloadBlob } from '../../io/files.ts';
import { storage } from '../../store/app-store.ts';
import { keptCopies } from '../../store/device-data.ts';
import type { RecoveredEntry, StorageProblem } from '../../store/safe-storage.ts';

function saveText(raw: string, isoDate: string): void {
  downloadBlob(new Blob([raw], { type: 'application/json' }), `rpl-workup-saved-data-${isoDate.slice(0, 10)}.json`);
}

/** "23 Nov 2026, 10:00" in the user's time zone; the ISO text if it is not a date. */
function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Size as the browser's storage counts it, roughly (characters), in KB. */
function size(chars: number): string {
  return `${Math.max(1, Math.round(chars / 1024))} KB`;
}

// What the prerendered start screen shows (src/prerender.tsx): nothing. Problems with this device's
// storage appear after hydration, so the two renders match.
const NONE: readonly never[] = [];
const none = () => NONE;

export function StorageProblems() {
  const problems = useSyncExternalStore(storage.subscribe, storage.getProblems, none);
  const kept = useSyncExternalStore(keptCopies.subscribe, keptCopies.get, none);
  if (!problems.length && !kept.length) return null;
  return (
    <div className="storage-problems">
      {problems.length ? (
        <div role="alert">
          {problems.map((p) => (
            <Problem key={p.id} problem={p} />
          ))}
        </div>
      ) : null}
      {kept.length ? <KeptCopies kept={kept} /> : null}
    </div>
  );
}

function Problem({ problem: p }: { problem: StorageProblem }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="notice">
      <p>
        <strong>{p.kind === 'migrated' ? 'Saved work updated' : 'Saving problem'}:</strong> {p.message}
      </p>
      <p className="notice-actions">
        {p.kind === 'quota' ? (
          <>
            <button type="button" className="button" onClick={() => storage.flush()}>
              Try again
            </button>{' '}
          </>
        ) : null}
        {p.raw ? (
          <button type="button" className="button secondary" onClick={() => saveText(p.raw!, p.at)}>
            Download the saved text
          </button>
        ) : null}{' '}
        {p.recoveredKey && !confirming ? (
          <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
            Discard the kept copy
          </button>
        ) : null}{' '}
        <button type="button" className="link-button" onClick={() => storage.resolveProblem(p.id)}>
          Dismiss
        </button>
      </p>
      {p.recoveredKey && confirming ? (
        <p className="confirm">
          Delete the kept copy of this saved data from this browser? It cannot be undone: download it first if it may be needed.{' '}
          <button type="button" className="button danger" onClick={() => storage.resolveProblem(p.id, { discardRecovered: true })}>
            Yes, discard the copy
          </button>{' '}
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : null}
    </div>
  );
}

function KeptCopies({ kept }: { kept: readonly RecoveredEntry[] }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const total = kept.reduce((n, k) => n + k.raw.length, 0);
  return (
    <details className="notice kept-copies">
      <summary>
        Kept copies of earlier saved data: {kept.length} ({size(total)} of this browser&apos;s storage)
      </summary>
      <p className="hint">
        These copies were kept when saved work could not be opened or was updated to a new format. They stay in this browser until you delete them. Download a
        copy before deleting it if it may hold work you need.
      </p>
      <ul aria-label="Kept copies">
        {kept.map((k, i) => {
          const label = `copy ${i + 1}, kept ${when(k.savedAt)}`;
          return (
            <li key={k.key}>
              <span>
                Copy {i + 1} · kept {when(k.savedAt)} · {size(k.raw.length)}
              </span>{' '}
              <button type="button" className="button secondary small" aria-label={`Download the ${label}`} onClick={() => saveText(k.raw, k.savedAt)}>
                Download
              </button>{' '}
              {confirming === k.key ? (
                <span className="confirm">
                  Delete this copy? It cannot be undone.{' '}
                  <button
                    type="button"
                    className="button danger small"
                    aria-label={`Yes, delete the ${label}`}
                    onClick={() => {
                      keptCopies.delete(k.key);
                      setConfirming(null);
                    }}
                  >
                    Yes, delete
                  </button>{' '}
                  <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </span>
              ) : (
                <button type="button" className="button secondary small" aria-label={`Delete the ${label}`} onClick={() => setConfirming(k.key)}>
                  Delete
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
