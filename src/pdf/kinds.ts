// The three PDF documents and which role gets which. Small and free of jsPDF: the app may import
// this statically; everything that pulls in jsPDF or the font is behind `await import('./pdf/export')`.
import type { Role } from '../../guidelines/ids.ts';

export const PDF_DOCS = ['clinician', 'referral', 'patient'] as const;
export type PdfDoc = (typeof PDF_DOCS)[number];

/** gp → clinician summary, nurse → referral/triage letter, patient → question sheet. */
export const PDF_DOC_FOR_ROLE: Record<Role, PdfDoc> = { gp: 'clinician', nurse: 'referral', patient: 'patient' };

export const PDF_TITLE: Record<PdfDoc, string> = {
  clinician: 'Clinician summary',
  referral: 'Referral and triage letter',
  patient: 'Questions for your appointment',
};

export interface PdfOptions {
  /** The date printed as "Generated", YYYY-MM-DD. Passed in so output is reproducible. */
  generatedOn: string;
}

/** e.g. `rpl-workup-clinician-summary-2026-11-23.pdf`. */
export function pdfFileName(doc: PdfDoc, generatedOn: string): string {
  return `rpl-workup-${PDF_TITLE[doc].toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${generatedOn}.pdf`;
}
