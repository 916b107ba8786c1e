// Guidelines side by side and the claims explainer in real Chromium against the production build, at
// 1280 px and 390 px: the comparison table from the review and summary steps (a table with caption
// and headers; cards at 390 px with no sideways scrolling), "Why they differ", the guideline-change
// notice, "Things you may have read" for patients, and the claims linked from a flag. axe (WCAG 2.0/2.1
// A and AA) finds nothing on any of these screens; no request leaves the origin; screenshots go to
// tests/artifacts/screenshots/compare-*.png and claims-*.png.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { getClaims } from '../../guidelines/claims.ts';
import { ALL_ITEM_IDS } from '../../guidelines/ids.ts';
import { ARTIFACTS, ORIGIN, openSession, type Session, expectAxeClean } from './browser.ts';

type Role = 'gp' | 'nurse' | 'patient';
const SHOTS = `${ARTIFACTS}/screenshots`;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const LINK = 'What people say and what the guidelines say';
/** Each test photographs and runs axe on long pages at two widths. */
const LONG = 180_000;
mkdirSync(SHOTS, { recursive: true });

const WORDS = {
  gp: {
    radio: 'GP',
    start: 'Start a new case',
    age: 'Age (required)',
    weeks: 'Gestation',
    seen: 'Seen on scan',
    add: 'Add pregnancy',
    submit: 'Check the definition',
    review: 'Review',
    summary: /^Go to summary/,
    summaryTitle: 'Summary',
    flags: 'Flags',
    nk: 'Natural killer (NK) cells in blood',
    search: 'Check a test or treatment',
  },
  nurse: {
    radio: 'Fertility nurse',
    start: 'Triage a new referral',
    age: 'Age (required)',
    weeks: 'Gestation',
    seen: 'Seen on scan',
    add: 'Add pregnancy',
    submit: 'Check the definition',
    review: 'Review',
    summary: /^Go to summary/,
    summaryTitle: 'Summary',
    flags: 'Flags',
    nk: 'Natural killer (NK) cells in blood',
    search: 'Check a test or treatment',
  },
  patient: {
    radio: 'Patient',
    start: 'Start',
    age: 'Your age (required)',
    weeks: 'How many weeks pregnant',
    seen: 'Was the pregnancy seen on a scan?',
    add: 'Add a pregnancy',
    submit: 'Next',
    review: 'Review and treatment',
    summary: /^See my summary/,
    summaryTitle: 'Summary',
    flags: 'Not advised',
    nk: 'NK cell blood test',
    search: 'Were you offered a test or treatment?',
  },
} satisfies Record<Role, unknown>;

const axeRuns: string[] = [];
const shots: string[] = [];

const axe = (page: Page, where: string) => expectAxeClean(page, where, axeRuns);

async function noSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `sideways scrolling at 390 px: ${where}`).toBeLessThanOrEqual(0);
}

/** axe and screenshots (the whole page, and the part in question) at 1280 px, then the same at 390 px. */
async function check(s: Session, name: string, part: () => Locator): Promise<void> {
  for (const [size, viewport] of [
    ['1280', DESKTOP],
    ['390', PHONE],
  ] as const) {
    await s.page.setViewportSize(viewport);
    await axe(s.page, `${name} at ${size} px`);
    if (size === '390') await noSidewaysScroll(s.page, name);
    const base = `${SHOTS}/${name}-${size}`;
    await s.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await s.page.screenshot({ path: `${base}-page.png`, fullPage: true });
    await part().screenshot({ path: `${base}.png` });
    shots.push(`${base}-page.png`, `${base}.png`);
  }
  await s.page.setViewportSize(DESKTOP);
}

