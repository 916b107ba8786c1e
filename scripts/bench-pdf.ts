// PDF generation time and size in Node, for each example case and each document:
//
//   npx tsx scripts/bench-pdf.ts [--runs 5] [--json]
//
// Prints the one-off cost of loading jsPDF and the font, then per document the first (cold) and
// median warm render time and the size, next to the size the same PDF has with the whole DejaVu
// Sans embedded instead of the subset. `npm run bench` reports one case's render times (timePdfs).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rawGuidelines } from '../guidelines/index.ts';
import { validateCase } from '../src/engine/case-schema.ts';
import { evaluateCase } from '../src/engine/evaluate.ts';
import { PDF_DOCS } from '../src/pdf/kinds.ts';
import { loadPdfRuntime, type PdfRuntime, renderPdfWith } from '../src/pdf/render.ts';
import { cmapCodePoints } from '../src/pdf/ttf-cmap.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const asJson = args.includes('--json');
const root = join(dirname(new URL(import.meta.url).pathname), '..');
const examplesDir = join(root, '../shared/examples');
const generatedOn = '2026-11-23';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const t0 = performance.now();
const subset = await loadPdfRuntime();
const loadMs = performance.now() - t0;

const fullRegular = readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const fullBold = readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
const fullCovered = [...cmapCodePoints(new Uint8Array(fullRegular))].filter((cp) => cmapCodePoints(new Uint8Array(fullBold)).has(cp));
const full: PdfRuntime = {
  JsPDF: subset.JsPDF,
  regular: fullRegular.toString('base64'),
  bold: fullBold.toString('base64'),
  covered: String.fromCodePoint(...fullCovered),
};
const fontModule = readFileSync(join(root, 'src/pdf/fonts/dejavu-sans.ts'));

const fonts = {
  fullTtfBytes: { regular: fullRegular.length, bold: fullBold.length },
  subsetTtfBytes: { regular: Buffer.from(subset.regular, 'base64').length, bold: Buffer.from(subset.bold, 'base64').length },
  fontModuleBytes: fontModule.length,
  fontModuleGzipBytes: gzipSync(fontModule).length,
};

interface Row {
  example: string;
  guideline: string;
  doc: string;
  pages: number;
  coldMs: number;
  medianMs: number;
  bytes: number;
  bytesFullFont: number;
  msFullFont: number;
}
const rows: Row[] = [];
for (const f of readdirSync(examplesDir)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const v = validateCase(JSON.parse(readFileSync(join(examplesDir, f), 'utf8')), generatedOn);
  if (!v.ok) continue;
  const c = v.value;
  const guideline = c.guideline && rawGuidelines[c.guideline] ? c.guideline : 'eshre-2022';
  const e = evaluateCase(c, guideline);
  for (const doc of PDF_DOCS) {
    const times: number[] = [];
    let bytes: Uint8Array = new Uint8Array();
    for (let i = 0; i < runs + 1; i++) {
      const t = performance.now();
      bytes = renderPdfWith(subset, doc, c, e, { generatedOn });
      times.push(performance.now() - t);
    }
    const tf = performance.now();
    const withFull = renderPdfWith(full, doc, c, e, { generatedOn });
    const msFullFont = performance.now() - tf;
    const pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
    rows.push({
      example: f.replace(/\.json$/, ''),
      guideline,
      doc,
      pages,
      coldMs: times[0]!,
      medianMs: median(times.slice(1)),
      bytes: bytes.length,
      bytesFullFont: withFull.length,
      msFullFont,
    });
  }
}

if (asJson) {
  console.log(JSON.stringify({ node: process.version, runs, loadMs, fonts, rows }, null, 2));
} else {
  console.log(`Node ${process.version}; ${runs} warm runs per document (median shown)`);
  console.log(`Load jsPDF + font subset: ${loadMs.toFixed(0)} ms`);
  console.log(
    `Font: DejaVu Sans ${kb(fonts.fullTtfBytes.regular)} + Bold ${kb(fonts.fullTtfBytes.bold)} -> subset ${kb(fonts.subsetTtfBytes.regular)} + ${kb(fonts.subsetTtfBytes.bold)}; font module ${kb(fonts.fontModuleBytes)} (${kb(fonts.fontModuleGzipBytes)} gzip)`,
  );
  console.log('');
  const head = ['example', 'guideline', 'document', 'pages', 'first ms', 'median ms', 'size', 'size (whole font)', 'ms (whole font)'];
  const body = rows.map((r) => [
    r.example,
    r.guideline,
    r.doc,
    String(r.pages),
    r.coldMs.toFixed(0),
    r.medianMs.toFixed(0),
    kb(r.bytes),
    kb(r.bytesFullFont),
    r.msFullFont.toFixed(0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  for (const line of [head, widths.map((w) => '-'.repeat(w)), ...body]) console.log(line.map((x, i) => x.padEnd(widths[i]!)).join('  '));
}
