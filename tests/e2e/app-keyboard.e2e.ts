// Keyboard only, in real Chromium: every control used here is reached with Tab and worked with
// Enter, typing or the single-key shortcuts; focus moves to each new step's heading, and is
// given back after a result is saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ORIGIN, openSession, type Session } from './browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession({ width: 1280, height: 900 });
});
afterAll(async () => {
  await s?.close();
});

/** The focused element's accessible name, roughly as a screen reader would say it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    // innerText: what is shown (words reserved for other roles, ui/reserved.tsx, are hidden).
    // biome-ignore lint/performance/useDomNodeTextContent: textContent would include the hidden words
    const label = (el as HTMLInputElement).labels?.[0]?.innerText;
    const group = el.closest('fieldset')?.querySelector('legend')?.textContent;
    return `${group && label ? `${group} ` : ''}${label ?? el.textContent ?? ''}`.trim();
  });
}

/** Presses Tab until the focused control's name matches; fails if it cannot be reached. */
async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`could not reach ${name} with Tab`);
}

async function headingFocused(page: Page, title: string): Promise<void> {
  await page.waitForFunction((t) => document.activeElement?.id === 'step-heading' && document.activeElement.textContent === t, title);
}

describe('keyboard only', () => {
  it('starts a case, fills the history, walks the steps, records a result and checks a treatment', async () => {
    const { page } = s;
    await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
    await tabTo(page, /^Start a new case/);
    await page.keyboard.press('Enter');
    await headingFocused(page, 'History');

    await tabTo(page, /Age \(required\)$/);
    await page.keyboard.type('34');
    await tabTo(page, /^Pregnancy 1 Gestation$/);
    await page.keyboard.type('7');
    await tabTo(page, /^Pregnancy 2 Gestation$/);
    await page.keyboard.type('8');
    await tabTo(page, /^Check the definition/);
    await page.keyboard.press('Enter');
    await headingFocused(page, 'Definition');

    await tabTo(page, /^Next/);
    await page.keyboard.press('Enter');
    await headingFocused(page, 'Genetic');
    await page.keyboard.press('n');
    await headingFocused(page, 'Anatomical');
    await page.keyboard.press('b');
    await headingFocused(page, 'Genetic');
    await page.keyboard.press('n');
    await headingFocused(page, 'Anatomical');

    await tabTo(page, /^Record result: Transvaginal 3D ultrasound/);
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Sample date'); // the form's first field
    await tabTo(page, /Interpretation$/);
    await page.keyboard.press('n'); // "Negative", then "Normal": type-to-select in the list
    await page.keyboard.press('o');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe('normal');
    await tabTo(page, /Save result$/);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'record-pelvic-ultrasound-3d');
    expect(await page.getByRole('article', { name: 'Transvaginal 3D ultrasound of the uterus' }).textContent()).toContain('Done');

    await page.keyboard.press('/'); // shortcut: the flags search
    expect(await focusedName(page)).toBe('Check a test or treatment');
    await page.keyboard.type('steroids');
    await page.keyboard.press('Enter');
    const answer = page.getByRole('complementary', { name: /Flags/ }).locator('.answer');
    await answer.getByRole('heading', { name: 'Glucocorticoids (prednisolone, prednisone, dexamethasone)' }).waitFor();
    expect(await answer.locator('.badge').first().textContent()).toContain('Not recommended');
    expect(s.offOrigin).toEqual([]);
  }, 60_000);
});
