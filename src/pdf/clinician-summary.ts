// The clinician summary (GP): page 1 stands alone (see first-page.ts); the appendix holds the
// definition, loss history, findings in detail, flags in full, the checklist by domain and results.
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { DOMAINS, type ItemId } from '../../guidelines/ids.ts';
import { definitionBlock, findingsDetail, flagsTable, lossHistory, notesBlock } from './blocks.ts';
import {
  actionsToday,
  appendix,
  definitionSummary,
  dontOffer,
  findingsFirst,
  patientLine,
  prognosisLine,
  referralSummary,
  signatureBlock,
} from './first-page.ts';
import type { Layout } from './layout.ts';
import { DOMAIN_LABEL, itemName, muted, resultText, statusText, verdictPara } from './labels.ts';
import { type References, referencesBlock } from './references.ts';
import { type Cell, COLOR, type RGB } from './style.ts';

function checklist(L: Layout, e: Evaluation, refs: References): void {
  L.heading('Checklist by domain');
  const open = e.coreDomains.filter((d) => !d.resolved).map((d) => DOMAIN_LABEL[d.domain].toLowerCase());
  L.paragraph(
    muted(
      e.immuneGate === 'open'
        ? 'Immune step: open (the core workup is settled). Immune tests the guideline does not recommend stay flagged.'
        : `Immune step: closed until ${open.join(', ')} ${open.length === 1 ? 'is' : 'are'} settled.`,
      { size: 8 },
    ),
  );
  const rows: Cell[][] = [];
  const fills: (RGB | undefined)[] = [];
  const keep: boolean[] = [];
  for (const domain of DOMAINS) {
    const items = e.items.filter((i) => i.domain === domain);
    if (!items.length) continue;
    rows.push([{ text: DOMAIN_LABEL[domain], bold: true, size: 8.5, color: COLOR.heading }, '', '', '', '']);
    fills.push(COLOR.groupFill);
    keep.push(true);
    for (const i of items) {
      const last = i.results.at(-1);
      rows.push([
        { text: i.name, size: 8.5 },
        verdictPara(i.verdict),
        { text: statusText(e, i), size: 8.5 },
        last ? { text: `${last.date}: ${resultText(last)}${i.results.length > 1 ? ` (${i.results.length} results)` : ''}`, size: 8.5 } : '',
        refs.ref(i.citation),
      ]);
      fills.push(undefined);
      keep.push(false);
    }
  }
  L.table(
    [
      { header: 'Item', width: 0.31 },
      { header: 'Verdict', width: 0.19 },
      { header: 'Status', width: 0.21 },
      { header: 'Latest result', width: 0.23 },
      { header: 'Ref', width: 0.06 },
    ],
    rows,
    { fills, keepWithNext: keep, compact: true },
  );
}

function resultsTable(L: Layout, c: Case, e: Evaluation, title: string): void {
  const order = new Map(e.items.map((i, n) => [i.id as string, n]));
  const results = [...(c.results ?? [])].sort((a, b) => (order.get(a.test) ?? 999) - (order.get(b.test) ?? 999) || a.date.localeCompare(b.date));
  L.heading(title);
  if (!results.length) {
    L.paragraph('No results entered.');
    return;
  }
  const withNotes = results.some((r) => r.note);
  L.table(
    withNotes
      ? [
          { header: 'Test', width: 0.3 },
          { header: 'Date', width: 0.13 },
          { header: 'Result', width: 0.22 },
          { header: 'Note', width: 0.35 },
        ]
      : [
          { header: 'Test', width: 0.45 },
          { header: 'Date', width: 0.18 },
          { header: 'Result', width: 0.37 },
        ],
    results.map((r) => [
      { text: itemName(e, r.test as ItemId), size: 8.5 },
      { text: r.date, size: 8.5 },
      { text: resultText(r), size: 8.5 },
      ...(withNotes ? [{ text: r.note ?? '', size: 8.5 }] : []),
    ]),
  );
}

export function clinicianSummary(L: Layout, c: Case, e: Evaluation, refs: References): void {
  patientLine(L, c, e);
  definitionSummary(L, e, refs);
  prognosisLine(L, e, refs);
  findingsFirst(L, e, refs);
  actionsToday(L, e, refs);
  dontOffer(L, e, refs);
  referralSummary(L, e, refs);
  signatureBlock(L, 'Reviewed by');

  appendix(L, 'Appendix: details, full checklist and references');
  notesBlock(L, c, true);
  definitionBlock(L, e, refs);
  lossHistory(L, c, e, false);
  findingsDetail(L, e, refs);
  flagsTable(L, e, refs);
  checklist(L, e, refs);
  resultsTable(L, c, e, 'Results entered');
  referencesBlock(L, e, refs);
}
