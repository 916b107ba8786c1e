// Verdict and status shown as text with a symbol, never by colour alone.
import type { Status, Verdict } from '../../../guidelines/ids.ts';
import { STATUS_LABEL, VERDICT_LABEL } from '../../../guidelines/wording.ts';
import { useRole } from './role.ts';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const plain = useRole() === 'patient';
  const v = VERDICT_LABEL[verdict];
  return (
    <span className={`badge verdict verdict-${verdict}`}>
      <span aria-hidden="true" className="symbol">{v.symbol}</span> {plain ? v.plain : v.text}
    </span>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  const plain = useRole() === 'patient';
  const s = STATUS_LABEL[status];
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true" className="symbol">{s.symbol}</span> {plain ? s.plain : s.text}
    </span>
  );
}
