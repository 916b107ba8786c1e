// Problems with saving in this browser (unreadable saved data, storage full or blocked), said in
// plain words, with the saved text offered as a download before anything is replaced.
import { useSyncExternalStore } from 'react';
import { downloadBlob } from '../../io/files.ts';
import { storage } from '../../store/app-store.ts';

export function StorageProblems() {
  const problems = useSyncExternalStore(storage.subscribe, storage.getProblems, storage.getProblems);
  if (!problems.length) return null;
  return (
    <div className="storage-problems" role="alert">
      {problems.map((p) => (
        <div key={p.id} className="notice">
          <p><strong>{p.kind === 'migrated' ? 'Saved work updated' : 'Saving problem'}:</strong> {p.message}</p>
          {p.raw ? (
            <button type="button" className="button secondary" onClick={() => downloadBlob(new Blob([p.raw!], { type: 'application/json' }), `rpl-workup-saved-data-${p.at.slice(0, 10)}.json`)}>
              Download the saved text
            </button>
          ) : null}{' '}
          <button type="button" className="link-button" onClick={() => storage.resolveProblem(p.id)}>Dismiss</button>
        </div>
      ))}
    </div>
  );
}
