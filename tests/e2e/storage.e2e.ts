// Saved work in real Chromium against the production build (hazards H8, H12, H13):
// - saved data cut short (half-written JSON): the app still starts, says what happened, and offers
//   the exact saved text as a download before anything is replaced; the kept copy can be discarded;
// - saved data from an older format (format 0, before versioning): upgraded, the case still there;
// - a bad case file: every problem shown with its field path, and nothing lost;
// - "Delete all data on this device": no RPL Workup key is left in localStorage, even after a reload.
// No CSP violation, no console error, no request beyond 127.0.0.1:4173 in any of them.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/io/case-file.ts';
import { axeViolations, loadWith, openSession, type Session } from './browser.ts';
import { save, watch, type Watch } from './guards.ts';

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
  expect(w.offOrigin(), 'requests beyond 127.0.0.1:4173').toEqual([]);
  expect(w.cspViolations, 'CSP violations').toEqual([]);
  expect(w.consoleErrors, 'console errors').toEqual([]);
});

/** localStorage as the page sees it: every key of RPL Workup with its text. */
function rplStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('rpl'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)!]),
    ),
  );
}

function savedHeading(page: Page, n: number) {
  return page.getByRole('heading', { level: 2, name: `Saved on this device (${n})` });
}

describe('saved work in real Chromium', () => {
  it('half-written saved data: the app starts, says so, and the exact text downloads before anything is replaced', async () => {
    const { page } = s;
    // Real saved work first: a case typed into the history.
    await loadWith(page, {});
    await page.getByRole('button', { name: /^Start a new case/ }).click();
    await page.getByLabel('Age (required)').fill('37');
    await page.getByLabel('Name', { exact: true }).fill('Half Written');
    await page.getByRole('button', { name: 'All cases' }).click();
    await savedHeading(page, 1).waitFor();
    const full = (await rplStorage(page))[KEY]!;
    expect(full).toContain('Half Written');
    const half = full.slice(0, Math.floor(full.length / 2));

    await loadWith(page, { [KEY]: half });
    const alert = page.getByRole('alert');
    await alert.getByText('Saved work in this browser could not be opened').waitFor();
    await expect.poll(() => alert.textContent()).toContain('not valid JSON');
    await savedHeading(page, 0).waitFor(); // the app started, empty
    await page.getByRole('button', { name: /^Start a new case/ }).waitFor();

    // Nothing replaced yet: the original is in place, and a copy read back equal is kept aside.
    const before = await rplStorage(page);
    expect(before[KEY]).toBe(half);
    const copies = Object.keys(before).filter((k) => k.startsWith(RECOVERED));
    expect(copies).toHaveLength(1);
    expect(before[copies[0]!]).toBe(half);

    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the saved text' }).click()]);
    const saved = await save(download, 'storage');
    expect(saved.name).toMatch(/^rpl-workup-saved-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved.text).toBe(half);

    // The kept copy is listed, and can be discarded once downloaded (after a confirmation).
    await page.getByText(/^Kept copies of earlier saved data: 1/).click();
    await page
      .getByRole('list', { name: 'Kept copies' })
      .getByRole('button', { name: /^Download the copy 1, kept / })
      .waitFor();
    expect(await axeViolations(page), 'axe on the storage notice').toEqual([]);
    await alert.getByRole('button', { name: 'Discard the kept copy' }).click();
    await alert.getByRole('button', { name: 'Yes, discard the copy' }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    expect(Object.keys(await rplStorage(page)).filter((k) => k.startsWith(RECOVERED))).toEqual([]);
    expect(await page.getByText(/^Kept copies of earlier saved data/).count()).toBe(0);
  });

  it('saved data from an older format: upgraded, the case is still there, the old text kept', async () => {
    const { page } = s;
    const pregnancy = (key: string, weeks: string) => ({ key, outcome: 'loss', weeks, visualised: 'yes', tissueGenetics: '' });
    // Format 0: no version, and drafts without the fields added since (bmi, smoker, history, …).
    const old = JSON.stringify({
      state: {
        preferences: { role: 'nurse', guideline: 'eshre-2022' },
        cases: {
          old1: {
            id: 'old1',
            createdAt: '2025-06-01T09:00:00.000Z',
            updatedAt: '2025-06-02T09:00:00.000Z',
            draft: { age: '39', name: 'Old Version Case', pregnancies: [pregnancy('a', '7'), pregnancy('b', '9'), pregnancy('c', '6')] },
          },
        },
        openCaseId: null,
      },
    });
    await loadWith(page, { [KEY]: old });
    const alert = page.getByRole('alert');
    await alert.getByText('Saved work updated').waitFor();
    await expect.poll(() => alert.textContent()).toContain('format 0');
    await savedHeading(page, 1).waitFor();
    await page.getByText('Old Version Case').waitFor();
    expect(await page.getByRole('radio', { name: 'Fertility nurse' }).isChecked()).toBe(true);

    const stored = await rplStorage(page);
    expect(JSON.parse(stored[KEY]!).version).toBe(2);
    expect(
      Object.entries(stored)
        .filter(([k]) => k.startsWith(RECOVERED))
        .map(([, v]) => v),
    ).toEqual([old]);

    // The case opens with everything that was typed, and goes on to the definition.
    await page.getByRole('button', { name: /^Open Old Version Case/ }).click();
    await page.getByRole('heading', { level: 2, name: 'History', exact: true }).waitFor();
    expect(await page.getByLabel('Age (required)').inputValue()).toBe('39');
    expect(await page.getByRole('group', { name: 'Pregnancy 2' }).getByLabel('Gestation').inputValue()).toBe('9');
    await page.getByRole('button', { name: /^Check the definition/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Definition', exact: true }).waitFor();
    await page.getByText('3 losses counted').waitFor();
  });

  it('a bad case file: every problem is shown with its field path, and the saved cases are untouched', async () => {
    const { page } = s;
    const bad = `${JSON.stringify(
      {
        schemaVersion: 1,
        patient: { age: 9, bmi: 'heavy' },
        pregnancies: [
          { outcome: 'loss', gestationWeeks: 70 },
          { outcome: 'miscarriage', gestationWeeks: 8 },
        ],
        results: [{ test: 'thyroid-tsh', date: '2026-01-10', value: 1.6, unit: 'ng/mL', interpretation: 'normal' }],
      },
      null,
      2,
    )}\n`;
    const expected = parseCaseFile(bad);
    if (expected.ok) throw new Error('the bad case file is valid');
    expect(expected.problems.length).toBeGreaterThanOrEqual(4);

    // Start from the state the last test left: one saved case.
    await page.getByRole('button', { name: 'All cases' }).click();
    await savedHeading(page, 1).waitFor();
    const before = await rplStorage(page);

    const input = page.getByLabel('Choose a case file');
    await input.setInputFiles({ name: 'from-another-system.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const summary = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await summary.getByRole('heading', { name: `from-another-system.json could not be opened (${expected.problems.length} problems)` }).waitFor();
    const items = await summary.getByRole('listitem').allTextContents();
    expect(items).toEqual(expected.problems.map((p) => `${p.path}: ${p.message}`));
    for (const path of ['patient.age', 'patient.bmi', 'pregnancies[0].gestationWeeks', 'pregnancies[1].outcome']) {
      expect(
        items.some((t) => t.startsWith(`${path}: `)),
        `a problem at ${path}`,
      ).toBe(true);
    }

    // A file cut short is refused too, saying where.
    await input.setInputFiles({ name: 'cut-short.json', mimeType: 'application/json', buffer: Buffer.from(bad.slice(0, 80)) });
    await summary.getByRole('heading', { name: 'cut-short.json could not be opened (1 problem)' }).waitFor();
    await expect.poll(() => summary.getByRole('listitem').textContent()).toMatch(/^\(file\): is not a JSON case file/);

    // Nothing lost or changed: the same case listed, the same bytes saved.
    await savedHeading(page, 1).waitFor();
    await page.getByText('Old Version Case').waitFor();
    expect(await rplStorage(page)).toEqual(before);
  });

  it('"Delete all data on this device" leaves no RPL Workup key in localStorage, even after a reload', async () => {
    const { page } = s;
    const before = await rplStorage(page);
    expect(Object.keys(before).length, 'the saved case and the kept copy of the old format').toBe(2);
    await page.getByRole('button', { name: 'Delete all data on this device' }).click();
    const confirm = page.getByRole('alert').filter({ hasText: 'Delete all RPL Workup data from this browser' });
    await expect.poll(() => confirm.textContent()).toContain('1 saved case, 1 kept copy of earlier saved data and your settings');
    await confirm.getByRole('button', { name: 'Yes, delete all data' }).click();
    await page.getByText('All RPL Workup data was deleted from this browser.').waitFor();
    await savedHeading(page, 0).waitFor();
    expect(await rplStorage(page)).toEqual({});

    await page.reload({ waitUntil: 'load' });
    await savedHeading(page, 0).waitFor();
    await page.getByText('No saved cases yet.').waitFor();
    expect(await page.getByRole('radio', { name: 'GP' }).isChecked()).toBe(true);
    expect(await rplStorage(page)).toEqual({});
  });
});
