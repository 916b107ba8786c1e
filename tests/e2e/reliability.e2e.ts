// Nothing lost across tabs, full storage and corrupt saved data, in real Chromium against the
// production build (issue 14; hazards in docs/clinical-safety.md, "Saved work and updates"):
// - two tabs creating different cases, then editing the same case: every save of each is kept;
// - saved data with fields of the wrong type: the app starts, lists the case and says what it repaired;
// - storage full: the change waits in memory, "Try again" and freeing space (deleting a kept copy)
//   save it, and a reload finds everything.
// No CSP violation, no console error, no request beyond the app's origin.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, hydrated, loadWith, ORIGIN, openSession, type Session } from './browser.ts';
import { watch, type Watch } from './guards.ts';

const KEY = 'rpl-workup';
const RECOVERED = 'rpl-workup:recovered:';

let s: Session;
let w: Watch;
beforeAll(async () => {
  s = await openSession();
  w = await watch(s);
});
afterAll(async () => {
  await s?.close();
});
afterEach(() => {
  expect(w.offOrigin(), 'requests beyond the app').toEqual([]);
  expect(w.cspViolations, 'CSP violations').toEqual([]);
  expect(w.consoleErrors, 'console errors').toEqual([]);
});

interface StoredCase {
  draft: { name: string };
  conflictOf?: string;
  machine?: { snapshot: { value: string; context: { case: { results?: { test: string }[] } | null } } };
}
async function storedCases(page: Page): Promise<StoredCase[]> {
  const raw = await page.evaluate((k) => localStorage.getItem(k), KEY);
  return Object.values((JSON.parse(raw!) as { state: { cases: Record<string, StoredCase> } }).state.cases);
}

const saved = (page: Page, n: number) => page.getByRole('heading', { level: 2, name: `Saved on this device (${n})` });

/** A new case with a three-loss history, walked to the anatomical step. */
async function newCaseToAnatomical(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Start a new case/ }).click();
  await page.getByLabel('Age (required)').fill('36');
  await page.getByLabel('Name', { exact: true }).fill(name);
  while ((await page.getByRole('group', { name: /^Pregnancy \d+$/ }).count()) < 3) await page.getByRole('button', { name: /Add (a )?pregnancy/ }).click();
  for (const [i, weeks] of ['7', '9', '6'].entries())
    await page
      .getByRole('group', { name: `Pregnancy ${i + 1}` })
      .getByLabel('Gestation')
      .fill(weeks);
  await page.getByRole('button', { name: /^Check the definition/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Definition', exact: true }).waitFor();
  for (const step of ['Genetic', 'Anatomical']) {
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { level: 2, name: step, exact: true }).waitFor();
  }
}

async function recordResult(page: Page, name: string, interpretation: string): Promise<void> {
  const card = page.getByRole('article', { name, exact: true });
  await card.getByRole('button', { name: `Record result: ${name}` }).click();
  const form = card.getByRole('form');
  await form.getByLabel('Sample date').fill('2026-01-10');
  await form.getByLabel('Interpretation').selectOption(interpretation);
  await form.getByRole('button', { name: 'Save result' }).click();
  await expect.poll(() => card.getByRole('form').count()).toBe(0);
}

const US = 'Transvaginal 3D ultrasound of the uterus';
const TSH = 'Thyroid-stimulating hormone (TSH)';

