// renderPdf: one of the three documents as PDF bytes, in the browser or in Node. jsPDF and the
// embedded font are loaded here with dynamic imports, so they are fetched only when a PDF is made.
import type { jsPDF } from 'jspdf';
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { andList, DISCLAIMER, PATIENT_DISCLAIMER } from '../../guidelines/wording.ts';
import { buildDocument } from './documents.ts';
import { type PdfDoc, type PdfOptions, PDF_TITLE } from './kinds.ts';
import { Layout } from './layout.ts';
import { BODY_SIZE, COLOR, FAMILY, PAGE } from './style.ts';
import { scriptOf } from './scripts.ts';
import { makeCleaner } from './text.ts';

export type { PdfDoc, PdfOptions } from './kinds.ts';

/** What a PDF needs at run time: jsPDF and the two font faces (base64 TrueType). */
export interface PdfRuntime {
  JsPDF: typeof jsPDF;
  regular: string;
  bold: string;
  /** Every character the regular face can draw; others are printed as "?". */
  covered: string;
  /** Every character the bold face can draw (a subset of `covered`); absent, the same as `covered`. */
  coveredBold?: string;
}
let loading: Promise<PdfRuntime> | null = null;

/** jsPDF and the font subset, loaded once (both are lazy chunks in the app). */
export function loadPdfRuntime(): Promise<PdfRuntime> {
  loading ??= Promise.all([import('jspdf'), import('./fonts/dejavu-sans.ts')]).then(([j, f]) => ({
    JsPDF: j.jsPDF,
    regular: f.REGULAR_BASE64,
    bold: f.BOLD_BASE64,
    covered: f.COVERED,
    coveredBold: f.COVERED_BOLD,
  }));
  return loading;
}

/** The text, shortened with an ellipsis to fit a width (mm) in the current font. */
function fit(d: jsPDF, s: string, width: number): string {
  if (d.getTextWidth(s) <= width) return s;
  let t = s;
  while (t.length > 1 && d.getTextWidth(`${t}…`) > width) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

function drawFrame(d: jsPDF, clean: (s: string) => string, doc: PdfDoc, e: Evaluation, opts: PdfOptions): void {
  const pages = d.getNumberOfPages();
  const title = `RPL Workup: ${PDF_TITLE[doc]}`;
  const edition = `${e.guideline.shortTitle} · rules ${e.guideline.ruleVersion}`;
  const disclaimer = doc === 'patient' ? PATIENT_DISCLAIMER : DISCLAIMER;
  const right = PAGE.width - PAGE.right;
  const text = (s: string, x: number, y: number, align: 'left' | 'right' = 'left') => {
    const t = clean(s);
    d.text(t, align === 'right' ? x - d.getTextWidth(t) : x, y);
  };
  for (let p = 1; p <= pages; p++) {
    d.setPage(p);
    d.setFont(FAMILY, 'bold');
    d.setFontSize(12);
    d.setTextColor(...COLOR.heading);
    text(title, PAGE.left, 12);
    d.setFont(FAMILY, 'normal');
    d.setFontSize(8.5);
    d.setTextColor(...COLOR.text);
    text(edition, right, 12, 'right');
    d.setFontSize(7.5);
    d.setTextColor(...COLOR.muted);
    const generated = `Generated ${opts.generatedOn}`;
    text(generated, right, 17, 'right');
    text(fit(d, clean(e.guideline.title), PAGE.width - PAGE.left - PAGE.right - d.getTextWidth(generated) - 6), PAGE.left, 17);
    d.setDrawColor(...COLOR.heading);
    d.setLineWidth(0.4);
    d.line(PAGE.left, 19.5, right, 19.5);

    const footY = PAGE.height - PAGE.bottom + 4;
    d.setDrawColor(...COLOR.rule);
    d.setLineWidth(0.2);
    d.line(PAGE.left, footY - 1.5, right, footY - 1.5);
    d.setFontSize(7.5);
    d.setTextColor(...COLOR.muted);
    const lines = d.splitTextToSize(clean(disclaimer), 140) as string[];
    lines.forEach((l, i) => {
      d.text(l, PAGE.left, footY + 2.6 + i * 3.2);
    });
    d.setFont(FAMILY, 'bold');
    d.setFontSize(8.5);
    d.setTextColor(...COLOR.text);
    text(`Page ${p} of ${pages}`, right, footY + 2.8, 'right');
  }
}

/** A deterministic PDF id from the inputs, so the same case and date give the same bytes. */
function fileId(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    h1 = Math.imul(h1 ^ s.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + s.charCodeAt(i), 2246822519) >>> 0;
  }
  return [h1, h2, (h1 ^ h2) >>> 0, (h1 + h2) >>> 0]
    .map((n) => n.toString(16).padStart(8, '0'))
    .join('')
    .toUpperCase();
}

/** One of the three documents for a case and its evaluation, as PDF bytes (A4). */
export async function renderPdf(doc: PdfDoc, c: Case, e: Evaluation, opts: PdfOptions): Promise<Uint8Array> {
  return renderPdfWith(await loadPdfRuntime(), doc, c, e, opts);
}

/** renderPdf with a given runtime (the benchmark uses it to compare the full font with the subset). */
export function renderPdfWith(runtime: PdfRuntime, doc: PdfDoc, c: Case, e: Evaluation, opts: PdfOptions): Uint8Array {
  const { JsPDF, regular, bold, covered, coveredBold } = runtime;
  const d = new JsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  d.addFileToVFS('DejaVuSans.ttf', regular);
  d.addFont('DejaVuSans.ttf', FAMILY, 'normal', undefined, 'Identity-H');
  d.addFileToVFS('DejaVuSans-Bold.ttf', bold);
  d.addFont('DejaVuSans-Bold.ttf', FAMILY, 'bold', undefined, 'Identity-H');
  d.setFont(FAMILY, 'normal');
  d.setFontSize(BODY_SIZE);
  d.setLineHeightFactor(1.3);

  const cleaner = makeCleaner(covered, coveredBold);
  const L = new Layout(d, cleaner);
  buildDocument(doc, L, c, e);
  if (cleaner.replaced.size) {
    const scripts = andList([...new Set([...cleaner.replaced].map(scriptOf))]);
    L.paragraph({
      text: `Some text entered contains ${scripts} characters that this PDF cannot show; each is printed as "?".`,
      size: 7.5,
      color: COLOR.muted,
      gap: 2,
    });
  }
  drawFrame(d, cleaner.clean, doc, e, opts);

  d.setProperties({
    title: `RPL Workup: ${PDF_TITLE[doc]}`,
    subject: `${e.guideline.shortTitle}, rules ${e.guideline.ruleVersion}`,
    creator: 'RPL Workup',
  });
  d.setLanguage('en-GB');
  const when = new Date(`${opts.generatedOn}T00:00:00Z`);
  if (!Number.isNaN(when.getTime())) d.setCreationDate(when);
  d.setFileId(fileId(`${doc}|${opts.generatedOn}|${JSON.stringify(c)}|${e.guideline.id}|${e.guideline.ruleVersion}`));
  return new Uint8Array(d.output('arraybuffer'));
}
