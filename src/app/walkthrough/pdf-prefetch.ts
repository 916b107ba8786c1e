// The PDF renderer (jsPDF and the embedded font, ~170 kB gzip) is never in the first load. Once the
// user reaches the review or summary step, or points at or focuses an export button, it is fetched
// and compiled in idle time through the same import() the export uses, so the first PDF click does
// not wait for it.
import { useEffect } from 'react';
import { whenIdle } from '../../pwa/idle.ts';

let prefetching: Promise<unknown> | undefined;

/** Starts loading the PDF code and font (once); a failure is forgotten, so the click tries again. */
export function prefetchPdf(): void {
  prefetching ??= import('../../pdf/export.ts')
    .then((m) => m.loadPdfRuntime())
    .catch(() => {
      prefetching = undefined;
    });
}

/** On a step from which a PDF is likely next: prefetch in the first idle period. */
export function usePdfPrefetch(): void {
  useEffect(() => whenIdle(prefetchPdf), []);
}
