// After a guideline change: what changed for this case (the definition, and every item whose verdict
// or status differs from the guideline used before), from the engine's diffEvaluations.
import { useMemo, useState } from 'react';
import { diffEvaluations, type ItemState } from '../../engine/diff-evaluations.ts';
import type { Role } from '../../../guidelines/ids.ts';
import { STATUS_LABEL, VERDICT_LABEL } from '../../../guidelines/wording.ts';
import { Disclosure } from '../ui/disclosure.tsx';
import { itemName, plural } from '../ui/format.ts';
import { useRole } from '../ui/role.ts';
import { selectEvaluation, selectEvaluationBeforeGuidelineChange, Workup } from '../workup/workup-context.ts';

/** Changes listed in full; beyond this they are folded behind a disclosure. */
const SHOWN_OPEN = 6;

export function stateText(s: ItemState | null, role: Role): string {
  const plain = role === 'patient';
  if (!s) return `${VERDICT_LABEL['not-addressed'].symbol} ${plain ? VERDICT_LABEL['not-addressed'].plain : VERDICT_LABEL['not-addressed'].text}`;
  const v = VERDICT_LABEL[s.verdict];
  const st = STATUS_LABEL[s.status];
  return `${v.symbol} ${plain ? v.plain : v.text}, ${(plain ? st.plain : st.text).toLowerCase()}`;
}

export function GuidelineChangeNotice() {
  const role = useRole();
  const plain = role === 'patient';
  const before = Workup.useSelector(selectEvaluationBeforeGuidelineChange);
  const after = Workup.useSelector(selectEvaluation);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const diff = useMemo(() => (before && after && before.guideline.id !== after.guideline.id ? diffEvaluations(before, after) : null), [before, after]);
  if (!diff || !before || !after) return null;
  const key = `${diff.from}>${diff.to}`;
  if (dismissed === key) return null;
  const met = (m: boolean) => (plain ? (m ? 'counts as recurrent loss' : 'does not count yet') : m ? 'met' : 'not met');
  const count = diff.items.length + (diff.definition ? 1 : 0);
  const verdicts = diff.items.filter((c) => c.before?.verdict !== c.after?.verdict).length;
  const statuses = diff.items.length - verdicts;
  const sentence = plain
    ? [
        verdicts ? `${plural(verdicts, 'answer')} ${verdicts === 1 ? 'is' : 'are'} different` : 'no answer is different',
        ...(statuses ? [`${plural(statuses, 'other thing')} ${statuses === 1 ? 'changes' : 'change'}`] : []),
        ...(diff.definition ? ['whether it counts as recurrent loss changes'] : []),
      ]
    : [
        verdicts ? `${plural(verdicts, 'verdict')} ${verdicts === 1 ? 'differs' : 'differ'}` : 'no verdict differs',
        ...(statuses ? [`${plural(statuses, 'status', 'statuses')} ${statuses === 1 ? 'changes' : 'change'}`] : []),
        ...(diff.definition ? ['the definition result changes'] : []),
      ];
  const said = sentence.join(', ').replace(/, ([^,]*)$/, ' and $1');
  const list = (
    <ul className="change-list">
      {diff.definition ? (
        <li>
          <strong>{plain ? 'Recurrent loss' : 'Definition'}:</strong> {met(diff.definition.before)} <span aria-hidden="true">→</span>
          <span className="visually-hidden">, now</span> {met(diff.definition.after)}
        </li>
      ) : null}
      {diff.items.map((c) => (
        <li key={c.id}>
          <strong>{itemName(c, role)}:</strong> {stateText(c.before, role)} <span aria-hidden="true">→</span>
          <span className="visually-hidden">, now</span> {stateText(c.after, role)}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="notice guideline-change">
      <p role="status">
        <strong>
          Guideline changed from {before.guideline.shortTitle} to {after.guideline.shortTitle}.
        </strong>{' '}
        {count ? `${plain ? 'For you' : 'For this case'}: ${said}.` : plain ? 'No answer is different for you.' : 'No verdict differs for this case.'}
      </p>
      {count === 0 ? null : count <= SHOWN_OPEN ? (
        list
      ) : (
        <Disclosure label={`Show the ${count} ${plain ? 'things that changed' : 'changes'}`}>{list}</Disclosure>
      )}
      <p className="hint">
        {plain
          ? 'To see all three guidelines side by side, open "Compare guidelines" on the review or summary step.'
          : 'All three guidelines side by side: "Compare guidelines" on the review and summary steps.'}
      </p>
      <button type="button" className="link-button" onClick={() => setDismissed(key)}>
        Dismiss
      </button>
    </div>
  );
}
