// Launches Debian's Chromium through playwright-core and records any request that leaves the app's origin.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const ORIGIN = 'http://127.0.0.1:4173';
export const ARTIFACTS = 'tests/artifacts';

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request to another origin; the route aborts them. */
  offOrigin: string[];
  close(): Promise<void>;
}

export async function openSession(viewport = { width: 1280, height: 900 }): Promise<Session> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rpl-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
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
