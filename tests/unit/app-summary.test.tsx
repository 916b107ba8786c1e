// @vitest-environment jsdom
// The summary and the way to it: findings first by severity in every role (urgent first, in words
// and a symbol), a step with an action finding never "settled", the GP summary in its working order
// with one row per regimen and badge words that follow the guideline's strength, the summary reachable
// from every step, N on every step, the patient's page without clinician words before "For your
// doctor", and a print stylesheet that hides buttons and the repeated flags panel.
import { readFileSync } from 'node:fs';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../guidelines/ids.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { verdictWords } from '../../src/app/ui/badges.tsx';
import { renderApp, resetStore, settle, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

/** Shared examples: aps-lupus-anticoagulant-confirmed.json and context/pregnant-now-context.json. */
const APS_CONFIRMED = {
  schemaVersion: 1,
  patient: { age: 33 },
  pregnancies: [8, 7, 9].map((w) => ({ outcome: 'loss', gestationWeeks: w, visualised: true })),
  results: [
    { test: 'aps-lupus-anticoagulant', date: '2026-02-03', interpretation: 'positive' },
    { test: 'aps-lupus-anticoagulant', date: '2026-05-12', interpretation: 'positive' },
  ],
};
const PREGNANT_BLEEDING = {
  schemaVersion: 1,
  guideline: 'eshre-2022',
  patient: { age: 36, bmi: 24, smoker: false, partnerAge: 39, partnerSmoker: false },
  currentPregnancy: { gestationWeeks: 6, intrauterineConfirmed: true, heartbeat: true, bleeding: true, pain: false },
  medicines: [{ id: 'levothyroxine', note: '75 micrograms daily for hypothyroidism since 2021' }],
  history: { currentlyPregnant: true, thyroidDisease: true, venousThrombosis: true, venousThrombosisCause: 'major-surgery' },
  pregnancies: [
    { outcome: 'loss', gestationWeeks: 7, visualised: true, endDate: '2024-05-02' },
    { outcome: 'loss', gestationWeeks: 8, visualised: true, endDate: '2025-01-20' },
    { outcome: 'loss', gestationWeeks: 6, visualised: false, endDate: '2025-09-14' },
  ],
  results: [{ test: 'tsh', date: '2025-11-03', value: 1.9, unit: 'mIU/L', interpretation: 'normal' }],
  requested: ['progesterone', 'heparin', 'levothyroxine'],
};

const RADIO: Record<Role, string> = { gp: 'GP', nurse: 'Fertility nurse', patient: 'Patient' };

async function openCase(user: UserEvent, c: object, role: Role = 'gp'): Promise<void> {
  await user.click(screen.getByRole('radio', { name: RADIO[role] }));
  await user.upload(screen.getByLabelText('Choose a case file'), new File([JSON.stringify(c)], 'case.json', { type: 'application/json' }));
  await settle();
  await screen
    .findByRole(
      'heading',
      { level: 2, name: role === 'nurse' ? 'Summary' : role === 'patient' ? 'Does this count as recurrent loss?' : 'Definition' },
      { timeout: 5000 },
    )
    .catch((e: Error) => {
      throw new Error(`${e.message}\nstep: ${document.getElementById('step-heading')?.textContent}`);
    });
}

const summaryButton = () => screen.getByRole('button', { name: /^(Summary and export|Jump to my summary)/ });
const stepHeading = () => document.getElementById('step-heading')!.textContent;

describe('findings first', () => {
  it('a confirmed APS: the action finding leads the summary, and its step is never "settled"', async () => {
    const { user } = await renderApp();
    await openCase(user, APS_CONFIRMED);
    // Top of every step: the action finding, in words and a symbol.
    const banner = screen.getByRole('region', { name: 'Findings' });
    expect(banner).toHaveTextContent(/Action.*Antiphospholipid laboratory criteria met/);
    const apsStep = within(screen.getByRole('navigation', { name: 'Workup steps' }))
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Antiphospholipid'))!;
    expect(apsStep).toHaveTextContent('action needed');
    expect(apsStep).not.toHaveTextContent('settled');

    await user.click(summaryButton());
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    const sections = within(screen.getByRole('main'))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    // Findings first, then what to do, in this order (a "Not now" list may stand between them).
    const order = ['Findings', 'Order today', 'Refer', 'Treatment to discuss', "Don't offer"].map((h) => sections.findIndex((t) => t?.includes(h)));
    expect(order[0]).toBe(0);
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    // One row per regimen: aspirin and heparin under rec 44 are one row, named by the regimen.
    const treatment = screen.getByRole('region', { name: 'Treatment to discuss' });
    const rows = within(treatment)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(rows.filter((r) => /aspirin|heparin/i.test(r))).toHaveLength(1);
    // A recommendation the guideline grades Conditional never shows as a plain "Recommended".
    expect(rows.find((r) => /heparin/i.test(r))).toMatch(/Suggested \(conditional\)/);
    // Details and citations are folded until asked for.
    expect(screen.getByRole('button', { name: 'Details and citations' })).toHaveAttribute('aria-expanded', 'false');
  });

  it.each(['gp', 'nurse', 'patient'] as const)(
    'pregnant now and bleeding: the urgent finding is the first thing the %s sees, in words and a symbol',
    async (role) => {
      const { user } = await renderApp();
      await openCase(user, PREGNANT_BLEEDING, role);
      const main = screen.getByRole('main');
      // The first section inside the step, straight under its heading.
      const first = within(main)
        .getAllByRole('region')
        .filter((r) => !r.classList.contains('step-view'))[0]!;
      expect(first).toHaveClass('top-urgent');
      expect(within(first).getAllByRole('listitem')[0]).toHaveTextContent(role === 'patient' ? /Act today/ : /Urgent/);
      expect(first.querySelector('.severity .symbol')).not.toBeNull();
    },
  );
});

describe('pregnant now: what waits, what she takes', () => {
  it('GP summary: investigations for between pregnancies are "Not now" with their why, and levothyroxine she takes says continue', async () => {
    const { user } = await renderApp();
    await openCase(user, PREGNANT_BLEEDING);
    await user.click(summaryButton());
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    const notNow = screen.getByRole('region', { name: /Not now/ });
    expect(notNow).toHaveTextContent('Transvaginal 3D ultrasound of the uterus');
    expect(within(screen.getByRole('region', { name: /^Order today/ })).queryByText('Transvaginal 3D ultrasound of the uterus')).toBeNull();
    expect(screen.getByRole('region', { name: 'Treatment to discuss' })).toHaveTextContent(/Levothyroxine.*Taking now — continue/);
  });
});

describe('getting to the summary', () => {
  it('"Summary and export" is on every step once the history is valid, and N moves on from every step, Definition included', async () => {
    const { user } = await renderApp();
    await startCase(user);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      seen.push(stepHeading()!);
      expect(summaryButton()).toBeInTheDocument();
      await user.keyboard('n');
      await waitFor(() => expect(seen).not.toContain(stepHeading()));
    }
    expect(seen).toEqual(['Definition', 'Genetic', 'Anatomical', 'Hormonal and metabolic', 'Antiphospholipid', 'Review']);
    await user.click(screen.getAllByRole('button', { name: /Genetic/ })[0]!);
    await screen.findByRole('heading', { level: 2, name: 'Genetic' });
    await user.click(summaryButton());
    expect(await screen.findByRole('heading', { level: 2, name: 'Summary' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /PDF: Clinician summary/ })).toBeInTheDocument();
  });
});

