// The browser entry for PDFs. The app loads it with `const { exportPdf } = await import('./pdf/export')`,
// so jsPDF and the embedded font (render.ts loads both with import()) stay out of the first page load.
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { PDF_DOCS, type PdfDoc, type PdfOptions, pdfFileName } from './kinds.ts';
import { loadPdfRuntime, renderPdf } from './render.ts';
import { downloadBlob } from '../io/files.ts';

export { loadPdfRuntime, renderPdf } from './render.ts';
export { PDF_DOC_FOR_ROLE, PDF_DOCS, PDF_TITLE, pdfFileName, type PdfDoc, type PdfOptions } from './kinds.ts';

export interface ExportResult {
  fileName: string;
  bytes: number;
}

// The document of each kind made last, keyed by everything that goes into them: the
// content of the case and its evaluation, the kind and the date. A PDF is a pure function of these
// (a test holds it to the same bytes), so a match is the document that would be made now. Keyed by
// content, not by object, so a case changed in place can never get an old document.
const made = new Map<PdfDoc, { key: string; bytes: Uint8Array }>();

/**
 * The document's bytes: made now, or the ones made from the same content before (the summary step
 * prepares the role's own document in idle time, so its first click only saves it).
 */
export async function preparePdf(doc: PdfDoc, c: Case, e: Evaluation, opts: PdfOptions): Promise<Uint8Array> {
  const key = JSON.stringify([doc, opts.generatedOn, c, e]);
  const last = made.get(doc);
  if (last?.key === key) return last.bytes;
  const bytes = await renderPdf(doc, c, e, opts);
  made.set(doc, { key, bytes });
  return bytes;
}

/** Makes one document (or takes the one prepared from the same content) and hands it to the browser as a download. */
export async function exportPdf(doc: PdfDoc, c: Case, e: Evaluation, opts: PdfOptions & { fileName?: string }): Promise<ExportResult> {
  const bytes = await preparePdf(doc, c, e, { generatedOn: opts.generatedOn });
  const fileName = opts.fileName ?? pdfFileName(doc, opts.generatedOn);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName);
  return { fileName, bytes: bytes.byteLength };
}

export interface PdfTiming {
  doc: PdfDoc;
  /** Wall time of each run, ms. */
  ms: number[];
  bytes: number;
}

/**
 * For the benchmark (`npm run bench`, in Node): the time to load jsPDF and the font once, then each
 * document made from scratch `runs` times (never a kept one).
 */
export async function timePdfs(
  c: Case,
  e: Evaluation,
  opts: PdfOptions,
  runs = 3,
  docs: readonly PdfDoc[] = PDF_DOCS,
): Promise<{ loadMs: number; docs: PdfTiming[] }> {
  const t0 = performance.now();
  await loadPdfRuntime();
  const loadMs = performance.now() - t0;
  const out: PdfTiming[] = [];
  for (const doc of docs) {
    const ms: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      bytes = (await renderPdf(doc, c, e, opts)).byteLength;
      ms.push(performance.now() - t);
    }
    out.push({ doc, ms, bytes });
  }
  return { loadMs, docs: out };
}
