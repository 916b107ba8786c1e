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

/** Renders one document and hands it to the browser as a download. */
export async function exportPdf(doc: PdfDoc, c: Case, e: Evaluation, opts: PdfOptions & { fileName?: string }): Promise<ExportResult> {
  const bytes = await renderPdf(doc, c, e, opts);
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
 * For the benchmark (Node or Chromium): the time to load jsPDF and the font once, then each
 * document rendered `runs` times.
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
