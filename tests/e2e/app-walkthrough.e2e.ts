// A full case in each role (GP, fertility nurse, patient) in real Chromium against the production
// build: intake with field-level validation, every step, results (a positive lupus anticoagulant
// makes a repeat due, with its date), a decline with a reason, an NK cell test that is flagged,
// the immune step unlocking, and the role's own summary. axe (WCAG 2.1 A/AA) runs on every screen
// of every role; each screen is photographed at 1280 px and 390 px; no request leaves the origin.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { getGuideline } from '../../guidelines/index.ts';
import { addDays } from '../../src/engine/results.ts';
import { ARTIFACTS, ORIGIN, openSession, type Session, expectAxeClean } from './browser.ts';

type Role = 'gp' | 'nurse' | 'patient';
const SHOTS = `${ARTIFACTS}/screenshots`;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
mkdirSync(SHOTS, { recursive: true });

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shown = (iso: string) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const REPEAT_DAYS = getGuideline('eshre-2022').thresholds.apsRepeatDays.value;

/** The words each role sees. The clinical content (verdicts, statuses, dates) is the same for all. */
const WORDS = {
  gp: {
    radio: 'GP',
    start: 'Start a new case',
    age: 'Age (required)',
    weeks: 'Gestation',
    seen: 'Seen on scan',
    add: 'Add pregnancy',
    submit: 'Check the definition',
    record: 'Record result',
    date: 'Sample date',
    interp: 'Interpretation',
    decline: 'Decline',
    reason: 'Reason for declining',
    steps: {
      intake: 'History',
      definition: 'Definition',
      genetic: 'Genetic',
      anatomical: 'Anatomical',
      hormonal: 'Hormonal and metabolic',
      antiphospholipid: 'Antiphospholipid',
      review: 'Review',
      immune: 'Immune',
      summary: 'Summary',
    },
    names: {
      us: 'Transvaginal 3D ultrasound of the uterus',
      tsh: 'Thyroid-stimulating hormone (TSH)',
      tpo: 'Thyroid peroxidase (TPO) antibodies',
      la: 'Lupus anticoagulant',
      acl: 'Anticardiolipin antibodies (IgG, IgM)',
      nk: 'Natural killer (NK) cells in blood',
    },
    repeatDue: 'Repeat due from',
    notRecommended: 'Not recommended',
    toImmune: 'Continue to immune step',
    declined: 'Declined',
    done: 'Done',
  },
  nurse: {} as never,
  patient: {
    radio: 'Patient',
    start: 'Start',
    age: 'Your age (required)',
    weeks: 'How many weeks pregnant',
    seen: 'Was the pregnancy seen on a scan?',
    add: 'Add a pregnancy',
    submit: 'Next',
    record: 'Add a result',
    date: 'Date of the test',
    interp: 'What the result said',
    decline: 'I chose not to',
    reason: 'Why did you choose not to have it?',
    steps: {
      intake: 'Your history',
      definition: 'Does this count as recurrent loss?',
      genetic: 'Genes and chromosomes',
      anatomical: 'Shape of the womb',
      hormonal: 'Hormones and thyroid',
      antiphospholipid: "'Sticky blood' antibodies",
      review: 'Review and treatment',
      immune: 'Immune tests',
      summary: 'Summary',
    },
    names: {
      us: '3D scan of the womb',
      tsh: 'Thyroid blood test (TSH)',
      tpo: 'Thyroid antibody test',
      la: 'Lupus anticoagulant (clotting antibody) test',
      acl: 'Anticardiolipin (clotting antibody) test',
      nk: 'NK cell blood test',
    },
    repeatDue: 'Repeat from',
    notRecommended: 'Not advised',
    toImmune: 'Look at immune tests',
    declined: 'Decided not to',
    done: 'Done',
  },
};
WORDS.nurse = { ...WORDS.gp, radio: 'Fertility nurse', start: 'Triage a new referral' } as never;
type Words = typeof WORDS.gp;

const axeRuns: string[] = [];
const shots: string[] = [];

