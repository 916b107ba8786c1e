// Nothing leaves the device (hazard H9), in real Chromium against the production build with its
// CSP: every request of a full case, typed from the history to the summary, and of every export
// (the three PDFs and the case file) is recorded, from the pages and from the service worker, and
// each must go to http://127.0.0.1:4173. No CSP violation and no console error on the way. Each PDF
// is read back with pdftotext and must read exactly as the same document rendered in Node from the
// exported case, so ≥ and β (typed into the referral question, and in "Anti-β2-glycoprotein I")
// survive (hazard H10).
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../src/io/case-file.ts';
import { PDF_DOCS, PDF_TITLE, type PdfDoc } from '../../src/pdf/kinds.ts';
import { ORIGIN, openSession } from './browser.ts';
import { nodePdfText, save, specials, watch } from './guards.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const QUESTION = 'Losses at ≥ 6 weeks; is anti-β2-glycoprotein I testing needed? Free text “quoted” – and <b>not markup</b>.';

function item(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

async function atStep(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

async function recordResult(page: Page, name: string, r: { date: string; interpretation: string; value?: string; unit?: string; isotype?: string }) {
  const card = item(page, name);
  await card.getByRole('button', { name: `Record result: ${name}` }).click();
  const form = card.getByRole('form');
  await form.getByLabel('Sample date').fill(r.date);
  if (r.value !== undefined) await form.getByLabel('Value').fill(r.value);
  if (r.unit) await form.getByLabel('Unit').selectOption(r.unit);
  if (r.isotype) await form.getByLabel('Isotype').selectOption(r.isotype);
  await form.getByLabel('Interpretation').selectOption(r.interpretation);
  await form.getByRole('button', { name: 'Save result' }).click();
  await expect.poll(() => card.getByRole('form').count()).toBe(0);
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Next/ }).click();
}