/** Words a patient should not meet before "For your doctor". */
const CLINICIAN_WORDS = [
  /non-visualised/i,
  /§/,
  /\brecs? \d/i,
  /UNVERIFIED/,
  /\banatomical:/i,
  /\bGuideline\b.*(ESHRE|RCOG|ASRM)/,
  /What to do instead: complete/,
];

describe('patient words', () => {
  it('no clinician words before the one "For your doctor" heading at the end, which holds the sources', async () => {
    const { user } = await renderApp();
    await openCase(
      user,
      {
        ...APS_CONFIRMED,
        pregnancies: [...APS_CONFIRMED.pregnancies, { outcome: 'loss', gestationWeeks: 5, visualised: false }],
        requested: ['nk-cells-blood'],
      },
      'patient',
    );
    expect(screen.queryByRole('combobox', { name: 'Guideline' })).toBeNull();
    for (const screenName of ['definition', 'summary']) {
      if (screenName === 'summary') {
        await user.click(summaryButton());
        await screen.findByRole('heading', { level: 2, name: 'Summary' });
      }
      const main = screen.getByRole('main');
      const doctor = within(main).getAllByRole('heading', { name: 'For your doctor' });
      expect(doctor).toHaveLength(1);
      const text = main.textContent ?? '';
      const before = text.slice(0, text.indexOf('For your doctor'));
      for (const w of CLINICIAN_WORDS) expect(before, `${screenName}: ${w}`).not.toMatch(w);
      expect(text.slice(text.indexOf('For your doctor'))).toMatch(/ESHRE 2022 · 2017/);
    }
    const questions = within(screen.getByRole('region', { name: 'Questions to take to your appointment' }))
      .getAllByRole('listitem')
      .map((q) => q.textContent ?? '');
    expect(new Set(questions).size).toBe(questions.length);
    for (const q of questions) expect(q).not.toMatch(/\b(you|your)\b/i);
  });

  it('pregnant and bleeding: the question list starts with what to do today, in the first person', async () => {
    const { user } = await renderApp();
    await openCase(user, PREGNANT_BLEEDING, 'patient');
    await user.click(summaryButton());
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    const questions = within(screen.getByRole('region', { name: 'Questions to take to your appointment' }))
      .getAllByRole('listitem')
      .map((q) => q.textContent ?? '');
    expect(questions[0]).toMatch(/act on something today.*Who should I contact/);
    for (const q of questions) expect(q).not.toMatch(/\b(you|your)\b/i);
    expect(new Set(questions).size).toBe(questions.length);
  });
});

