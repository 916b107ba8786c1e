// The summary's "FHIR bundle" export in real Chromium against the production build: a case file is
// opened and walked to the summary, the bundle downloads as a file, is valid FHIR R4, and nothing
// is requested beyond the app's own origin (the app never calls the CDS Hooks service).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleProblems } from '../support/fhir.ts';
import { ARTIFACTS, axeViolations, openSession, ORIGIN } from './browser.ts';
import { save, watch } from './guards.ts';

const EXAMPLE = fileURLToPath(new URL('../fixtures/unexplained-complete-workup-asks-nk.json', import.meta.url));
const STEPS = ['Genetic', 'Anatomical', 'Hormonal and metabolic', 'Antiphospholipid', 'Review'];

describe('FHIR bundle export, in real Chromium', () => {
  it('downloads a valid bundle made on the device, with the NK cell test as not to do', async () => {
    const s = await openSession();
    try {
      const w = await watch(s);
      const { page } = s;
      await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
      await page.getByLabel('Choose a case file').setInputFiles(EXAMPLE);
      await page.getByRole('heading', { level: 2, name: 'Definition', exact: true }).waitFor();
      for (const step of STEPS) {
        await page.getByRole('button', { name: /^Next/ }).click();
        await page.getByRole('heading', { level: 2, name: step, exact: true }).waitFor();
      }
      await page.getByRole('button', { name: 'Go to summary' }).click();
      await page.getByRole('heading', { level: 2, name: 'Summary', exact: true }).waitFor();
      const button = page.getByRole('main').getByRole('button', { name: /FHIR bundle/ });
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const saved = await save(download, 'fhir');
      expect(saved.name).toMatch(/^rpl-workup-fhir-\d{4}-\d{2}-\d{2}\.json$/);
      const bundle = JSON.parse(saved.text);
      expect(bundleProblems(bundle)).toEqual([]);
      const nk = bundle.entry
        .map((e: { resource: Record<string, unknown> }) => e.resource)
        .find((r: { code?: { coding?: { code: string }[] } }) => r.code?.coding?.[0]?.code === 'nk-cells-blood' && 'doNotPerform' in r);
      expect(nk).toMatchObject({ resourceType: 'ServiceRequest', doNotPerform: true });
      await page.getByRole('status').filter({ hasText: 'FHIR R4 bundle' }).waitFor();
      await button.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/fhir-export-summary.png` });
      expect(await axeViolations(page)).toEqual([]);
      expect(w.offOrigin()).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
