// Which document to build. Each document is its own module; the blocks they share are in blocks.ts,
// the layout in layout.ts, and the words for verdicts, statuses and citations in guidelines/wording.ts.
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { clinicianSummary } from './clinician-summary.ts';
import type { PdfDoc } from './kinds.ts';
import type { Layout } from './layout.ts';
import { patientSheet } from './patient-sheet.ts';
import { References } from './references.ts';
import { referralLetter } from './referral-letter.ts';

export function buildDocument(doc: PdfDoc, L: Layout, c: Case, e: Evaluation): void {
  const refs = new References();
  if (doc === 'clinician') clinicianSummary(L, c, e, refs);
  else if (doc === 'referral') referralLetter(L, c, e, refs);
  else patientSheet(L, c, e, refs);
}
