// Reading PDFs back as a person's tools would: pdftotext (poppler-utils) and pdfinfo.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawGuidelines } from '../../guidelines/index.ts';
import type { Citation } from '../../guidelines/schema.ts';
import { type Case, validateCase } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import type { Evaluation } from '../../src/engine/evaluation.ts';
import { GUIDELINE_IDS, type GuidelineId } from '../../guidelines/ids.ts';
import type { PdfDoc } from '../../src/pdf/kinds.ts';
import { renderPdf } from '../../src/pdf/render.ts';

export const GENERATED_ON = '2026-11-23';
export const ARTIFACTS = join(import.meta.dirname, '../artifacts/pdf');
export const EXAMPLES_DIR = join(import.meta.dirname, '../fixtures');

/** Guidelines that have a rule file now (others are picked up when they land). */
export const AVAILABLE_GUIDELINES: GuidelineId[] = GUIDELINE_IDS.filter((id) => rawGuidelines[id] !== undefined);

export function exampleCases(): { name: string; c: Case }[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const v = validateCase(JSON.parse(readFileSync(join(EXAMPLES_DIR, f), 'utf8')), GENERATED_ON);
      if (!v.ok) throw new Error(`${f} is invalid: ${JSON.stringify(v.problems)}`);
      return { name: f.replace(/\.json$/, ''), c: v.value };
    });
}

export function validCase(raw: unknown): Case {
  const v = validateCase(raw, GENERATED_ON);
  if (!v.ok) throw new Error(`test case is invalid: ${JSON.stringify(v.problems)}`);
  return v.value;
}

/** Renders a document and writes it to tests/artifacts/pdf/<name>.pdf; returns the path. */
export async function renderTo(name: string, doc: PdfDoc, c: Case, e: Evaluation = evaluateCase(c, c.guideline ?? 'eshre-2022')): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, await renderPdf(doc, c, e, { generatedOn: GENERATED_ON }));
  return file;
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/** Text of the whole file or one page. `raw` keeps drawing order (a wrapped cell stays together). */
export function pdfText(file: string, opts: { page?: number; mode?: 'layout' | 'raw' } = {}): string {
  const args = [opts.mode === 'raw' ? '-raw' : '-layout'];
  if (opts.page) args.push('-f', String(opts.page), '-l', String(opts.page));
  return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Whitespace collapsed, so text wrapped over lines compares as one string. */
export function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

export function citationsOf(...lists: { citation: Citation }[][]): Citation[] {
  return lists.flat().map((x) => x.citation);
}

interface Word {
  page: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every word with its box (pt, from the top of the page), via `pdftotext -bbox`. */
export function words(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, yMin: Number(m[1]), yMax: Number(m[2]), text: m[3]! });
  }
  return out;
}

const MM = 72 / 25.4;
/**
 * Words that cross into the running header (ends at 19.5 mm) or footer (starts at 276.5 mm) from
 * the body, i.e. body text that would overlap the frame.
 */
export function frameOverlaps(file: string): Word[] {
  const headerEnd = 19.5 * MM;
  const footerStart = (297 - 19) * MM;
  return words(file).filter((w) => (w.yMin < headerEnd && w.yMax > headerEnd) || (w.yMin < footerStart && w.yMax > footerStart + 0.5));
}
