// An update with two tabs open, in real Chromium: both tabs run build 1 under its service worker;
// the server then serves build 2 (every hashed file renamed, as a new release would be). Tab A takes
// the update ("Reload to update"); tab B stays on build 1 and must still export a PDF, whose lazily
// loaded chunks are no longer on the server: the service worker keeps the previous build's cache.
// Tab A then exports from build 2. A small static server stands in for the host (same headers as
// `vite preview`), so that the build it serves can change under the open tabs.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/csp.ts';
import { PDF_TITLE } from '../../src/pdf/kinds.ts';
import { EXAMPLES_DIR } from '../support/cases.ts';
import { save } from './guards.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const EXAMPLE = fileURLToPath(new URL('aps-lupus-anticoagulant-confirmed.json', EXAMPLES_DIR));
const STEPS = ['Genetic', 'Anatomical', 'Hormonal and metabolic', 'Antiphospholipid', 'Review'];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Build 2: dist/ with every hashed JS and CSS file renamed (and every reference to it), and a new precache version. */
function nextBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rpl-next-build-'));
  cpSync('dist', dir, { recursive: true });
  const renames = readdirSync(join(dir, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => [f, f.replace(/\.(js|css)$/, '-next.$1')] as const);
  const rewrite = (path: string) => {
    for (const entry of readdirSync(path)) {
      const file = join(path, entry);
      if (statSync(file).isDirectory()) rewrite(file);
      else if (/\.(js|css|html|json|webmanifest)$/.test(entry)) {
        let text = readFileSync(file, 'utf8');
        for (const [from, to] of renames) text = text.replaceAll(from, to);
        if (entry === 'sw.js') text = text.replace(/"version":"([^"]+)"/, '"version":"$1-next"');
        writeFileSync(file, text);
      }
    }
  };
  rewrite(dir);
  for (const [from, to] of renames) renameSync(join(dir, 'assets', from), join(dir, 'assets', to));
  return dir;
}

let root = 'dist';
let server: Server;
let context: BrowserContext;
const offOrigin: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname);
    if (path.endsWith('/')) path += 'index.html';
    let file = join(root, path);
    if (!(existsSync(file) && statSync(file).isFile())) {
      if (extname(path)) {
        res.writeHead(404, SECURITY_HEADERS).end('not found');
        return;
      }
      file = join(root, 'index.html'); // a page route: the app
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'rpl-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
    ],
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === ORIGIN) return route.continue();
    offOrigin.push(url.href);
    return route.abort();
  });
});
afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => server?.close(resolve));
});

function watchConsole(page: Page, tab: string): void {
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${tab}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${tab}: ${e.message}`));
}

async function exportClinicianPdf(page: Page, tab: string): Promise<string> {
  const main = page.getByRole('main');
  const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: `PDF: ${PDF_TITLE.clinician}` }).click()]);
  return (await save(download, `update-${tab}`)).text;
}

const builtOn = (page: Page) => page.evaluate(() => ([...document.scripts].some((s) => s.src.includes('-next.js')) ? 2 : 1));

describe('an update with two tabs open', () => {
  it('both tabs still export a PDF: the old tab from the previous build, the updated tab from the new one', async () => {
    const next = nextBuild();
    const a = context.pages()[0] ?? (await context.newPage());
    watchConsole(a, 'tab A');
    await a.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
    await a.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await a.getByRole('status').filter({ hasText: 'now works offline' }).waitFor();

    // A case opened in tab A and walked to the summary; tab B opens the same saved case.
    await a.getByLabel('Choose a case file').setInputFiles(EXAMPLE);
    await a.getByRole('heading', { level: 2, name: 'Definition', exact: true }).waitFor();
    for (const step of STEPS) {
      await a.getByRole('button', { name: /^Next/ }).click();
      await a.getByRole('heading', { level: 2, name: step, exact: true }).waitFor();
    }
    await a.getByRole('button', { name: 'Go to summary' }).click();
    await a.getByRole('heading', { level: 2, name: 'Summary', exact: true }).waitFor();
    const b = await context.newPage();
    watchConsole(b, 'tab B');
    await b.goto(`${ORIGIN}/`, { waitUntil: 'load' }); // the open case is saved, so it opens here too
    await b.getByRole('heading', { level: 2, name: 'Summary', exact: true }).waitFor();
    expect(await builtOn(b)).toBe(1);

    // Build 2 is released; tab A checks for it and takes it.
    root = next;
    await a.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    await a.getByRole('button', { name: 'Reload to update' }).click();
    await a.waitForFunction(() => [...document.scripts].some((s) => s.src.includes('-next.js')));
    await a.getByRole('heading', { level: 2, name: 'Summary', exact: true }).waitFor();

    // Tab B, still on build 1, exports: its PDF chunks come from the previous build's cache.
    expect(await builtOn(b)).toBe(1);
    const fromOld = await exportClinicianPdf(b, 'old-tab');
    expect(fromOld.length, 'the old tab made a PDF').toBeGreaterThan(500);
    expect(await b.getByRole('heading', { name: 'RPL Workup needs a reload' }).count()).toBe(0);

    const cacheNames = await a.evaluate(() => caches.keys());
    expect(
      cacheNames.filter((n) => n.startsWith('rpl-workup-')),
      'the previous build is kept',
    ).toHaveLength(2);

    const fromNew = await exportClinicianPdf(a, 'new-tab');
    expect(fromNew.length, 'the updated tab made a PDF').toBeGreaterThan(500);
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
