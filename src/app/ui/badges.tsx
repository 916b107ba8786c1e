// Verdict and status shown as text with a symbol, never by colour alone.
import type { Status, Verdict } from '../../../guidelines/ids.ts';
import { STATUS_LABEL, VERDICT_LABEL } from '../../../guidelines/wording.ts';
import { useRole } from './role.ts';

/**
 * The verdict in words that follow the guideline's own strength: a recommendation the guideline
 * grades "Conditional" ("we suggest") never shows as a plain "Recommended", nor a good practice
 * point as a graded recommendation.
 */
export function verdictWords(verdict: Verdict, strength?: string): { text: string; plain: string; symbol: string } {
  const v = VERDICT_LABEL[verdict];
  if (verdict !== 'recommended' || !strength) return v;
  if (/^conditional/i.test(strength)) return { ...v, text: 'Suggested (conditional)', plain: 'May be advised' };
  if (/^GPP/.test(strength)) return { ...v, text: 'Good practice', plain: 'Usually advised' };
  return v;
}

export function VerdictBadge({ verdict, strength }: { verdict: Verdict; strength?: string }) {
  const plain = useRole() === 'patient';
  const v = verdictWords(verdict, strength);
  return (
    <span className={`badge verdict verdict-${verdict}`}>
      <span aria-hidden="true" className="symbol">
        {v.symbol}
      </span>{' '}
      {plain ? v.plain : v.text}
    </span>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  const plain = useRole() === 'patient';
  const s = STATUS_LABEL[status];
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true" className="symbol">
        {s.symbol}
      </span>{' '}
      {plain ? s.plain : s.text}
    </span>
  );
}