async function atStep(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

async function toReview(page: Page, role: Role): Promise<void> {
  const w = WORDS[role];
  await page.getByRole('radio', { name: w.radio }).check();
  await page.getByRole('button', { name: new RegExp(`^${w.start}`) }).click();
  await page.getByLabel(w.age).fill('34');
  await page.getByRole('button', { name: w.add }).click();
  for (const [i, weeks] of [
    [1, '7'],
    [2, '9'],
    [3, '6'],
  ] as const) {
    const preg = page.getByRole('group', { name: `Pregnancy ${i}` });
    await preg.getByLabel(w.weeks).fill(weeks);
    await preg.getByLabel(w.seen).selectOption('yes');
  }
  await page.getByRole('button', { name: new RegExp(`^${w.submit}`) }).click();
  await page.getByText(role === 'patient' ? '3 losses count' : '3 losses counted').waitFor();
  for (let n = 0; n < 5; n++) await page.getByRole('button', { name: /^Next/ }).click();
  await atStep(page, w.review);
}

async function askNk(page: Page, role: Role): Promise<void> {
  const w = WORDS[role];
  const panel = page.getByRole('complementary', { name: new RegExp(w.flags) });
  await panel.getByRole('searchbox', { name: w.search }).fill('NK cell test');
  await panel.getByRole('button', { name: 'Check', exact: true }).click();
  await panel.getByRole('heading', { level: 4, name: w.nk }).waitFor();
}

async function openComparison(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Compare guidelines' }).click();
  const table = page.getByRole('table');
  await table.waitFor();
  return table;
}

const dataRows = (table: Locator) => table.locator('tbody tr.compare-row');

describe('guidelines side by side, and the claims explainer, in real Chromium', () => {
  afterAll(() => {
    console.log(`axe runs (${axeRuns.length}, no violations): ${axeRuns.join('; ')}`);
    console.log(`screenshots (${shots.length}): ${shots.join(', ')}`);
  });

  it(
    'GP: comparison from the review step, why they differ, guideline change, claims on the NK flag',
    async () => {
      const s = await openSession(DESKTOP);
      const { page } = s;
      try {
        await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
        await toReview(page, 'gp');
        await askNk(page, 'gp');
        const table = await openComparison(page);
        // A real table: caption, column headers, row headers; only the rows that differ (GP default), each saying so.
        await expect.poll(() => table.locator('caption').textContent()).toBe('ESHRE 2022, RCOG GTG 17 (2023) and ASRM 2012 for this case');
        expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual([
          'Item',
          'ESHRE 2022 (in use)',
          'RCOG GTG 17 (2023)',
          'ASRM 2012',
          'Agreement',
        ]);
        expect(await page.getByRole('checkbox', { name: 'Only where they differ' }).isChecked()).toBe(true);
        const differing = await dataRows(table).count();
        expect(differing).toBeGreaterThan(1);
        expect(await table.locator('tbody tr.compare-row.differs').count()).toBeGreaterThanOrEqual(differing - 1);
        const compare = () => page.locator('.compare-section');
        await check(s, 'compare-gp-review', compare);

        // At 390 px each row is a card: the guideline's name beside each cell, no sideways scrolling.
        await page.setViewportSize(PHONE);
        const progesterone = table.getByRole('row', { name: /^Progesterone/ });
        expect(await progesterone.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
        expect(await progesterone.locator('.cell-label').first().isVisible()).toBe(true);
        await page.setViewportSize(DESKTOP);
        expect(await progesterone.evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');

        await page.getByRole('button', { name: /^Why they differ: Progesterone/ }).click();
        await page.getByText('Progesterone with bleeding in early pregnancy.', { exact: true }).waitFor();
        const whyRow = () => page.locator('tr.compare-why').filter({ has: page.getByRole('button', { name: /^Why they differ: Progesterone/ }) });
        await check(s, 'compare-gp-why', whyRow);

        // Every item: unread guideline cells say "Not read", and are not counted as a difference.
        await page.getByRole('checkbox', { name: 'Only where they differ' }).uncheck();
        await expect.poll(() => dataRows(table).count()).toBe(ALL_ITEM_IDS.length + 1);
        const nk = table.getByRole('row', { name: /^Natural killer \(NK\) cells in blood/ });
        expect(await nk.textContent()).toMatch(/Not read.*Same where read/);
        await check(s, 'compare-gp-all', compare);

        // Switch guideline: the notice lists what changed for this case.
        await page.getByRole('combobox', { name: 'Guideline' }).selectOption('rcog-2023');
        const notice = page.locator('.notice.guideline-change');
        await notice.getByText(/^Guideline changed from ESHRE 2022 to RCOG GTG 17 \(2023\)\./).waitFor();
        await notice.getByRole('button', { name: /^Show the \d+ changes$/ }).click();
        await notice
          .getByRole('listitem')
          .filter({ hasText: /^Progesterone/ })
          .waitFor();
        expect(
          await notice
            .getByRole('listitem')
            .filter({ hasText: /^Progesterone/ })
            .textContent(),
        ).toMatch(/Not recommended, not applicable.*Conditional, not applicable/);
        await check(s, 'compare-gp-guideline-change', () => notice);

        // The NK cell flag links to what people say about it, in clinician words.
        const panel = page.getByRole('complementary', { name: /^Flags/ });
        const flagLink = panel.getByRole('button', { name: `${LINK}: Natural killer (NK) cells in blood` });
        await flagLink.click();
        const deficiency = getClaims().find((c) => c.id === 'nk-cell-deficiency-is-different')!;
        await panel.getByText(deficiency.guidelinesSay).waitFor();
        const linked = () => panel.locator('.claims-link').last();
        await linked()
          .getByRole('button', { name: /^Sources \(\d+\): A 'low NK cells'/ })
          .click();
        await check(s, 'claims-gp-flag', linked);
        expect(s.offOrigin).toEqual([]);
      } finally {
        await s.close();
      }
    },
    LONG,
  );

  it(
    'patient: "Things you may have read" on the first screen, on review and summary; comparison in plain words; claims on the flag',
    async () => {
      const s = await openSession(DESKTOP);
      const { page } = s;
      try {
        await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
        await page.getByRole('radio', { name: 'Patient' }).check();
        const startPanel = page.getByRole('complementary', { name: /Not advised/ });
        const section = startPanel.getByRole('region', { name: 'Things you may have read' });
        await section.waitFor();
        expect(await section.getByRole('article').count()).toBe(getClaims().length);
        for (const word of ['Contradicted', 'Unsupported', 'Outdated']) expect(await section.getByText(word, { exact: true }).count()).toBeGreaterThan(0);
        await section.getByRole('button', { name: /^Where this comes from \(\d+\): A 'low NK cells'/ }).click();
        await check(s, 'claims-patient-start', () => section);

        await toReview(page, 'patient');
        await askNk(page, 'patient');
        const reviewClaims = page.getByRole('main').getByRole('region', { name: 'Things you may have read' });
        expect(await reviewClaims.getByRole('article').count()).toBe(getClaims().length);
        await check(s, 'claims-patient-review', () => reviewClaims);

        const table = await openComparison(page);
        expect(await page.getByRole('checkbox', { name: 'Only where they differ' }).isChecked()).toBe(false);
        await expect.poll(() => dataRows(table).count()).toBe(ALL_ITEM_IDS.length + 1);
        expect(await table.getByRole('columnheader', { name: 'ESHRE 2022 (the one you chose)' }).count()).toBe(1);
        await page.getByRole('button', { name: 'Why they differ: Progesterone' }).click();
        await page.getByText('Progesterone with bleeding in early pregnancy.', { exact: true }).waitFor();
        await check(s, 'compare-patient-review', () => page.locator('.compare-section'));

        await page.getByRole('button', { name: WORDS.patient.summary }).click();
        await atStep(page, 'Summary');
        const flags = page.getByRole('main').getByRole('region', { name: 'Not advised' });
        await flags.getByRole('button', { name: `${LINK}: NK cell blood test` }).click();
        await flags.locator('.claims-link article').first().waitFor();
        await check(s, 'claims-patient-summary', () => flags);
        expect(s.offOrigin).toEqual([]);
      } finally {
        await s.close();
      }
    },
    LONG,
  );

  it(
    'nurse: comparison from the summary, every item shown',
    async () => {
      const s = await openSession(DESKTOP);
      const { page } = s;
      try {
        await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
        await toReview(page, 'nurse');
        await page.getByRole('button', { name: WORDS.nurse.summary }).click();
        await atStep(page, 'Summary');
        const table = await openComparison(page);
        await expect.poll(() => dataRows(table).count()).toBe(ALL_ITEM_IDS.length + 1);
        await check(s, 'compare-nurse-summary', () => page.locator('.compare-section'));
        expect(s.offOrigin).toEqual([]);
      } finally {
        await s.close();
      }
    },
    LONG,
  );
});