describe('privacy, in real Chromium', () => {
  it('a full case and every export: every request stays on 127.0.0.1:4173, no CSP violation, no console error; the PDFs keep ≥ and β', async () => {
    const started = Date.now();
    const s = await openSession();
    const w = await watch(s);
    const { page } = s;
    try {
      await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1, name: 'RPL Workup' }).waitFor();
      await page.getByRole('radio', { name: 'GP' }).check();
      await page.getByRole('button', { name: /^Start a new case/ }).click();

      // History, with identifiers and a referral question full of characters a Latin-1 PDF font would lose.
      await atStep(page, 'History');
      await page.getByLabel('Age (required)').fill('34');
      await page.getByLabel('Name', { exact: true }).fill('Privacy Test Patient');
      await page.getByLabel('NHS number').fill('9434765919');
      await page.getByRole('button', { name: 'Add pregnancy' }).click();
      for (const [i, weeks] of [
        [1, '7'],
        [2, '9'],
        [3, '6'],
      ] as const) {
        const preg = page.getByRole('group', { name: `Pregnancy ${i}` });
        await preg.getByLabel('Gestation').fill(weeks);
        await preg.getByLabel('Seen on scan').selectOption('yes');
      }
      await page.getByLabel('Referral question (optional)').fill(QUESTION);
      await page.getByRole('button', { name: /^Check the definition/ }).click();

      await atStep(page, 'Definition');
      await page.getByText('3 losses counted').waitFor();
      await next(page);
      await atStep(page, 'Genetic');
      await next(page);
      await atStep(page, 'Anatomical');
      await recordResult(page, 'Transvaginal 3D ultrasound of the uterus', { date: daysAgo(40), interpretation: 'normal' });
      await next(page);
      await atStep(page, 'Hormonal and metabolic');
      await recordResult(page, 'Thyroid-stimulating hormone (TSH)', { date: daysAgo(40), value: '1.6', interpretation: 'normal' });
      await recordResult(page, 'Thyroid peroxidase (TPO) antibodies', { date: daysAgo(40), interpretation: 'negative' });
      await next(page);
      await atStep(page, 'Antiphospholipid');
      await recordResult(page, 'Lupus anticoagulant', { date: daysAgo(120), interpretation: 'positive' });
      await recordResult(page, 'Lupus anticoagulant', { date: daysAgo(20), interpretation: 'negative' });
      await recordResult(page, 'Anticardiolipin antibodies (IgG, IgM)', {
        date: daysAgo(120),
        value: '4',
        unit: 'GPL',
        isotype: 'IgG',
        interpretation: 'negative',
      });
      await recordResult(page, 'Anticardiolipin antibodies (IgG, IgM)', {
        date: daysAgo(120),
        value: '3',
        unit: 'MPL',
        isotype: 'IgM',
        interpretation: 'negative',
      });
      await recordResult(page, 'Anti-β2-glycoprotein I antibodies', { date: daysAgo(120), isotype: 'IgG', interpretation: 'negative' });
      await next(page);

      // Review: ask the flags panel about a test (its chunk and the rules load here), then the immune step and the summary.
      await atStep(page, 'Review');
      const search = page.getByRole('searchbox', { name: 'Check a test or treatment' });
      await search.fill('NK cell test');
      await search.press('Enter');
      await page.getByRole('complementary', { name: /Flags/ }).getByRole('heading', { name: 'Natural killer (NK) cells in blood' }).first().waitFor();
      await page.getByRole('button', { name: 'Continue to immune step' }).click();
      await atStep(page, 'Immune');
      await next(page);
      await atStep(page, 'Summary');
      const main = page.getByRole('main');
      await main.getByRole('heading', { name: 'Order today' }).waitFor();

      // Every export. The case file first: the PDFs are checked against it.
      const [caseDownload] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: /Case file \(JSON\)/ }).click()]);
      const caseFile = await save(caseDownload, 'privacy');
      expect(caseFile.name).toMatch(/^rpl-case-\d{4}-\d{2}-\d{2}\.json$/);
      const parsed = parseCaseFile(caseFile.text);
      expect(parsed.ok && parsed.case.referralQuestion).toBe(QUESTION);
      const pdfs: Partial<Record<PdfDoc, string>> = {};
      for (const doc of PDF_DOCS) {
        const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: `PDF: ${PDF_TITLE[doc]}` }).click()]);
        const pdf = await save(download, 'privacy');
        const generatedOn = /(\d{4}-\d{2}-\d{2})\.pdf$/.exec(pdf.name)![1]!;
        const expected = await nodePdfText(doc, caseFile.text, generatedOn, 'privacy');
        expect(pdf.text.length, `${doc}: pdftotext read nothing`).toBeGreaterThan(500);
        expect(specials(pdf.text), `${doc}: characters lost in the browser's PDF`).toEqual(specials(expected));
        expect(pdf.text, `${doc}: the browser's PDF reads differently from the same document rendered in Node`).toBe(expected);
        pdfs[doc] = pdf.text;
        await main.getByRole('status').filter({ hasText: 'Downloaded' }).waitFor();
      }
      // Where the content has them, ≥ and β are there (the referral question is in the clinician and referral documents).
      const flat = (t: string) => t.replace(/\s+/g, ' ');
      expect(flat(pdfs.clinician!)).toContain('≥ 6 weeks');
      expect(flat(pdfs.referral!)).toContain('≥ 6 weeks');
      for (const doc of PDF_DOCS) expect(pdfs[doc], doc).toContain('β2-glycoprotein');
      for (const doc of PDF_DOCS) expect(pdfs[doc], `${doc}: a character the font cannot draw`).not.toContain('that this PDF cannot show');

      await page.waitForLoadState('networkidle');
      console.log(
        `privacy: ${w.requests.length} requests (${new Set(w.requests).size} distinct URLs, ${w.local().length} blob:/data:), ${Date.now() - started} ms`,
      );
      expect(w.offOrigin(), 'requests beyond 127.0.0.1:4173').toEqual([]);
      expect(s.offOrigin, 'requests the route guard aborted').toEqual([]);
      expect(
        w.requests.some((u) => /jspdf/.test(u)),
        'the PDF chunk was requested (so requests were recorded)',
      ).toBe(true);
      expect(w.cspViolations, 'CSP violations').toEqual([]);
      expect(w.consoleErrors, 'console errors').toEqual([]);
    } finally {
      await s.close();
    }
  });
});
