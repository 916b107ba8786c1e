// @vitest-environment node
// Long cases flow across pages without cutting a row; hostile free text is printed literally.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/engine/case-schema.ts';
import { PDF_DOCS } from '../../src/pdf/kinds.ts';
import { flat, frameOverlaps, pageCount, pdfText, renderTo, validCase } from '../support/pdf.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function longCase(): Case {
  const results = Array.from({ length: 60 }, (_, n) => {
    const d = new Date(Date.UTC(2020, 0, 1 + 7 * n)).toISOString().slice(0, 10);
    // Notes of 1 to 5 lines, so rows have different heights and page breaks fall in odd places.
    return {
      test: n % 3 === 0 ? 'tsh' : n % 3 === 1 ? 'prolactin' : 'homocysteine',
      date: d,
      value: 1 + n / 10,
      unit: n % 3 === 0 ? 'mIU/L' : n % 3 === 1 ? 'µg/L' : 'µmol/L',
      note: `R${pad(n)}-START ${'sample taken fasting, repeated for the series; '.repeat(n % 5)}R${pad(n)}-END`,
    };
  });
  return validCase({
    schemaVersion: 1,
    patient: { age: 41, name: 'Long Case', bmi: 24 },
    pregnancies: Array.from({ length: 14 }, (_, i) => ({ outcome: i % 4 === 3 ? 'live-birth' : 'loss', gestationWeeks: 5 + (i % 9), visualised: i % 2 === 0 })),
    results,
    requested: ['nk-cells-blood', 'hla-typing', 'cytokines', 'intralipid', 'ivig', 'prednisolone', 'g-csf'],
    notes: Array.from({ length: 40 }, (_, i) => `Note line ${i + 1}: discussed at clinic.`).join('\n'),
  });
}

