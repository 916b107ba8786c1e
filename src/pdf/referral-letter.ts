// The referral and triage letter (a nurse triaging, or a GP referring). Page 1 stands alone: the
// question, criteria and missing tests, findings, actions, what not to offer, and the referrer's
// signature block (first-page.ts). The appendix: history, tests with results, flags in full.
import type { Case } from '../engine/case-schema.ts';
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import { worklist } from '../engine/summary.ts';
import type { ItemId } from '../../guidelines/ids.ts';
import { STATUS_LABEL } from '../../guidelines/wording.ts';
import { findingsDetail, flagsTable, lossHistory, notesBlock } from './blocks.ts';
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
import { itemName, muted, resultText, verdictPara } from './labels.ts';
import { type References, referencesBlock } from './references.ts';
import { COLOR } from './style.ts';

export function referralLetter(L: Layout, c: Case, e: Evaluation, refs: References): void {
  const w = worklist(e);
  L.paragraph({ text: `To the recurrent pregnancy loss clinic: a summary for referral or triage, prepared with ${e.guideline.shortTitle}.`, size: 9 });
  L.space(1);
  patientLine(L, c, e);
  if (c.referralQuestion) {
    L.heading('Question for the clinic');
    L.box(c.referralQuestion, COLOR.groupFill);
  }
  definitionSummary(L, e, refs);
  referralSummary(L, e, refs);
  findingsFirst(L, e, refs);
  actionsToday(L, e, refs);
  dontOffer(L, e, refs);
  signatureBlock(L, 'Referred or triaged by');

  appendix(L, 'Appendix: history, tests, full flags and references');
  L.heading('Criteria in full');
  L.list(
    [
      { marker: '•', cell: { text: `${e.definition.rule} ${refs.ref(e.definition.citation)}`, size: 8.5 } },
      { marker: '•', cell: { text: `${e.referral.rule} ${refs.ref(e.referral.citation)}`, size: 8.5 } },
    ],
    { markerWidth: 4 },
  );
  prognosisLine(L, e, refs);
  lossHistory(L, c, e, false);

  const order = new Map(e.items.map((i, n) => [i.id as string, n]));
  const results = [...(c.results ?? [])].sort((a, b) => (order.get(a.test) ?? 999) - (order.get(b.test) ?? 999) || a.date.localeCompare(b.date));
  L.heading('Tests done, with results');
  if (!results.length) L.paragraph('No results entered.');
  else {
    L.table(
      [
        { header: 'Test', width: 0.32 },
        { header: 'Date', width: 0.13 },
        { header: 'Result', width: 0.49 },
        { header: 'Ref', width: 0.06 },
      ],
      results.map((r) => {
        const item = e.items.find((i) => i.id === r.test);
        return [
          { text: itemName(e, r.test as ItemId), size: 8.5 },
          { text: r.date, size: 8.5 },
          [{ text: resultText(r), size: 8.5 }, ...(r.note ? [muted(r.note)] : [])],
          item ? refs.ref(item.citation) : '',
        ];
      }),
    );
  }
  const declined = w.declined;
  if (declined.length) {
    L.heading('Declined', 2);
    L.table(
      [
        { header: 'Item', width: 0.32 },
        { header: 'Reason given', width: 0.62 },
        { header: 'Ref', width: 0.06 },
      ],
      declined.map((i) => [{ text: i.name, size: 8.5 }, { text: i.declinedReason ?? '', size: 8.5 }, refs.ref(i.citation)]),
    );
  }

  L.heading('Tests missing before referral');
  const missing = e.referral.missingBeforeReferral.map((id) => e.items.find((i) => i.id === id)).filter((i): i is EvaluatedItem => !!i);
  if (!missing.length) L.paragraph('None: every recommended investigation is done, declined or not needed.');
  else {
    L.table(
      [
        { header: 'Test', width: 0.44 },
        { header: 'Verdict', width: 0.19 },
        { header: 'When', width: 0.31 },
        { header: 'Ref', width: 0.06 },
      ],
      missing.map((i) => [
        { text: i.name, size: 8.5, bold: true },
        verdictPara(i.verdict),
        {
          text:
            i.status === 'repeat-due' ? `${STATUS_LABEL['repeat-due'].symbol} Repeat due from ${i.dueFrom}` : `${STATUS_LABEL['to-do'].symbol} Not yet done`,
          size: 8.5,
        },
        refs.ref(i.citation),
      ]),
    );
  }

  findingsDetail(L, e, refs);

  const treatments = w.treatments;
  if (treatments.length) {
    L.heading('Treatment the guideline suggests for this case');
    L.table(
      [
        { header: 'Treatment', width: 0.6 },
        { header: 'Verdict', width: 0.34 },
        { header: 'Ref', width: 0.06 },
      ],
      treatments.map((i) => [{ text: i.name, size: 8.5 }, verdictPara(i.verdict), refs.ref(i.citation)]),
    );
  }

  flagsTable(L, e, refs);
  notesBlock(L, c, false);

  referencesBlock(L, e, refs);
}
