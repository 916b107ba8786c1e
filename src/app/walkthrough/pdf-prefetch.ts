// The PDF renderer (jsPDF and the embedded font, ~170 kB gzip) is never in the first load. Once the
// user reaches the review or summary step, or points at or focuses an export button, it is fetched
// and compiled in idle time through the same import() the export uses. On the summary step the
// role's own document is then rendered once in idle time and thrown away: most of a first PDF's time
// is the browser warming up jsPDF's code, and after that the first click is as fast as the second.
import { useEffect } from 'react';
import type { Case } from '../../engine/case-schema.ts';
import type { Evaluation } from '../../engine/evaluation.ts';
import type { PdfDoc } from '../../pdf/kinds.ts';
import { idle, whenIdle } from '../../pwa/idle.ts';

let prefetching: Promise<typeof import('../../pdf/export.ts') | undefined> | undefined;
let warmed = false;

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

/** Prefetch in the first idle period; with `warmUp` (the summary), also render that document once, unseen, in a later one. */
export function usePdfPrefetch(warmUp?: { doc: PdfDoc; c: Case | null | undefined; e: Evaluation | null | undefined; generatedOn: string }): void {
  const { doc, c, e, generatedOn } = warmUp ?? {};
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      void loadPdf().then(async (m) => {
        if (!m || !c || !e || !doc || warmed) return;
        await idle();
        if (!live || warmed) return;
        warmed = true;
        await m.renderPdf(doc, c, e, { generatedOn: generatedOn! }).catch(() => undefined);
      });
    });
    return () => {
      live = false;
      cancel();
    };
  }, [doc, c, e, generatedOn]);
}
