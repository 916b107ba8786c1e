// Screens of the changed views in every role at 1280 and 390 px, for looking at: a pregnant woman
// bleeding now, a confirmed APS, and the three-loss referral. Each case is opened from a case file,
// as a referral would be. axe runs on each screen; nothing may scroll sideways at 390 px.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, ORIGIN, openSession, type Session, expectAxeClean } from './browser.ts';

const SHOTS = `${ARTIFACTS}/screens`;
mkdirSync(SHOTS, { recursive: true });
const EXAMPLES = '/work/shared/examples';
const CASES = {
  pregnant: readFileSync(`${EXAMPLES}/context/pregnant-now-context.json`, 'utf8'),
  aps: readFileSync(`${EXAMPLES}/aps-lupus-anticoagulant-confirmed.json`, 'utf8'),
  three: readFileSync(`${EXAMPLES}/new-referral-three-losses.json`, 'utf8'),
};
const RADIO = { gp: 'GP', nurse: 'Fertility nurse', patient: 'Patient' } as const;
type Role = keyof typeof RADIO;
const checked: string[] = [];

let s: Session;
beforeAll(async () => {
  s = await openSession({ width: 1280, height: 800 });
});
afterAll(async () => {
  await s?.close();
});

async function open(page: Page, role: Role, json: string): Promise<void> {
  await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => localStorage.clear());
  await page.reload({ waitUntil: 'networkidle' });
  await page.getByRole('radio', { name: RADIO[role] }).check();
  await page.getByLabel('Choose a case file').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading' || !!document.getElementById('step-heading'));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await expectAxeClean(page, name, checked);
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(overflow, `sideways scrolling at 390 px: ${name}`).toBeLessThanOrEqual(0);
}

async function toSummary(page: Page): Promise<void> {
  if (await page.getByRole('heading', { level: 2, name: 'Summary', exact: true }).count()) return;
  await page.getByRole('button', { name: /^(Summary and export|Jump to my summary)/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Summary', exact: true }).waitFor();
}

describe('screens by role', () => {
  for (const role of ['gp', 'nurse', 'patient'] as const) {
    for (const name of ['pregnant', 'aps', 'three'] as const) {
      it(`${role}: ${name} — first step and summary`, async () => {
        const { page } = s;
        await open(page, role, CASES[name]);
        await shoot(page, `${role}-${name}-landing`);
        await toSummary(page);
        await shoot(page, `${role}-${name}-summary`);
      });
    }
  }
});
