// The clinician summary (GP): what is due and when, findings, flags, the checklist by domain, results.
import type { Case } from '../engine/case-schema.ts';
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import { worklist } from '../engine/summary.ts';
import { DOMAINS, type ItemId } from '../../guidelines/ids.ts';
import { definitionBlock, findingsBlock, flagsTable, lossHistory, notesBlock, patientBlock, redFlagsBlock } from './blocks.ts';
import type { Layout } from './layout.ts';
import { DOMAIN_LABEL, itemName, muted, resultText, statusText, verdictPara } from './labels.ts';
import { type References, referencesBlock } from './references.ts';
import { type Cell, COLOR, type RGB } from './style.ts';

function dueTable(L: Layout, e: Evaluation, refs: References): void {
  const w = worklist(e);
  const rows: { item: EvaluatedItem; when: string }[] = [
    ...w.orderNow.map((item) => ({ item, when: 'Now: order or arrange' })),
    ...w.repeatsDue.map((item) => ({ item, when: `Repeat from ${item.dueFrom ?? 'the repeat date'}` })),
    ...w.consider.map((item) => ({ item, when: 'Consider (conditional)' })),
    ...w.treatments.map((item) => ({ item, when: item.verdict === 'recommended' ? 'Treatment: discuss and plan' : 'Treatment: consider' })),
  ];
  L.heading('What is due and when');
  if (rows.length === 0) L.paragraph('Nothing outstanding under this guideline.');
  else {
    L.table(
      [{ header: 'Item', width: 0.48 }, { header: 'Verdict', width: 0.19 }, { header: 'When', width: 0.27 }, { header: 'Ref', width: 0.06 }],
      rows.map(({ item, when }) => [
        [{ text: item.name, bold: true, size: 8.5 }, muted(item.why)],
        verdictPara(item.verdict),
        { text: when, size: 8.5, bold: item.status === 'repeat-due' },
        refs.ref(item.citation),
      ]),
    );
  }
  const open = e.coreDomains.filter((d) => !d.resolved).map((d) => DOMAIN_LABEL[d.domain].toLowerCase());
  L.paragraph(muted(e.immuneGate === 'open'
    ? 'Immune step: open (the core workup is settled). Immune tests the guideline does not recommend stay flagged.'
    : `Immune step: closed until ${open.join(', ')} ${open.length === 1 ? 'is' : 'are'} settled.`, { size: 8, gap: 1 }));
  L.paragraph({
    text: `Referral: ${e.referral.meetsCriteria ? 'meets' : 'does not meet'} criteria. ${e.referral.rule} ${refs.ref(e.referral.citation)}`,
    size: 8.5, gap: 0.8,
  });
}

function checklist(L: Layout, e: Evaluation, refs: References): void {
  L.heading('Checklist by domain');
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
    { fills, keepWithNext: keep },
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
      ? [{ header: 'Test', width: 0.3 }, { header: 'Date', width: 0.13 }, { header: 'Result', width: 0.22 }, { header: 'Note', width: 0.35 }]
      : [{ header: 'Test', width: 0.45 }, { header: 'Date', width: 0.18 }, { header: 'Result', width: 0.37 }],
    results.map((r) => [
      { text: itemName(e, r.test as ItemId), size: 8.5 },
      { text: r.date, size: 8.5 },
      { text: resultText(r), size: 8.5 },
      ...(withNotes ? [{ text: r.note ?? '', size: 8.5 }] : []),
    ]),
  );
}

export function clinicianSummary(L: Layout, c: Case, e: Evaluation, refs: References): void {
  patientBlock(L, c, false);
  definitionBlock(L, e, refs);
  redFlagsBlock(L, e, refs, false);
  lossHistory(L, c, e, false);
  dueTable(L, e, refs);
  findingsBlock(L, e, refs, false);
  flagsTable(L, e, refs);
  checklist(L, e, refs);
  resultsTable(L, c, e, 'Results entered');
  notesBlock(L, c, true);
  referencesBlock(L, e, refs);
}
