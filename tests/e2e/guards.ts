// Shared by the privacy, offline and storage e2e tests: what the browser did (every request, CSP
// violations, console errors), and the text of downloaded PDFs as pdftotext reads it, next to the
// text the same renderer gives in Node for the same case (so a character lost in the browser shows).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { parseCaseFile } from '../../src/io/case-file.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import type { PdfDoc } from '../../src/pdf/kinds.ts';
import { renderPdf } from '../../src/pdf/render.ts';
import { ARTIFACTS, ORIGIN, type Session } from './browser.ts';

export const DOWNLOADS = `${ARTIFACTS}/e2e-downloads`;
mkdirSync(DOWNLOADS, { recursive: true });

export interface Watch {
  /** Every request the browser context made (pages and the service worker), in order. */
  requests: string[];
  /** Requests to anything but ORIGIN. data: and blob: URLs (local by nature) are listed apart in `local`. */
  offOrigin(): string[];
  /** data: and blob: URLs that were requested (never leave the device). */
  local(): string[];
  /** `securitypolicyviolation` events, in any page of the context, across reloads. */
  cspViolations: string[];
  /** console.error messages and uncaught page errors. */
  consoleErrors: string[];
}

/** Starts recording. Call before the first navigation. */
export async function watch(s: Session): Promise<Watch> {
  const w: Watch = {
    requests: [],
    cspViolations: [],
    consoleErrors: [],
    offOrigin: () => w.requests.filter((u) => !isLocal(u) && !u.startsWith(`${ORIGIN}/`)),
    local: () => w.requests.filter(isLocal),
  };
  s.context.on('request', (r) => {
    w.requests.push(r.url());
  });
  s.context.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(`${m.text()} (${m.location().url})`);
  });
  s.context.on('weberror', (e) => {
    w.consoleErrors.push(`uncaught: ${e.error().message}`);
  });
  await s.context.exposeBinding('__rplCspViolation', (_source, text: string) => {
    w.cspViolations.push(text);
  });
  await s.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __rplCspViolation(t: string): void }).__rplCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return w;
}

function isLocal(url: string): boolean {
  return url.startsWith('data:') || url.startsWith('blob:');
}

export interface Saved {
  name: string;
  path: string;
  text: string;
}

/** Saves a download under tests/artifacts/e2e-downloads/<prefix>-<name>; PDFs are read back with pdftotext. */
export async function save(download: Download, prefix: string): Promise<Saved> {
  const name = download.suggestedFilename();
  const path = join(DOWNLOADS, `${prefix}-${name}`);
  await download.saveAs(path);
  return { name, path, text: name.endsWith('.pdf') ? pdfText(path) : readFileSync(path, 'utf8') };
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { encoding: 'utf8' });
}

/**
 * The text of the same document rendered in Node from the case file the browser exported, for the
 * same "Generated" date: what the browser's PDF must read as, character for character.
 */
export async function nodePdfText(doc: PdfDoc, caseFileText: string, generatedOn: string, prefix: string): Promise<string> {
  const parsed = parseCaseFile(caseFileText, generatedOn);
  if (!parsed.ok) throw new Error(`the exported case file does not parse: ${JSON.stringify(parsed.problems)}`);
  const bytes = await renderPdf(doc, parsed.case, evaluateCase(parsed.case), { generatedOn });
  const path = join(DOWNLOADS, `${prefix}-node-${doc}.pdf`);
  writeFileSync(path, bytes);
  return pdfText(path);
}

/** How often each character that a Latin-1 font would lose appears. */
export function specials(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const ch of ['≥', '≤', 'β', 'µ', '–', '’']) {
    const n = text.split(ch).length - 1;
    if (n) out[ch] = n;
  }
  return out;
}