// Long documents: allow for a busy machine.
describe('a long case', { timeout: 60_000 }, () => {
  const c = longCase();
  it.each(['clinician', 'referral'] as const)('%s: flows over pages with every row whole on one page', async (doc) => {
    const file = await renderTo(`long-case--${doc}`, doc, c);
    const n = pageCount(file);
    expect(n).toBeGreaterThan(3);
    const pages = Array.from({ length: n }, (_, i) => flat(pdfText(file, { page: i + 1 })));
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${n}`);
    });
    for (let r = 0; r < 60; r++) {
      const start = pages.findIndex((p) => p.includes(`R${pad(r)}-START`));
      const end = pages.findIndex((p) => p.includes(`R${pad(r)}-END`));
      expect(start, `row ${r} start`).toBeGreaterThanOrEqual(0);
      expect(end, `row ${r} is cut across pages`).toBe(start);
    }
    // The results table continues with its header on each page it reaches.
    const title = doc === 'clinician' ? 'Results entered' : 'Tests done, with results';
    const withRows = pages.map((p, i) => ({ p, i })).filter(({ p }) => /R\d\d-START/.test(p));
    expect(withRows.length).toBeGreaterThan(1);
    for (const { p } of withRows.slice(1)) {
      expect(p).toContain(`${title} (continued)`);
      expect(p).toMatch(/Test\s+Date\s+Result/);
    }
    expect(frameOverlaps(file)).toEqual([]);
  });

  it('long notes flow line by line and every line is printed once', async () => {
    const file = await renderTo('long-case--notes', 'clinician', c);
    const text = flat(pdfText(file, { mode: 'raw' }));
    for (let i = 1; i <= 40; i++) expect(text.split(`Note line ${i}: discussed at clinic.`).length - 1).toBe(1);
  });
});

describe('hostile free text', () => {
  const hostile = {
    name: '<script>alert(1)</script>',
    nhs: '%PDF-1.7 )\\( endobj',
    question: '**bold** <b>not bold</b> [link](javascript:alert(1)) %%EOF',
    note1: '<img src=x onerror=alert(1)>',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder typed by a user must print literally
    note2: '{{7*7}} ${7*7} # not a heading',
    reason: '<i>couple</i> declined & "quoted" \'single\' `rm -rf /`',
    resultNote: '<svg onload=alert(1)> /JavaScript (app.alert(1))',
  };
  const c = validCase({
    schemaVersion: 1,
    patient: { age: 30, name: hostile.name, nhsNumber: hostile.nhs },
    pregnancies: [
      { outcome: 'loss', gestationWeeks: 7 },
      { outcome: 'loss', gestationWeeks: 8 },
    ],
    results: [{ test: 'tsh', date: '2026-01-02', value: 2, unit: 'mIU/L', note: hostile.resultNote }],
    declined: [{ id: 'parental-karyotype', reason: hostile.reason }],
    referralQuestion: hostile.question,
    notes: `${hostile.note1}\n${hostile.note2}`,
  });

  it.each(PDF_DOCS)('%s: printed literally', async (doc) => {
    const file = await renderTo(`hostile--${doc}`, doc, c);
    const text = flat(pdfText(file, { mode: 'raw' }));
    expect(text).toContain(hostile.name);
    if (doc !== 'patient') {
      for (const s of [hostile.nhs, hostile.question, hostile.note1, hostile.note2, hostile.reason, hostile.resultNote]) expect(text).toContain(s);
    }
    expect(pageCount(file)).toBeGreaterThan(0);
  });

  it('characters the font cannot draw become "?" with a note, not silence', async () => {
    const c2 = validCase({ ...c, patient: { age: 30, name: 'Zoë Łukasiewicz-Ångström 🙂 李' } });
    const file = await renderTo('hostile--unprintable', 'clinician', c2);
    const text = flat(pdfText(file, { mode: 'raw' }));
    expect(text).toContain('Zoë Łukasiewicz-Ångström ? ?');
    expect(text).toContain('This name contains emoji and Chinese or Japanese (Han) characters that this PDF cannot show.');
    expect(text).toContain('Some text entered contains emoji and Chinese or Japanese (Han) characters that this PDF cannot show; each is printed as "?".');
  });
});

describe('edge cases render every document', () => {
  const cases: Record<string, unknown> = {
    'no-pregnancies': { schemaVersion: 1, patient: { age: 25 }, pregnancies: [] },
    'one-loss-not-met': { schemaVersion: 1, patient: { age: 25 }, pregnancies: [{ outcome: 'loss', gestationWeeks: 6 }] },
    'pregnant-with-aps': {
      schemaVersion: 1,
      patient: { age: 34, name: 'Red Flag', dateOfBirth: '1992-04-01', nhsNumber: '999 999 9999' },
      pregnancies: [
        { outcome: 'loss', gestationWeeks: 8 },
        { outcome: 'loss', gestationWeeks: 16 },
        { outcome: 'loss', gestationWeeks: 7 },
      ],
      history: { currentlyPregnant: true, venousThrombosis: true },
      results: [
        { test: 'aps-anticardiolipin', date: '2026-01-05', isotype: 'IgG', value: 52, unit: 'GPL', interpretation: 'positive' },
        { test: 'aps-anticardiolipin', date: '2026-05-05', isotype: 'IgG', value: 60, unit: 'GPL', interpretation: 'positive' },
      ],
      declined: [{ id: 'parental-karyotype', reason: 'declined after counselling' }],
      referralQuestion: 'Please advise on heparin in this pregnancy.',
    },
  };
  for (const [name, raw] of Object.entries(cases)) {
    it.each(PDF_DOCS)(`${name}: %s`, async (doc) => {
      const c = validCase(raw);
      const file = await renderTo(`edge--${name}--${doc}`, doc, c);
      const n = pageCount(file);
      const text = flat(pdfText(file));
      expect(text).toContain(`Page ${n} of ${n}`);
      expect(frameOverlaps(file)).toEqual([]);
      if (name === 'pregnant-with-aps') expect(flat(pdfText(file, { page: 1 }))).toMatch(doc === 'patient' ? /Please read this first/ : /Urgent, red flag/);
      if (name === 'one-loss-not-met') expect(text).toMatch(doc === 'patient' ? /definition: not met/ : /NOT MET/);
    });
  }
});