const axe = (page: Page, where: string) => expectAxeClean(page, where, axeRuns);

/** Full-page screenshots at 1280 and 390 px; at 390 px nothing may scroll sideways. */
async function shoot(s: Session, role: Role, n: number, name: string): Promise<void> {
  const base = `${SHOTS}/${role}-${String(n).padStart(2, '0')}-${name}`;
  await s.page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await s.page.screenshot({ path: `${base}-1280.png`, fullPage: true });
  await s.page.setViewportSize(PHONE);
  const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await s.page.screenshot({ path: `${base}-390.png`, fullPage: true });
  await s.page.setViewportSize(DESKTOP);
  expect(overflow, `sideways scrolling at 390 px: ${role} ${name}`).toBeLessThanOrEqual(0);
  shots.push(`${base}-1280.png`, `${base}-390.png`);
}

/** The step heading is shown and has focus (focus moves to it on every step change). */
async function atStep(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'step-heading');
}

async function visit(s: Session, role: Role, n: number, name: string, title?: string): Promise<void> {
  if (title) await atStep(s.page, title);
  await axe(s.page, `${role} ${name}`);
  await shoot(s, role, n, name);
}

function item(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

async function recordResult(page: Page, w: Words, name: string, r: { date: string; interpretation?: string; value?: string; unit?: string; isotype?: string }) {
  const card = item(page, name);
  await card.getByRole('button', { name: `${w.record}: ${name}` }).click();
  const form = card.getByRole('form');
  await form.getByLabel(w.date).fill(r.date);
  if (r.value !== undefined) await form.getByLabel('Value').fill(r.value);
  if (r.unit) await form.getByLabel('Unit', { exact: true }).selectOption(r.unit);
  if (r.isotype) await form.getByLabel('Isotype').selectOption(r.isotype);
  if (r.interpretation) await form.getByLabel(w.interp).selectOption(r.interpretation);
  await form.getByRole('button', { name: 'Save result' }).click();
  await expect.poll(() => card.getByRole('form').count()).toBe(0);
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Next/ }).click();
}

