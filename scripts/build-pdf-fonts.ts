// Builds src/pdf/fonts/dejavu-sans.ts: DejaVu Sans (regular + bold) cut down to the characters the
// PDF can print, as base64 strings that both Vite (a lazily loaded chunk) and Node (the CLI) import.
//
//   npx tsx scripts/build-pdf-fonts.ts
//
// Re-run it when guideline files gain characters the subset lacks: tests/unit/pdf-fonts.test.ts
// fails and names them. Both faces hold Latin-1, Latin Extended-A, basic Greek, common punctuation,
// arrows, maths and check-box symbols, plus every character in the guideline files, the engine, the
// CLI and the PDF code; the regular face also holds the letters of names in other Latin letters
// (Vietnamese…), Greek, Cyrillic and Hebrew.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cmapCodePoints } from '../src/pdf/ttf-cmap.ts';

const require = createRequire(import.meta.url);
const subsetFont = require('subset-font') as (font: Buffer, text: string, options: Record<string, unknown>) => Promise<Buffer>;

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const fontDir = join(root, 'node_modules/dejavu-fonts-ttf/ttf');
const out = join(root, 'src/pdf/fonts/dejavu-sans.ts');

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// In both faces: the text of the documents themselves and Latin names.
const BOTH = [
  ...range(0x20, 0x7e), // Basic Latin
  ...range(0xa0, 0xff), // Latin-1 Supplement
  ...range(0x100, 0x17f), // Latin Extended-A (Polish, Czech, Turkish, Latvian, …)
  ...range(0x391, 0x3a1),
  ...range(0x3a3, 0x3a9),
  ...range(0x3b1, 0x3c9), // Greek letters (β2-glycoprotein, α, κ, µ/μ)
  ...range(0x2010, 0x2027),
  0x2030,
  0x2032,
  0x2033,
  0x2039,
  0x203a,
  0x2044, // punctuation
  0x203c,
  0x20ac,
  0x2116,
  0x2122, // ‼ € № ™
  ...range(0x2190, 0x2193),
  0x21bb, // arrows
  0x2212,
  0x2248,
  0x2260,
  0x2264,
  0x2265,
  0x2295,
  0x2298,
  0x221e, // maths: − ≈ ≠ ≤ ≥ ⊕ ⊘ ∞
  0x25a0,
  0x25a1,
  0x25aa,
  0x25cb,
  0x25cf,
  0x25d0, // ■ □ ▪ ○ ● ◐
  0x2610,
  0x2611,
  0x2612,
  0x26a0,
  0x2713,
  0x2714,
  0x2717,
  0x2718, // ☐ ☑ ☒ ⚠ ✓ ✔ ✗ ✘
];

// In the regular face only (a bold line holding them is drawn regular, see src/pdf/layout.ts): names
// in other Latin letters, Greek, Cyrillic and Hebrew, alphabets DejaVu Sans draws without shaping.
// Other scripts (Arabic, Thai, Indic, CJK, Armenian, Georgian…) are left out to keep the chunk
// small; src/pdf/scripts.ts names them in the document instead.
const NAMES = [
  0x18f,
  0x1a0,
  0x1a1,
  0x1af,
  0x1b0,
  ...range(0x1c4, 0x1dc),
  0x1e6,
  0x1e7,
  ...range(0x218, 0x21b),
  0x259, // Ə ơ ư, digraphs, pinyin ǎ, ș ț, ə
  ...range(0x384, 0x3ce).filter((cp) => ![0x38b, 0x38d, 0x3a2].includes(cp)), // Greek with tonos and final sigma
  ...range(0x400, 0x45f),
  0x490,
  0x491, // Cyrillic: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian
  ...range(0x5b0, 0x5bc),
  0x5be,
  0x5c1,
  0x5c2,
  ...range(0x5d0, 0x5ea),
  ...range(0x5f0, 0x5f4), // Hebrew letters, points, maqaf
  ...range(0x1e80, 0x1e85),
  ...range(0x1ea0, 0x1ef9), // Welsh ẁ ẃ ẅ, Vietnamese
];

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'fonts' ? [] : filesUnder(p, ext);
    return ext.test(d.name) ? [p] : [];
  });
}

const sources = [
  ...filesUnder(join(root, 'guidelines'), /\.(json|ts)$/),
  ...filesUnder(join(root, 'src/engine'), /\.ts$/),
  ...filesUnder(join(root, 'src/cli'), /\.ts$/),
  ...filesUnder(join(root, 'src/pdf'), /\.ts$/),
];
const wanted = new Set<number>(BOTH);
for (const f of sources)
  for (const ch of readFileSync(f, 'utf8')) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) wanted.add(cp);
  }

const faces = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
const wantedIn = { regular: new Set([...wanted, ...NAMES]), bold: wanted };
const encoded: Record<string, string> = {};
const covered: Set<number>[] = [];
for (const [face, file] of Object.entries(faces)) {
  const full = readFileSync(join(fontDir, file));
  const has = cmapCodePoints(full);
  const want = wantedIn[face as keyof typeof faces];
  const missing = [...want].filter((cp) => !has.has(cp));
  if (missing.length) {
    console.log(`${file}: no glyph for ${missing.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`).join(', ')}`);
  }
  const text = String.fromCodePoint(...[...want].filter((cp) => has.has(cp)));
  const subset = await subsetFont(full, text, {
    targetFormat: 'truetype',
    noHinting: true, // screen hinting is useless in a PDF
    keepFeatures: [], // jsPDF does no shaping: ligatures and kerning tables are dead weight
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'FFTM', 'MATH', 'gasp'],
  });
  const kept = cmapCodePoints(subset);
  covered.push(kept);
  encoded[face] = subset.toString('base64');
  console.log(
    `${file}: ${full.length} bytes, ${has.size} characters -> subset ${subset.length} bytes, ${kept.size} characters (base64 ${encoded[face]!.length})`,
  );
}
const regular = [...covered[0]!].sort((a, b) => a - b);
const bold = [...covered[1]!].sort((a, b) => a - b);

const version = (JSON.parse(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/package.json'), 'utf8')) as { version: string }).version;
writeFileSync(
  out,
  `// GENERATED by scripts/build-pdf-fonts.ts from dejavu-fonts-ttf ${version}: do not edit by hand.\n` +
    '// DejaVu Sans, subset. Fonts (c) Bitstream (Bitstream Vera licence), DejaVu changes public domain;\n' +
    "// the licence is in ./DejaVu-LICENSE.txt and in each subset font's name table.\n" +
    '// This module is large: import it only with a dynamic import().\n\n' +
    `export const REGULAR_BASE64 = '${encoded.regular}';\n\n` +
    `export const BOLD_BASE64 = '${encoded.bold}';\n\n` +
    '/** Every character the regular face can print; anything else is replaced before printing. */\n' +
    `export const COVERED = ${JSON.stringify(String.fromCodePoint(...regular))};\n\n` +
    '/** Every character the bold face can print (a subset of COVERED): a bold line with others is drawn regular. */\n' +
    `export const COVERED_BOLD = ${JSON.stringify(String.fromCodePoint(...bold))};\n`,
);
writeFileSync(join(root, 'src/pdf/fonts/DejaVu-LICENSE.txt'), readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/LICENSE')));
console.log(`wrote ${out} (${regular.length} characters regular, ${bold.length} bold)`);
