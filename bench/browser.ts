// Timings in the real browser: re-rendering a step with many items, and each PDF export
// (click to finished download, the first including the lazy load of jsPDF and the font).
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { HYDRATED } from '../src/hydrated.ts';

export const DEBUG_PORT = 9333;

/** With `withoutIdleWork`, requestIdleCallback never fires: nothing is prefetched (the PDF code loads on the click, as before issue 13). */
export async function launch({ withoutIdleWork = false, debugPort = DEBUG_PORT } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rpl-bench-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--remote-debugging-port=${debugPort}`,
    ],
  });
  if (withoutIdleWork)
    await context.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

/**
 * The JS and CSS files the first screen loads, in a fresh page that nobody touches: until React has
 * hydrated it and the network has then been quiet for a second (what waits for a person is not
 * loaded). Used by `npm run bench` and by the first-load e2e test, which holds the app to its budget.
 */
export async function firstScreenFiles(page: Page, origin: string): Promise<string[]> {
  await page.addInitScript((event) => {
    window.addEventListener(event, () => {
      (window as unknown as { __firstScreenHydrated: boolean }).__firstScreenHydrated = true;
    });
  }, HYDRATED);
  await page.goto(origin);
  await page.waitForFunction(() => (window as unknown as { __firstScreenHydrated?: boolean }).__firstScreenHydrated === true);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  return urls.map((u) => new URL(u).pathname.slice(1)).filter((f) => /^assets\/.+\.(js|css)$/.test(f));
}

/** Opens an example case file and walks to the review step (every core domain settled). */
export async function openCaseAtReview(page: Page, origin: string, caseFile: string): Promise<void> {
  await page.goto(origin, { waitUntil: 'networkidle' });
  await page.getByLabel('Choose a case file').setInputFiles(caseFile);
  await page.getByRole('heading', { level: 2, name: 'Definition', exact: true }).waitFor();
  await page.getByRole('button', { name: /^Next/ }).click();
  for (const step of ['Genetic', 'Anatomical', 'Hormonal and metabolic', 'Antiphospholipid']) {
    await page.getByRole('heading', { level: 2, name: step, exact: true }).waitFor();
    await page.getByRole('button', { name: /^Next/ }).click();
  }
  await page.getByRole('heading', { level: 2, name: 'Review', exact: true }).waitFor();
}

/** Mean time to re-render the review step (every item re-worded) when the role changes, until the next frame. */
export async function roleSwitchMs(page: Page, rounds = 10): Promise<{ ms: number; items: number }> {
  const items = await page.getByRole('article').count();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const role of ['nurse', 'gp']) {
      const start = await page.evaluate(() => performance.now());
      await page.getByRole('combobox', { name: 'View as' }).selectOption(role);
      const end = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))));
      times.push(end - start);
    }
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, items };
}

export async function toSummary(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Go to summary/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Summary', exact: true }).waitFor();
}

/** Click to download for each PDF button, twice (cold: loads jsPDF and the font; warm). */
export async function pdfTimings(page: Page): Promise<{ doc: string; coldMs: number; warmMs: number; bytes: number }[]> {
  const buttons = page.getByRole('button', { name: /^⤓ PDF: |^PDF: / });
  const names = await buttons.allTextContents();
  const out = [];
  for (const name of names) {
    const label = name.replace(/^⤓\s*/, '').trim();
    const once = async () => {
      const start = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
      const path = await download.path();
      return { ms: Date.now() - start, bytes: statSync(path).size };
    };
    const cold = await once();
    const warm = await once();
    out.push({ doc: label.replace(/^PDF: /, ''), coldMs: cold.ms, warmMs: warm.ms, bytes: warm.bytes });
  }
  return out;
}

/**
 * Waits as a reader of the summary would: until the idle-time prefetch has fetched jsPDF and the
 * font, then three seconds more (the warm-up render runs in idle time), then an idle moment.
 */
export async function pdfPrefetched(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const names = performance.getEntriesByType('resource').map((e) => e.name);
      return names.some((n) => /\/jspdf[^/]*\.js$/.test(n)) && names.some((n) => /\/dejavu-sans[^/]*\.js$/.test(n));
    },
    undefined,
    { timeout: 60_000 },
  );
  await page.waitForTimeout(3000);
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
}

/** Click to finished download of the first PDF button (the role's own document), once. */
export async function firstPdfClickMs(page: Page): Promise<number> {
  const button = page.getByRole('button', { name: /^⤓ PDF: |^PDF: / }).first();
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await download.path();
  return Date.now() - start;
}
