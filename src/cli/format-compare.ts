// `npm run workup -- CASE.json --compare`: the case under ESHRE, RCOG and ASRM side by side, with the
// reason for each difference the guidelines are known to have.
import { formatAnyCitation } from '../../guidelines/claims-schema.ts';
import type { Topic } from '../../guidelines/disagreements.ts';
import type { Comparison, ComparisonCell } from '../engine/compare.ts';
import { GUIDELINE_IDS, type Role } from '../../guidelines/ids.ts';
import { DISCLAIMER, STATUS_LABEL, VERDICT_LABEL } from '../../guidelines/wording.ts';

const NAME_WIDTH = 46;

function cellText(c: ComparisonCell, plain: boolean): string {
  if (!c.known) return plain ? '? Not checked' : '? Not read';
  const v = VERDICT_LABEL[c.verdict];
  const s = STATUS_LABEL[c.status];
  return `${v.symbol} ${plain ? v.plain : v.text}, ${(plain ? s.plain : s.text).toLowerCase()}${c.unverified ? ' *' : ''}`;
}

export function formatCompare(comparison: Comparison, role: Role): string {
  const plain = role === 'patient';
  const names = comparison.guidelines.map((g) => g.shortTitle);
  const d = comparison.definition;
  const out: string[] = [
    `RPL Workup — guideline comparison (${names.join(' · ')})`,
    DISCLAIMER,
    '',
    `${d.disagree ? '≠' : ' '} Definition: ${GUIDELINE_IDS.map((g, n) => {
      const x = d.cells[g];
      return `${names[n]} ${x.met ? 'MET' : x.discretion ? 'NOT MET (discretion)' : 'NOT MET'} (${x.losses} counted)`;
    }).join(' | ')}`,
  ];

  const clip = (name: string) => (name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name);
  const rows = comparison.rows.map((r) => [clip(plain ? r.plainName : r.name), ...GUIDELINE_IDS.map((g) => cellText(r.cells[g], plain))]);
  const header = [plain ? 'Test or treatment' : 'Item', ...names];
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col]!.length)));
  const line = (cols: string[]) =>
    cols
      .map((c, col) => c.padEnd(widths[col]!))
      .join('  ')
      .trimEnd();
  out.push('', `  ${line(header)}`, `  ${line(widths.map((w) => '-'.repeat(w)))}`);
  comparison.rows.forEach((r, n) => {
    out.push(`${r.disagree ? '≠' : ' '} ${line(rows[n]!)}`);
  });
  out.push(
    '',
    plain
      ? '≠ the guidelines differ for you.  * the wording is not checked for that edition.  ? that part of the guideline has not been checked.'
      : "≠ the guidelines differ for this case.  * the rule's wording for that edition is not verified.  ? that guideline's text on the item was not read.",
  );

  const topics: Topic[] = [];
  for (const t of [d.topic, ...comparison.rows.map((r) => r.topic)]) if (t && !topics.includes(t)) topics.push(t);
  if (topics.length) {
    out.push('', plain ? 'WHY THE GUIDELINES DIFFER' : 'WHERE THE GUIDELINES DIFFER');
    for (const t of topics) {
      out.push('', `  ${t.title}`, `    ${plain ? t.plainSummary : t.summary}`);
      if (!plain) for (const c of t.citations) out.push(`      ${formatAnyCitation(c)}`);
    }
  }
  return out.join('\n');
}
