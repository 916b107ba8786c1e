// Launches Debian's Chromium through playwright-core and records any request that leaves the app's origin.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { HYDRATED } from '../../src/hydrated.ts';

export const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
export const ARTIFACTS = 'tests/artifacts';

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request to another origin; the route aborts them. */
  offOrigin: string[];
  close(): Promise<void>;
}

/**
 * Waits until React has hydrated the page: the prerendered screen paints, and clicks on it are
 * held, before the app is live; a test that acts in another tab first must wait for this.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true);
}

/**
 * A fresh first screen over exactly `seed` in localStorage, as a page load would find it. The first
 * load's store must have read the (empty) storage before the seed is written, or it reads and repairs
 * the seed itself, and the reload finds it already repaired.
 */
export async function loadWith(page: Page, seed: Record<string, string>): Promise<void> {
  await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  await hydrated(page);
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of entries) localStorage.setItem(k, v);
  }, Object.entries(seed));
  await page.reload({ waitUntil: 'load' });
  await page.getByRole('heading', { level: 1, name: 'RPL Workup' }).waitFor();
}

export async function openSession(viewport = { width: 1280, height: 900 }): Promise<Session> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rpl-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // src/main.tsx says when React has hydrated the prerendered screen (see hydrated()).
  await context.addInitScript((event) => {
    window.addEventListener(event, () => {
      (window as unknown as { __hydrated: boolean }).__hydrated = true;
    });
  }, HYDRATED);
  const offOrigin: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === ORIGIN) return route.continue();
    offOrigin.push(url.href);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, offOrigin, close: () => context.close() };
}

/** axe (WCAG 2.1 A and AA) on the page as it is now: one line per violation, empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

/** Fails on any axe violation, naming the screen; records the screen in `checked` for the run's summary line. */
export async function expectAxeClean(page: Page, where: string, checked: string[]): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${where}`).toEqual([]);
  checked.push(where);
}
