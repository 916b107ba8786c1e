// Export: one button per PDF document, the role's own document first. The renderer (jsPDF and its
// font) is loaded with import(), never in the first page load: prefetched (and warmed up on this
// step) in idle time, or when an export button is pointed at or focused (pdf-prefetch.ts).
import { useState } from 'react';
import { todayIso } from '../../engine/case-schema.ts';
import { downloadBlob, exportCaseFile } from '../../io/case-file.ts';
import { PDF_DOC_FOR_ROLE, PDF_DOCS, PDF_TITLE, type PdfDoc } from '../../pdf/kinds.ts';
import { useRole } from '../ui/role.ts';
import { prefetchPdf, usePdfPrefetch } from './pdf-prefetch.ts';
import { selectCase, selectEvaluation, Workup } from '../workup/workup-context.ts';

export function ExportPanel() {
  const role = useRole();
  const c = Workup.useSelector(selectCase);
  const evaluation = Workup.useSelector(selectEvaluation);
  const [busy, setBusy] = useState<PdfDoc | null>(null);
  const [message, setMessage] = useState('');
  const mine = PDF_DOC_FOR_ROLE[role];
  const docs = [mine, ...PDF_DOCS.filter((d) => d !== mine)];
  usePdfPrefetch({ doc: mine, c, e: evaluation, generatedOn: todayIso() });

  async function download(doc: PdfDoc) {
    if (!c || !evaluation || busy) return;
    setBusy(doc);
    setMessage(`Preparing ${PDF_TITLE[doc]}…`);
    try {
      const { exportPdf } = await import('../../pdf/export.ts');
      const { fileName, bytes } = await exportPdf(doc, c, evaluation, { generatedOn: todayIso() });
      setMessage(`Downloaded ${fileName} (${Math.max(1, Math.round(bytes / 1024))} KB). It was made on this device.`);
    } catch (e) {
      setMessage(`Could not make the PDF: ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  }

  function saveCaseFile() {
    if (!c) return;
    const { blob, filename } = exportCaseFile(c);
    downloadBlob(blob, filename);
    setMessage(`Saved ${filename}: the case file can be opened again on the first screen.`);
  }

  async function saveFhirBundle() {
    if (!c || !evaluation) return;
    // Loaded on click only; the bundle is built here and saved as a file, never sent anywhere.
    const { buildFhirBundle, fhirFileName } = await import('../../fhir/bundle.ts');
    const generatedOn = todayIso();
    const text = `${JSON.stringify(buildFhirBundle(c, evaluation, { generatedOn }), null, 2)}\n`;
    downloadBlob(new Blob([text], { type: 'application/fhir+json' }), fhirFileName(generatedOn));
    setMessage(`Saved ${fhirFileName(generatedOn)}: a FHIR R4 bundle for a record system. It was made on this device.`);
  }

  return (
    <section className="export-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <p className="hint">
        {role === 'patient' ? 'Save a PDF to print or take with you. It is made on this device.' : 'PDFs are made on this device; nothing is uploaded.'}
      </p>
      <div className="export-buttons">
        {docs.map((d) => (
          <button
            key={d}
            type="button"
            className={d === mine ? 'button' : 'button secondary'}
            aria-disabled={busy !== null}
            onClick={() => void download(d)}
            onPointerEnter={prefetchPdf}
            onFocus={prefetchPdf}
          >
            <span aria-hidden="true">⤓ </span>PDF: {PDF_TITLE[d]}
          </button>
        ))}
      </div>
      <p>
        <button type="button" className="button secondary" onClick={saveCaseFile}>
          <span aria-hidden="true">⤓ </span>Case file (JSON)
        </button>{' '}
        <button type="button" className="button secondary" onClick={() => void saveFhirBundle()}>
          <span aria-hidden="true">⤓ </span>FHIR bundle
        </button>
      </p>
      <p role="status" className="export-status">
        {message}
      </p>
    </section>
  );
}
