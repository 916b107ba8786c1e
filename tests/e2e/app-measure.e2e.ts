// Measures the GP's path in real Chromium, for docs/app.md: pointer actions and keystrokes from the
// first screen to the clinician PDF for the three-loss example (tests/fixtures or shared examples:
// new-referral-three-losses.json: a live birth, then losses at 9 weeks seen, 6 weeks not seen, 10
// weeks seen), typed into the history form with the mouse; and the height of the GP summary with
// details folded at 1280 and 390 px. Prints one line per figure; fails only if the path breaks.
import { writeFileSync, mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ORIGIN, openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession({ width: 1280, height: 800 });
});
afterAll(async () => {
  await s?.close();
});

const counts = { pointer: 0, keys: 0 };
const click = async (l: Locator) => {
  counts.pointer += 1;
  await l.click();
};
const select = async (l: Locator, v: string) => {
  counts.pointer += 1;
  await l.selectOption(v);
};
/** A field is clicked once (a pointer action) and then typed into (one keystroke per character). */
const type = async (l: Locator, text: string) => {
  counts.pointer += 1;
  await l.click();
  counts.keys += text.length;
  await l.pressSequentially(text);
};

/** The fastest way this build offers from any step to the summary: a direct link, else Next… and "Go to summary". */
async function toSummary(page: Page): Promise<void> {
  const direct = page.getByRole('button', { name: /^(Summary and export|Go to summary)/ });
  for (let i = 0; i < 12; i += 1) {
    if (await page.getByRole('heading', { level: 2, name: 'Summary', exact: true }).count()) return;
    if (await direct.count()) {
      await click(direct.first());
      continue;
    }
    await click(page.getByRole('button', { name: /^Next/ }));
    await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
  }
  throw new Error('summary not reached');
}

describe('GP path, three-loss example', () => {
  it('counts pointer actions and keystrokes to the clinician PDF; measures the summary height', async () => {
    const { page } = s;
    await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
    const gp = page.getByRole('radio', { name: 'GP' });
    if (!(await gp.isChecked())) await click(gp);
    await click(page.getByRole('button', { name: /^Start a new case/ }));
    await page.getByRole('heading', { level: 2, name: 'History', exact: true }).waitFor();
    await type(page.getByLabel('Age (required)'), '38');
    const groups = page.getByRole('group', { name: /^Pregnancy \d+$/ });
    while ((await groups.count()) < 4) await click(page.getByRole('button', { name: 'Add pregnancy' }));
    const preg = (n: number) => page.getByRole('group', { name: `Pregnancy ${n}`, exact: true });
    await select(preg(1).getByLabel('Outcome'), 'live-birth');
    await type(preg(1).getByLabel('Gestation', { exact: true }), '40');
    for (const [n, weeks, seen] of [
      [2, '9', 'yes'],
      [3, '6', 'no'],
      [4, '10', 'yes'],
    ] as const) {
      await type(preg(n).getByLabel('Gestation', { exact: true }), weeks);
      await select(preg(n).getByLabel('Seen on scan'), seen);
    }
    await click(page.getByRole('button', { name: /^Check the definition/ }));
    await page.getByRole('heading', { level: 2, name: 'Definition', exact: true }).waitFor();
    const atHistory = { ...counts };
    await toSummary(page);
    const main = page.getByRole('main');
    const [download] = await Promise.all([page.waitForEvent('download'), click(main.getByRole('button', { name: /PDF: Clinician summary/ }))]);
    expect(download.suggestedFilename()).toMatch(/clinician-summary/);

    const height = () =>
      page.evaluate(() => ({
        main: Math.round(document.querySelector('main')!.getBoundingClientRect().height),
        step: Math.round(document.querySelector('.step-view')!.getBoundingClientRect().height),
        // From the top of the page to the bottom of the export buttons: what must fit one screen.
        toExport: Math.round(document.querySelector('.export-panel')!.getBoundingClientRect().bottom + window.scrollY),
      }));
    const h1280 = await height();
    await page.setViewportSize({ width: 390, height: 844 });
    const h390 = await height();
    const lines = [
      `pointer actions to the clinician PDF: ${counts.pointer} (history form: ${atHistory.pointer}; after it: ${counts.pointer - atHistory.pointer})`,
      `keystrokes: ${counts.keys}`,
      `summary with details folded, at 1280 / 390 px: main ${h1280.main} / ${h390.main}; summary step ${h1280.step} / ${h390.step}; page top to the export buttons ${h1280.toExport} / ${h390.toExport}`,
    ];
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(`${ARTIFACTS}/gp-path.txt`, `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
  });
});
