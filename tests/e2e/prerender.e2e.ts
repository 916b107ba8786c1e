// The prerendered start screen (scripts/prerender-plugin.ts) in real Chromium: React hydrates it
// without a mismatch (React reports one as a console error), the hydrated screen is exactly the
// prerendered one, and what this device holds (preferences, saved cases) appears after hydration
// without an error and without shifting anything (CLS 0). A doctored prerender shows the check can fail.
import { describe, expect, it } from 'vitest';
import { ORIGIN, openSession, type Session } from './browser.ts';
import { watch } from './guards.ts';

/** console errors and warnings, and uncaught errors (React's production build reports a hydration mismatch as one). */
function problems(s: Session): string[] {
  const out: string[] = [];
  s.context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') out.push(`${m.type()}: ${m.text()}`);
  });
  s.context.on('weberror', (e) => {
    out.push(`uncaught: ${e.error().message}`);
  });
  return out;
}

/** Layout shifts not caused by input, summed as CLS counts them, from the start of the page load. */
async function recordShifts(s: Session): Promise<void> {
  await s.context.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__shift += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The markup inside #root as the browser serialises it, without React's Suspense markers (<!--$-->, <!--/$-->) and the status line. */
async function rootMarkup(s: Session, html?: string): Promise<string> {
  return s.page.evaluate((source) => {
    const root = source === undefined ? document.getElementById('root')! : new DOMParser().parseFromString(source, 'text/html').getElementById('root')!;
    // The offline notice may already have arrived (the service worker registers in idle time): not part of the screen.
    return root.innerHTML.replace(/<!--\/?\$-->/g, '').replace(/(<div role="status" class="visually-hidden">)[^<]*/, '$1');
  }, html);
}

/** Keeps the flags panel element the prerendered HTML held, to tell hydrated (the same element) from re-drawn. */
async function keepServerAside(s: Session): Promise<void> {
  await s.context.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { __aside: Element | null }).__aside = document.getElementById('flags');
    });
  });
}
const sameAside = (s: Session) =>
  s.page.evaluate(() => {
    const kept = (window as unknown as { __aside: Element | null }).__aside;
    return kept !== null && kept === document.getElementById('flags');
  });

/** Hydrated, and the flags panel (its code loads once someone is there, in idle time) hydrated too: its search answers. */
async function hydrated(s: Session): Promise<void> {
  const { page } = s;
  await page.mouse.move(5, 5);
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/flags-panel-[^/]+\.js$/.test(e.name)));
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
}

describe('prerendered start screen, in real Chromium', () => {
  it('hydrates with no warning, and the hydrated screen is the prerendered one', async () => {
    const served = await (await fetch(`${ORIGIN}/`)).text();
    const s = await openSession();
    const seen = problems(s);
    await keepServerAside(s);
    try {
      await s.page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
      await hydrated(s);
      expect(await rootMarkup(s)).toBe(await rootMarkup(s, served));
      expect(await sameAside(s), 'the prerendered flags panel was hydrated, not drawn again').toBe(true);
      expect(seen).toEqual([]);
      // It is live: the role changes the heading; the flags panel answers.
      await s.page.getByLabel('Fertility nurse').check();
      await s.page.getByRole('heading', { level: 2, name: 'Triage a referral' }).waitFor();
      await s.page.getByRole('button', { name: 'IVIG' }).click();
      await s.page.getByRole('heading', { level: 3, name: /IVIG|immunoglobulin/i }).waitFor();
      expect(seen).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it("paints before any of the app's code is requested, and fetches the flags panel and the workspace only once someone is there", async () => {
    const served = await (await fetch(`${ORIGIN}/`)).text();
    const boot = served.match(/<script type="module"[^>]*src="\/(assets\/[^"]+\.js)"/)?.[1];
    expect(boot, 'index.html names one boot script').toBeDefined();
    const s = await openSession({ width: 412, height: 823 });
    try {
      const { page } = s;
      await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 2, name: 'Start a case' }).waitFor();
      await page.waitForTimeout(1500);
      const seen = () =>
        page.evaluate(() => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          scripts: performance.getEntriesByType('resource').map((e) => ({ file: new URL(e.name).pathname.slice(1), start: e.startTime })),
        }));
      const before = await seen();
      const app = before.scripts.filter((r) => r.file.startsWith('assets/') && r.file.endsWith('.js') && r.file !== boot);
      expect(app.length, 'the app was loaded (React DOM and the app)').toBeGreaterThanOrEqual(2);
      for (const r of app) expect(r.start, `${r.file} requested before the first paint`).toBeGreaterThanOrEqual(before.paint);
      expect(app.filter((r) => /flags-panel|case-workspace/.test(r.file)).map((r) => r.file)).toEqual([]);

      await page.mouse.move(20, 20);
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/case-workspace-[^/]+\.js$/.test(e.name)));
      expect((await seen()).scripts.some((r) => /flags-panel-[^/]+\.js$/.test(r.file))).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('an action on the painted screen before the app has hydrated is held, then done: a new case starts, nothing is sent', async () => {
    const s = await openSession({ width: 412, height: 823 });
    const w = await watch(s);
    try {
      const { page } = s;
      // The app's code arrives late (a slow network): the screen is painted long before it is live.
      await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.goto(`${ORIGIN}/`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: /^Start a new case/ }).click();
      expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/main-[^/]+\.js$/.test(e.name)))).toBe(false);
      await page.getByLabel('Age (required)').waitFor();
      expect(w.cspViolations, 'CSP violations (a form sent natively)').toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('a returning visit: preferences and saved cases appear after hydration, with no warning and no layout shift', async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 412, height: 823 },
    ]) {
      const s = await openSession(viewport);
      const seen = problems(s);
      await recordShifts(s);
      await keepServerAside(s);
      try {
        const { page } = s;
        await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
        await page.getByLabel('Patient').check();
        await page.getByLabel('Guideline').selectOption('rcog-2023');
        await page.getByRole('button', { name: 'Start' }).click();
        await page.getByRole('button', { name: 'All cases' }).click();
        await page.getByRole('heading', { level: 2, name: /Saved on this device \(1\)/ }).waitFor();

        await page.reload({ waitUntil: 'networkidle' });
        await hydrated(s);
        await page.getByRole('heading', { level: 2, name: /Saved on this device \(1\)/ }).waitFor();
        expect(await page.getByLabel('Patient').isChecked()).toBe(true);
        expect(await page.getByLabel('Guideline').inputValue()).toBe('rcog-2023');
        expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift), `layout shift at ${viewport.width} px`).toBe(0);
        expect(await sameAside(s), 'the prerendered flags panel was hydrated, not drawn again').toBe(true);
        // Once hydrated, the panel follows the stored role: a patient gets the claims explainer there.
        await page.locator('#flags .claims-section').waitFor();
        expect(seen).toEqual([]);
      } finally {
        await s.close();
      }
    }
  });

  it('reports a prerender that does not match what the app draws (the check above can fail)', async () => {
    const served = await (await fetch(`${ORIGIN}/`)).text();
    const s = await openSession();
    const seen = problems(s);
    try {
      await s.page.route(`${ORIGIN}/`, (route) => route.fulfill({ contentType: 'text/html', body: served.replace('Start a new case', 'Start an old case') }));
      await s.page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
      await s.page.getByRole('button', { name: /Start a new case/ }).waitFor();
      expect(seen.join('\n')).toMatch(/hydrat|#418|#425/i);
    } finally {
      await s.close();
    }
  });
});
