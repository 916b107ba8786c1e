// Words shared by the command line, the app and the PDF: verdict and status labels (always text,
// with a symbol, never colour alone), the disclaimer and how a citation is written.
import type { Citation } from './schema.ts';
import type { Severity, Status, Verdict } from './ids.ts';

const GUIDELINE_NAMES: Record<Citation['guideline'], string> = {
  'eshre-2022': 'ESHRE 2022',
  'rcog-2023': 'RCOG GTG 17 (2023)',
  'asrm-2012': 'ASRM 2012',
};

export const VERDICT_LABEL: Record<Verdict, { text: string; plain: string; symbol: string }> = {
  recommended: { text: 'Recommended', plain: 'Advised', symbol: '✓' },
  conditional: { text: 'Conditional', plain: 'Sometimes advised', symbol: '◐' },
  'not-recommended': { text: 'Not recommended', plain: 'Not advised', symbol: '✗' },
  'not-addressed': { text: 'Not addressed', plain: 'Not in the guideline', symbol: '–' },
};

export const STATUS_LABEL: Record<Status, { text: string; plain: string; symbol: string }> = {
  'to-do': { text: 'To do', plain: 'Still to do', symbol: '☐' },
  done: { text: 'Done', plain: 'Done', symbol: '☑' },
  'repeat-due': { text: 'Repeat due', plain: 'Needs repeating', symbol: '↻' },
  declined: { text: 'Declined', plain: 'Decided not to', symbol: '⊘' },
  'not-applicable': { text: 'Not applicable', plain: 'Not needed', symbol: '·' },
  deferred: { text: 'Deferred', plain: 'Later, not now', symbol: '»' },
};

/** The one clinical disclaimer, for the app, the PDFs and the command line. */
export const DISCLAIMER = 'Decision support, not a diagnosis: check against the full guideline and use clinical judgement.';
/** The same in plain words, for patients. */
export const PATIENT_DISCLAIMER = 'This helps you talk with your doctor. It does not give a diagnosis.';

export const SEVERITY_LABEL: Record<Severity, { text: string; plain: string; symbol: string }> = {
  urgent: { text: 'Urgent', plain: 'Act today', symbol: '⚠' },
  action: { text: 'Action', plain: 'Needs a plan', symbol: '!' },
  info: { text: 'Note', plain: 'Good to know', symbol: 'i' },
};

/** Put before an item's why when she takes the medicine now: supported for her (continue), or not (review, never stop unadvised). */
export const TAKEN_NOW = {
  continue: { text: 'She takes this now: continue.', plain: 'You take this now: keep taking it.' },
  review: {
    text: 'She takes this now: review it with whoever prescribed it; a prescribed medicine is not stopped without advice.',
    plain: 'You take this now. Talk to whoever prescribed it before you change or stop it.',
  },
} as const;

/** "A", "A and B", "A, B and C": a list as a sentence says it. */
export function andList(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function guidelineName(id: Citation['guideline']): string {
  return GUIDELINE_NAMES[id];
}

/** Who wrote the cited text: the guideline, or the document it points to (e.g. "NICE NG126"). */
export function citationSource(c: Citation): string {
  return c.source ?? guidelineName(c.guideline);
}

/** "ESHRE 2022 · 2017 rec 22 · Strong · ⊕○○○ very low" (+ " · UNVERIFIED for this edition"); "NICE NG126 · 1.5.2 · …" for a source the guideline points to. */
export function formatCitation(c: Citation): string {
  const parts = [citationSource(c), c.reference, c.strength, c.evidence];
  if (c.unverified) parts.push('UNVERIFIED for this edition');
  return parts.join(' · ');
}