describe('badge words follow the guideline', () => {
  it('a conditional recommendation is "Suggested (conditional)", a good practice point "Good practice", never a plain "Recommended"', () => {
    expect(verdictWords('recommended', 'Conditional').text).toBe('Suggested (conditional)');
    expect(verdictWords('recommended', 'GPP').text).toBe('Good practice');
    expect(verdictWords('recommended', 'Strong').text).toBe('Recommended');
  });

  it('folic acid (a conditional verdict) is not cited as a plain "Strong": rec 72 is strong against high-dose folic acid, routine low dose is not graded', () => {
    const e = evaluateCase({
      schemaVersion: 1,
      patient: { age: 34 },
      pregnancies: [7, 8, 9].map((w) => ({ outcome: 'loss' as const, gestationWeeks: w, visualised: true })),
    });
    const folic = e.items.find((i) => i.id === 'folic-acid')!;
    expect(folic.verdict).toBe('conditional');
    expect(folic.citation.strength).not.toBe('Strong');
    expect(folic.citation.strength).toMatch(/high-dose.*not graded/);
  });
});

describe('print', () => {
  it('the print stylesheet hides buttons, forms and the flags panel (which repeats the summary), so nothing prints twice', () => {
    const css = readFileSync('src/styles/app.css', 'utf8');
    const print = /@media print\s*{([\s\S]*?)\n}/.exec(css)?.[1] ?? '';
    for (const sel of ['button', '.flags-panel', '.progress', '.step-nav', '.export-panel', '.site-header']) expect(print).toContain(sel);
    expect(print).toMatch(/display:\s*none/);
  });
});
