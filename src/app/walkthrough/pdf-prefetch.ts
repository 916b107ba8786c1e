// The PDF renderer (jsPDF and the embedded font, ~170 kB gzip) is never in the first load. Once the
// user reaches the review or summary step, or points at or focuses an export button, it is fetched
// and compiled in idle time through the same import() the export uses. On the summary step the
// role's own document is then made in idle time and kept (preparePdf): its first click only saves
// it, unless the case has changed since, and jsPDF's code is warm for the other documents.
import { useEffect } from 'react';
import type { Case } from '../../engine/case-schema.ts';
import type { Evaluation } from '../../engine/evaluation.ts';
import type { PdfDoc } from '../../pdf/kinds.ts';
import { idle, whenIdle } from '../../pwa/idle.ts';

let prefetching: Promise<typeof import('../../pdf/export.ts') | undefined> | undefined;

/** Starts loading the PDF code and font (once); a failure is forgotten, so the click tries again. */
export function prefetchPdf(): void {
  void loadPdf();
}

function loadPdf() {
  prefetching ??= import('../../pdf/export.ts')
    .then(async (m) => {
      await m.loadPdfRuntime();
      return m;
    })
    .catch(() => {
      prefetching = undefined;
      return undefined;
    });
  return prefetching;
}

/** Prefetch in the first idle period; with `warmUp` (the summary), also make that document, unseen, in a later one. */
export function usePdfPrefetch(warmUp?: { doc: PdfDoc; c: Case | null | undefined; e: Evaluation | null | undefined; generatedOn: string }): void {
  const { doc, c, e, generatedOn } = warmUp ?? {};
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      void loadPdf().then(async (m) => {
        if (!m || !c || !e || !doc) return;
        await idle();
        if (!live) return;
        await m.preparePdf(doc, c, e, { generatedOn: generatedOn! }).catch(() => undefined);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [doc, c, e, generatedOn]);
}
