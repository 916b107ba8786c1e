// Blocks that more than one document prints: definition, loss history, red flags, findings, flags
// and notes.
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import type { Layout } from './layout.ts';
import { muted, OUTCOME_LABEL, TISSUE_LABEL, verdictPara } from './labels.ts';
import type { References } from './references.ts';
import { type Cell, COLOR, type Para } from './style.ts';

export function definitionLine(e: Evaluation): string {
  const d = e.definition;
  return `Definition of recurrent pregnancy loss: ${d.met ? 'MET' : 'NOT MET'} under ${e.guideline.shortTitle}, ${d.losses} loss${d.losses === 1 ? '' : 'es'} counted`;
}

export function definitionBlock(L: Layout, e: Evaluation, refs: References): void {
  const d = e.definition;
  const paras: Para[] = [
    { text: definitionLine(e), bold: true, color: d.met ? COLOR.good : COLOR.alert, size: 10 },
    { text: `${e.guideline.shortTitle}: ${d.rule} ${refs.ref(d.citation)}`, gap: 1 },
  ];
  if (d.discretion && d.discretionText) paras.push({ text: d.discretionText, gap: 0.8 });
  paras.push(muted(`Not counted: ${d.excludes}`, { gap: 0.8 }));
  L.heading('Definition');
  L.box(paras, COLOR.groupFill);
}

export function lossHistory(L: Layout, c: Case, e: Evaluation, plain: boolean): void {
  L.heading(plain ? 'Your pregnancies' : 'Loss history');
  const rows: Cell[][] = e.definition.pregnancies.map((cp) => {
    const p = c.pregnancies[cp.index]!;
    const details = [
      p.gestationWeeks !== undefined ? `${p.gestationWeeks} weeks` : 'gestation not recorded',
      p.outcome !== 'loss' ? '' : p.visualised === true ? 'seen on scan' : p.visualised === false ? 'not seen on scan (pregnancy test only)' : '',
      p.tissueGenetics ? TISSUE_LABEL[p.tissueGenetics] : '',
    ]
      .filter(Boolean)
      .join('; ');
    return [
      String(cp.index + 1),
      OUTCOME_LABEL[p.outcome],
      details,
      { text: `${cp.counted ? '✓' : '–'} ${cp.reason.charAt(0).toUpperCase()}${cp.reason.slice(1)}`, color: cp.counted ? COLOR.text : COLOR.muted },
    ];
  });
  if (rows.length === 0) {
    L.paragraph('No pregnancies entered.');
    return;
  }
  L.table(
    [
      { header: '#', width: 0.05 },
      { header: 'Outcome', width: 0.17 },
      { header: 'Details', width: 0.3 },
      { header: `Counted under ${e.guideline.shortTitle}`, width: 0.48 },
    ],
    rows,
  );
}

/** Findings that carry detail lines (which results, which dates), in full; page 1 has the summary. */
export function findingsDetail(L: Layout, e: Evaluation, refs: References): void {
  const withDetail = e.findings.filter((f) => f.detail.length);
  if (!withDetail.length) return;
  L.heading('Findings in detail');
  L.list(
    withDetail.map((f) => ({
      marker: '•',
      cell: [{ text: `${f.why} ${refs.ref(f.citation)}`, size: 8.5 }, ...f.detail.map((x) => muted(`– ${x}`, { size: 8 }))],
    })),
    { markerWidth: 4 },
  );
}

export function flagsTable(L: Layout, e: Evaluation, refs: References): void {
  if (!e.flags.length) return;
  L.heading('Flagged: asked about, not recommended by this guideline');
  L.table(
    [
      { header: 'Item', width: 0.27 },
      { header: 'Why, harms and what to do instead', width: 0.67 },
      { header: 'Ref', width: 0.06 },
    ],
    e.flags.map((f) => [
      [
        { text: f.name, bold: true, size: 8.5 },
        { ...verdictPara(f.verdict), gap: 0.5 },
        muted(f.source === 'requested' ? 'asked about or offered' : 'a result was entered for it'),
      ],
      [
        { text: f.why, size: 8.5 },
        ...(f.harms ? [{ text: `Harms: ${f.harms}`, size: 8.5, gap: 0.8 }] : []),
        ...(f.instead ? [{ text: `Instead: ${f.instead}`, size: 8.5, gap: 0.8 }] : []),
      ],
      refs.ref(f.citation),
    ]),
  );
}

export function notesBlock(L: Layout, c: Case, withQuestion: boolean): void {
  if (withQuestion && c.referralQuestion) {
    L.heading('Question for the clinic');
    L.box(c.referralQuestion, COLOR.groupFill);
  }
  if (c.notes) {
    L.heading('Notes');
    L.paragraph(c.notes);
  }
}