async function walk(role: Role, s: Session): Promise<void> {
  const w = WORDS[role] as Words;
  const { page } = s;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
  // jsPDF and its font are not part of the first load, nor of what the first screen fetches in idle time.
  await page.evaluate(() => new Promise((r) => requestIdleCallback(r)));
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /jspdf|dejavu|html2canvas/i.test(u))).toEqual([]);

  // First screen: what the tool does, at a glance.
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'RPL Workup' }).count()).toBe(1);
  await page.getByText('Private: nothing leaves this device.', { exact: false }).first().waitFor();
  // Keyboard: the first Tab reaches the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  await page.getByRole('radio', { name: w.radio }).check();
  await visit(s, role, 0, 'start');
  await page.getByRole('button', { name: new RegExp(`^${w.start}`) }).click();

  // Intake, with validation at the field.
  await atStep(page, w.steps.intake);
  const age = page.getByLabel(w.age);
  if (role === 'nurse') {
    await page.getByRole('button', { name: /Check the definition/ }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'to fix' });
    await summary.getByRole('link', { name: /Enter the age as a whole number/ }).waitFor();
    await axe(page, `${role} intake, problems listed`);
  }
  await age.fill('9');
  await age.press('Tab');
  await expect.poll(() => age.getAttribute('aria-invalid')).toBe('true');
  const describedBy = (await age.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'))!;
  expect(await page.locator(`#${errorId}`).textContent()).toContain('Enter the age as a whole number from 14 to 60');
  await age.fill('34');
  await expect.poll(() => age.getAttribute('aria-invalid')).toBe(null);
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
  await visit(s, role, 1, 'intake');
  await page.getByRole('button', { name: new RegExp(`^${w.submit}`) }).click();

  // Definition: met, pregnancy by pregnancy.
  await atStep(page, w.steps.definition);
  await page.getByText(role === 'patient' ? '3 losses count' : '3 losses counted').waitFor();
  await visit(s, role, 2, 'definition');
  await next(page);

  // Genetic: nothing recommended outstanding for this case. The immune step is locked.
  await atStep(page, w.steps.genetic);
  const immune = page
    .getByRole('navigation', { name: role === 'patient' ? 'Your steps' : 'Workup steps' })
    .getByRole('listitem')
    .filter({ hasText: w.steps.immune });
  await expect.poll(() => immune.textContent()).toContain('Locked');
  await visit(s, role, 3, 'genetic');
  if (role === 'gp') {
    await page.keyboard.press('n'); // single-key shortcut, focus is on the step heading
  } else {
    await next(page);
  }

  // Anatomical.
  await atStep(page, w.steps.anatomical);
  await recordResult(page, w, w.names.us, { date: daysAgo(40), interpretation: 'normal' });
  await visit(s, role, 4, 'anatomical');
  await next(page);

  // Hormonal: a value outside the plausible range is refused at the field; the nurse declines TPO with a reason.
  await atStep(page, w.steps.hormonal);
  const tsh = item(page, w.names.tsh);
  await tsh.getByRole('button', { name: `${w.record}: ${w.names.tsh}` }).click();
  await tsh.getByLabel('Value').fill('1600');
  await tsh.getByRole('button', { name: 'Save result' }).click();
  const value = tsh.getByLabel('Value');
  await expect.poll(() => value.getAttribute('aria-invalid')).toBe('true');
  await tsh.getByText('outside the plausible range').waitFor();
  await axe(page, `${role} hormonal, value refused at the field`);
  await value.fill('1.6');
  await tsh.getByLabel(w.interp).selectOption('normal');
  await tsh.getByRole('button', { name: 'Save result' }).click();
  await expect.poll(() => tsh.textContent()).toContain('1.6 mIU/L');
  if (role === 'nurse') {
    const tpo = item(page, w.names.tpo);
    await tpo.getByRole('button', { name: `${w.decline}: ${w.names.tpo}` }).click();
    await tpo.getByRole('button', { name: w.decline, exact: true }).click();
    await tpo.getByText('Enter a reason for declining.').waitFor();
    await axe(page, `${role} hormonal, decline without a reason`);
    await tpo.getByLabel(w.reason).fill('Done privately last month; letter awaited');
    await tpo.getByRole('button', { name: w.decline, exact: true }).click();
    await expect.poll(() => tpo.textContent()).toContain('Done privately last month');
  } else {
    await recordResult(page, w, w.names.tpo, { date: daysAgo(40), interpretation: 'negative' });
  }
  await expect.poll(() => tsh.textContent()).toContain(w.done);
  if (role === 'gp') {
    // A reload resumes exactly here, with every result kept.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 2, name: w.steps.hormonal, exact: true }).waitFor();
    await expect.poll(() => item(page, w.names.tsh).textContent()).toContain('1.6 mIU/L');
  }
  await visit(s, role, 5, 'hormonal');
  await next(page);

  // Antiphospholipid: a positive lupus anticoagulant makes a repeat due, with its date.
  await atStep(page, w.steps.antiphospholipid);
  const first = daysAgo(120);
  await recordResult(page, w, w.names.la, { date: first, interpretation: 'positive' });
  const due = addDays(first, REPEAT_DAYS);
  await expect.poll(() => item(page, w.names.la).textContent()).toContain(`Overdue since ${shown(due)}`); // the repeat fell due 36 days ago
  await expect.poll(() => item(page, w.names.la).textContent()).toContain(role === 'patient' ? 'Needs repeating' : 'Repeat due');
  await recordResult(page, w, w.names.acl, { date: first, value: '4', unit: 'GPL', isotype: 'IgG', interpretation: 'negative' });
  await recordResult(page, w, w.names.acl, { date: first, value: '3', unit: 'MPL', isotype: 'IgM', interpretation: 'negative' });
  await visit(s, role, 6, 'antiphospholipid');
  // The repeat, taken after the interval, is negative: the antibody was not persistent.
  await recordResult(page, w, w.names.la, { date: daysAgo(20), interpretation: 'negative' });
  await expect.poll(() => item(page, w.names.la).textContent()).not.toContain(w.repeatDue);
  await next(page);

  // Review: the core workup is settled, so the immune step unlocks. Ask about an NK cell test.
  await atStep(page, w.steps.review);
  await expect.poll(() => immune.textContent()).toContain(role === 'patient' ? 'Open' : 'Unlocked');
  const search = page.getByRole('searchbox', { name: role === 'patient' ? 'Were you offered a test or treatment?' : 'Check a test or treatment' });
  await search.fill('NK cell test');
  await search.press('Enter');
  const flags = page.getByRole('complementary', { name: /Flags|Not advised/ });
  const answer = flags.locator('.answer');
  await answer.getByRole('heading', { name: w.names.nk }).waitFor();
  await expect.poll(() => answer.textContent()).toContain(w.notRecommended);
  // Patients find the source folded under "For your doctor".
  if (role === 'patient') await answer.getByRole('button', { name: 'For your doctor' }).click();
  await expect.poll(() => answer.textContent()).toContain('2017 rec 22');
  await flags.getByRole('heading', { level: 4, name: w.names.nk }).waitFor(); // now listed as flagged
  await visit(s, role, 7, 'review');
  await page.getByRole('button', { name: w.toImmune }).click();

  // Immune: the NK cell test stays flagged as not recommended.
  await atStep(page, w.steps.immune);
  await expect.poll(() => item(page, w.names.nk).textContent()).toContain(w.notRecommended);
  await visit(s, role, 8, 'immune');
  await next(page);

  // Summary in the role's own words.
  await atStep(page, w.steps.summary);
  const main = page.getByRole('main');
  if (role === 'gp') {
    // Findings first, then order today (tick-boxes; empty here, the workup is complete), refer, treatment, don't offer.
    const headings = await main.getByRole('heading', { level: 3 }).allTextContents();
    // (a "Not now" list of deferred items may stand between them)
    const at = ['Findings', 'Order today', 'Refer'].map((h) => headings.findIndex((t) => t.includes(h)));
    expect(at[0]).toBe(0);
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
    await main.getByRole('heading', { name: /Don't offer/ }).waitFor();
    await main.getByText('Dedicated RPL clinic: meets referral criteria under ESHRE 2022.').waitFor();
  } else if (role === 'nurse') {
    await main.getByRole('heading', { name: 'Triage', exact: true }).waitFor();
    await main.getByText('Meets referral criteria under ESHRE 2022').first().waitFor();
    await main.getByRole('heading', { name: 'Tests missing before referral' }).waitFor();
  } else {
    await main.getByRole('heading', { name: 'Questions to take to your appointment' }).waitFor();
    await main.getByRole('heading', { name: 'For your doctor' }).waitFor();
    await main.getByRole('link', { name: 'miscarriageassociation.org.uk' }).waitFor();
  }
  await visit(s, role, 9, 'summary');

  // On the review and summary steps jsPDF and the font are prefetched in idle time, before any click (src/app/walkthrough/pdf-prefetch.ts).
  await expect.poll(() => requests.some((u) => /jspdf/i.test(u)) && requests.some((u) => /dejavu/i.test(u)), { timeout: 30_000 }).toBe(true);
  expect(requests.filter((u) => /html2canvas/i.test(u))).toEqual([]);
  if (role === 'gp') {
    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: /PDF: Clinician summary/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rpl-workup-clinician-summary-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(requests.some((u) => /jspdf/i.test(u))).toBe(true);
  }
  expect(s.offOrigin).toEqual([]);
}

describe('the web app, walked through in real Chromium', () => {
  afterAll(() => {
    console.log(`axe: ${axeRuns.length} screens checked, 0 violations; ${shots.length} screenshots in ${SHOTS}`);
  });

  for (const role of ['gp', 'nurse', 'patient'] as const) {
    it(`walks a full case as ${role}: validation, results, repeat due, decline, NK flagged, immune unlocked, summary; axe clean`, async () => {
      const s = await openSession(DESKTOP);
      try {
        await walk(role, s);
      } finally {
        await s.close();
      }
    }, 120_000);
  }
});