describe('two tabs', () => {
  it('creating different cases and then editing the same case: nothing either tab saved is lost', async () => {
    const a = s.page;
    await loadWith(a, {});
    const b = await s.context.newPage();
    try {
      await b.goto(`${ORIGIN}/`, { waitUntil: 'load' });
      await hydrated(b);
      await saved(b, 0).waitFor();

      // Different cases, one in each tab.
      await a.getByRole('button', { name: /^Start a new case/ }).click();
      await a.getByLabel('Name', { exact: true }).fill('Alpha');
      await b.getByRole('button', { name: /^Start a new case/ }).click();
      await b.getByLabel('Name', { exact: true }).fill('Beta');
      await a.getByRole('button', { name: 'All cases' }).click();
      await b.getByRole('button', { name: 'All cases' }).click();
      await saved(a, 2).waitFor();
      await saved(b, 2).waitFor();
      expect((await storedCases(a)).map((c) => c.draft.name).sort()).toEqual(['Alpha', 'Beta']);

      // The same case: tab A records the 3D ultrasound, tab B (same case open) then the TSH.
      await a.getByRole('button', { name: /^Open Alpha/ }).click();
      await a.getByRole('button', { name: 'All cases' }).click();
      await newCaseToAnatomical(a, 'Gamma');
      await b.getByRole('button', { name: /^Open Gamma/ }).click();
      await b.getByRole('heading', { level: 2, name: 'Anatomical', exact: true }).waitFor();
      await recordResult(a, US, 'normal');
      // Tab B follows tab A's save (it says so) before it goes on.
      await b.getByText(/was changed in another tab/).waitFor();
      expect(await axeViolations(b), 'axe with the notice from another tab').toEqual([]);
      await b.getByRole('article', { name: US, exact: true }).getByText('Done').waitFor();
      await b.getByRole('button', { name: /^Next/ }).click();
      await b.getByRole('heading', { level: 2, name: 'Hormonal and metabolic', exact: true }).waitFor();
      await recordResult(b, TSH, 'normal');
      await a.getByRole('heading', { level: 2, name: 'Hormonal and metabolic', exact: true }).waitFor();

      const gamma = (await storedCases(a)).filter((c) => c.draft.name === 'Gamma');
      const tests = gamma.flatMap((c) => c.machine?.snapshot.context.case?.results?.map((r) => r.test) ?? []);
      expect(tests).toContain('pelvic-ultrasound-3d');
      expect(tests).toContain('tsh');
      expect((await storedCases(b)).map((c) => c.draft.name).sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
    } finally {
      await b.close();
    }
  });
});

describe('saved data with fields of the wrong type', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const pregnancy = { key: 'p1', outcome: 'loss', weeks: '7', visualised: 'yes', tissueGenetics: '' };
  const draft = {
    age: '39',
    bmi: '',
    smoker: '',
    pregnancies: [pregnancy],
    history: {},
    name: 'Kept Case',
    nhsNumber: '',
    dateOfBirth: '',
    referralQuestion: '',
  };
  const store = (c: object) =>
    JSON.stringify({
      state: {
        preferences: { role: 'gp', guideline: 'eshre-2022', shortcuts: true },
        cases: { a: { id: 'a', rev: 'r', createdAt: at, updatedAt: at, ...c } },
        openCaseId: null,
      },
      version: 2,
    });
  const states: [string, string, RegExp][] = [
    ['draft.age a number', store({ draft: { ...draft, age: 39 } }), /age was a number/],
    ['draft.name null', store({ draft: { ...draft, name: null } }), /name had the wrong type/],
    ['a pregnancy null', store({ draft: { ...draft, pregnancies: [null, pregnancy] } }), /unreadable entry left out/],
    ['a case without updatedAt', store({ draft, updatedAt: undefined }), /last changed was missing/],
  ];
  it.each(states)('%s: the app starts with its recovery message and the case listed', async (_label, seed, named) => {
    const page = s.page;
    await loadWith(page, { [KEY]: seed });
    const alert = page.getByRole('alert');
    await alert.getByText(/could not be read and was reset or left out/).waitFor();
    expect(await alert.textContent()).toMatch(named);
    await saved(page, 1).waitFor();
    await alert.getByRole('button', { name: 'Download the saved text' }).waitFor();
    const kept = await page.evaluate(
      (p) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(p))
          .map((k) => localStorage.getItem(k)),
      RECOVERED,
    );
    expect(kept).toEqual([seed]);
  });
});

describe('storage full', () => {
  it('a change that cannot be saved waits; Try again and freeing space save it; a reload finds everything', async () => {
    const page = s.page;
    await loadWith(page, {});
    await newCaseToAnatomical(page, 'Full Storage');
    // The step is saved after it shows (on a busy machine, later): wait for it, so the storage filled below
    // holds the anatomical step and only the next change is the one that cannot be saved.
    await expect.poll(async () => (await storedCases(page))[0]?.machine?.snapshot.value).toBe('anatomical');
    // Fill the browser's storage to within a few characters, as a kept copy the user can delete.
    await page.evaluate((key) => {
      let lo = 0;
      let hi = 12_000_000;
      while (hi - lo > 4) {
        const mid = Math.floor((lo + hi) / 2);
        try {
          localStorage.setItem(key, 'x'.repeat(mid));
          lo = mid;
        } catch {
          hi = mid;
        }
      }
      localStorage.setItem(key, 'x'.repeat(lo));
    }, `${RECOVERED}2026-01-01T00:00:00.000Z`);

    await recordResult(page, US, 'normal');
    await page.getByRole('button', { name: /^Next/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Hormonal and metabolic', exact: true }).waitFor();
    const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await alert.waitFor();
    expect(await axeViolations(page), 'axe with the storage-full notice').toEqual([]);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await alert.waitFor(); // still full
    expect((await storedCases(page))[0]!.machine!.snapshot.value).toBe('anatomical');

    // The user frees space: deletes the kept copy (listed with its size), which retries the save.
    await page.getByText(/^Kept copies of earlier saved data: 1/).click();
    const list = page.getByRole('list', { name: 'Kept copies' });
    await list.getByRole('button', { name: /^Delete the copy 1/ }).click();
    await list.getByRole('button', { name: /^Yes, delete the copy 1/ }).click();
    await expect.poll(() => alert.count()).toBe(0);

    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 2, name: 'Hormonal and metabolic', exact: true }).waitFor();
    const [c] = await storedCases(page);
    expect(c!.machine!.snapshot.context.case!.results!.map((r) => r.test)).toEqual(['pelvic-ultrasound-3d']);
  });
});
