// @vitest-environment node
// The embedded font: a subset that still has every character the PDFs print, and text that comes
// back out of the PDF as it went in (≥, ≤, β, µ, en dash, evidence and check-box symbols).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATUS_LABEL, VERDICT_LABEL } from '../../guidelines/wording.ts';
import { BOLD_BASE64, COVERED, COVERED_BOLD, REGULAR_BASE64 } from '../../src/pdf/fonts/dejavu-sans.ts';
import { cmapCodePoints } from '../../src/pdf/ttf-cmap.ts';
import { PDF_DOCS } from '../../src/pdf/kinds.ts';
import { flat, pdfText, renderTo, validCase } from '../support/pdf.ts';

const root = join(import.meta.dirname, '../..');
const covered = new Set([...COVERED].map((ch) => ch.codePointAt(0)!));
// The documents' own words may be bold, so they must be in the bold face (the smaller set).
const coveredBold = new Set([...COVERED_BOLD].map((ch) => ch.codePointAt(0)!));

function uncovered(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (!coveredBold.has(cp)) out.add(`U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${ch}`);
  }
  return [...out];
}

describe('the font subset', () => {
  const regular = Buffer.from(REGULAR_BASE64, 'base64');
  const bold = Buffer.from(BOLD_BASE64, 'base64');

  it('has a glyph in each face for every character it claims; bold claims a subset of regular', () => {
    for (const [face, claims] of [
      [regular, covered],
      [bold, coveredBold],
    ] as const) {
      const has = cmapCodePoints(new Uint8Array(face));
      expect([...claims].filter((cp) => !has.has(cp))).toEqual([]);
    }
    expect([...coveredBold].filter((cp) => !covered.has(cp))).toEqual([]);
  });

  it('is much smaller than DejaVu Sans', () => {
    const full = statSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf')).size;
    expect(regular.length).toBeLessThan(full / 10);
    expect(bold.length).toBeLessThan(60_000);
  });

  it('covers every character of every guideline file and the catalogue (else run scripts/build-pdf-fonts.ts)', () => {
    const dir = join(root, 'guidelines');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      expect(uncovered(readFileSync(join(dir, f), 'utf8')), f).toEqual([]);
    }
  });

  it("covers the labels, symbols and the PDF code's own words", () => {
    const labels = [...Object.values(VERDICT_LABEL), ...Object.values(STATUS_LABEL)].map((l) => `${l.symbol}${l.text}${l.plain}`).join('');
    expect(uncovered(labels)).toEqual([]);
    for (const f of readdirSync(join(root, 'src/pdf')).filter((n) => n.endsWith('.ts'))) {
      expect(uncovered(readFileSync(join(root, 'src/pdf', f), 'utf8')), f).toEqual([]);
    }
    for (const f of ['guidelines/wording.ts', 'src/engine/patient-questions.ts', 'src/engine/definition.ts', 'src/engine/results.ts']) {
      expect(uncovered(readFileSync(join(root, f), 'utf8')), f).toEqual([]);
    }
  });
});

describe('text outside Latin-1 survives the round trip', () => {
  const symbols = ['≥', '≤', 'β2-glycoprotein I', 'µmol/L', 'µg/L', '40–50', '⊕⊕○○', '✓', '✗', '☐', '☑', '↻', '⊘', '◐', '⚠', 'Łódź', 'Ørsted'];
  const c = validCase({
    schemaVersion: 1,
    patient: { age: 35, name: 'Łódź Ørsted' },
    pregnancies: [
      { outcome: 'loss', gestationWeeks: 7 },
      { outcome: 'loss', gestationWeeks: 8 },
    ],
    results: [
      { test: 'prolactin', date: '2026-02-01', value: 12, unit: 'µg/L' },
      { test: 'homocysteine', date: '2026-02-01', value: 9, unit: 'µmol/L' },
    ],
    notes: `Symbols: ${symbols.join(' ')}`,
  });

  it.each(['clinician', 'referral'] as const)('%s', async (doc) => {
    const file = await renderTo(`symbols--${doc}`, doc, c);
    const text = flat(pdfText(file, { mode: 'raw' }));
    expect(text).toContain(`Symbols: ${symbols.join(' ')}`);
    if (doc === 'clinician') expect(text).toContain('Anti-β2-glycoprotein I antibodies');
    expect(text).toContain('12 µg/L');
    expect(text).not.toContain('cannot be printed');
  });
});

describe('names in other alphabets', () => {
  const caseFor = (name: string) =>
    validCase({
      schemaVersion: 1,
      patient: { age: 30, name },
      pregnancies: [
        { outcome: 'loss', gestationWeeks: 7 },
        { outcome: 'loss', gestationWeeks: 8 },
      ],
    });
  // pdftotext marks right-to-left runs with embedding controls; the words themselves must come back.
  const words = (s: string) =>
    flat(s.replace(/[\u202a-\u202e]/g, ' '))
      .split(' ')
      .filter(Boolean);

  it.each([
    ['Greek', 'Ελένη Παπαδοπούλου'],
    ['Cyrillic', 'Анна Иванова-Шевчук'],
    ['Hebrew', 'שרה כהן'],
    ['Vietnamese', 'Nguyễn Thị Hương'],
    ['Latin with Hebrew', 'Sarah שרה Cohen'],
  ])('%s names read back on page 1 of every document', async (script, name) => {
    for (const doc of PDF_DOCS) {
      const file = await renderTo(`name-${script}--${doc}`, doc, caseFor(name));
      const page1 = words(pdfText(file, { page: 1, mode: 'raw' }));
      for (const w of name.split(' ')) expect(page1, `${doc}: ${w}`).toContain(w);
      expect(pdfText(file)).not.toContain('cannot show');
    }
  });

  it('a right-to-left name does not turn the rest of its line around', async () => {
    const file = await renderTo('name-hebrew-line', 'clinician', caseFor('שרה כהן'));
    expect(flat(pdfText(file, { page: 1, mode: 'raw' }))).toContain('· age 30');
  });

  it.each([
    ['Thai', 'สมชาย Somchai'],
    ['Arabic', 'فاطمة Fatima'],
    ['Korean', '김민지 Kim'],
  ])('a %s name is named as not shown, never silently replaced', async (script, name) => {
    for (const doc of PDF_DOCS) {
      const file = await renderTo(`name-unshown-${script}--${doc}`, doc, caseFor(name));
      expect(flat(pdfText(file, { page: 1 }))).toContain(`This name contains ${script} characters that this PDF cannot show.`);
      expect(flat(pdfText(file))).toContain(`Some text entered contains ${script} characters that this PDF cannot show; each is printed as "?".`);
    }
  });

  it('the font chunk stays small (Latin, Greek, Cyrillic and Hebrew letters only)', () => {
    expect(statSync(join(root, 'src/pdf/fonts/dejavu-sans.ts')).size).toBeLessThan(105_000);
  });
});
