// After a guideline change: which verdicts differ from the guideline used before.
import { useState } from 'react';
import { VERDICT_LABEL } from '../../engine/wording.ts';
import { itemName } from '../ui/format.ts';
import { useRole } from '../ui/role.ts';
import { selectEvaluation, Workup } from '../workup/workup-context.ts';

export function GuidelineChangeNotice() {
  const role = useRole();
  const before = Workup.useSelector((s) => s.context.beforeGuidelineChange);
  const after = Workup.useSelector(selectEvaluation);
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (!before || !after || before.guideline.id === after.guideline.id) return null;
  const key = `${before.guideline.id}>${after.guideline.id}`;
  if (dismissed === key) return null;
  const changes = after.items
    .map((i) => ({ i, was: before.items.find((b) => b.id === i.id)?.verdict ?? 'not-addressed' }))
    .filter(({ i, was }) => was !== i.verdict);
  const label = (v: keyof typeof VERDICT_LABEL) => (role === 'patient' ? VERDICT_LABEL[v].plain : VERDICT_LABEL[v].text);
  return (
    <div className="notice" role="status">
      <p><strong>Guideline changed from {before.guideline.shortTitle} to {after.guideline.shortTitle}.</strong>{' '}
        {changes.length ? `${changes.length} verdict${changes.length === 1 ? '' : 's'} differ:` : 'No verdict differs for this case.'}</p>
      {changes.length ? (
        <ul>{changes.map(({ i, was }) => <li key={i.id}>{itemName(i, role)}: {label(was)} → {label(i.verdict)}</li>)}</ul>
      ) : null}
      <button type="button" className="link-button" onClick={() => setDismissed(key)}>Dismiss</button>
    </div>
  );
}
