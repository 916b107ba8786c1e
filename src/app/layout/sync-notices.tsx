// What another open tab did to the saved cases, said in plain words: nothing is changed unseen.
import { type SavedCase, type SyncNotice, useAppStore } from '../../store/app-store.ts';

function label(c: SavedCase | undefined): string {
  return c?.draft.name.trim() ? `“${c.draft.name.trim()}”` : 'an unnamed case';
}

function say(n: SyncNotice, cases: Record<string, SavedCase>): string {
  const c = cases[n.id];
  if (n.kind === 'both-changed') {
    return `The case ${label(c)} was changed in this tab and in another tab at the same time. Both versions are kept: this tab's here, the other tab's as a separate saved case marked "changed in another tab".`;
  }
  if (n.kind === 'deleted-there') return `The case ${label(c)} was deleted in another tab after it was changed here. This tab's version is kept.`;
  const copy = Object.values(cases).find((x) => x.conflictOf === n.id);
  return copy
    ? `The case ${label(c)} was changed in another tab at the same time as here. It now shows the other tab's version; this tab's version is kept as a separate saved case marked "changed in another tab".`
    : `The case ${label(c)} was changed in another tab. It now shows the latest saved version.`;
}

export function SyncNotices() {
  const notices = useAppStore((s) => s.notices);
  const cases = useAppStore((s) => s.cases);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notices.length) return null;
  return (
    <div className="storage-problems" role="status">
      {notices.map((n, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same kind of notice may stand twice for one case; the index keeps their keys apart
        <div className="notice" key={`${n.kind}:${n.id}:${i}`}>
          <p>
            <strong>Changed in another tab:</strong> {say(n, cases)}
          </p>
          <p className="notice-actions">
            <button type="button" className="link-button" onClick={() => dismiss(n)}>
              Dismiss
            </button>
          </p>
        </div>
      ))}
    </div>
  );
}
