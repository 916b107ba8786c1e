// @vitest-environment node
// `npm run workup -- CASE --pdf OUT.pdf --role …`, called in-process (tests/support/cli.ts).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workup } from '../support/cli.ts';
import { ARTIFACTS, EXAMPLES_DIR, flat, pageCount, pdfText } from '../support/pdf.ts';

describe('workup --pdf', () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const example = join(EXAMPLES_DIR, 'aps-lupus-anticoagulant-confirmed.json');

  it('--role nurse writes the referral letter, prints the text and the path', async () => {
    const out = join(ARTIFACTS, 'cli-nurse.pdf');
    rmSync(out, { force: true });
    const r = await workup(example, '--pdf', out, '--role', 'nurse');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('triage');
    expect(r.stdout).toContain(`PDF written: ${out}`);
    expect(existsSync(out)).toBe(true);
    expect(pageCount(out)).toBeGreaterThan(0);
    const text = flat(pdfText(out));
    expect(text).toContain('RPL Workup: Referral and triage letter');
    expect(text).toContain('Tests missing before referral');
  });

  it('--json keeps stdout pure JSON and reports the PDF on stderr', async () => {
    const out = join(ARTIFACTS, 'cli-patient.pdf');
    const r = await workup(example, '--json', '--pdf', out, '--role', 'patient');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).guideline.id).toBe('eshre-2022');
    expect(r.stderr).toContain(`PDF written: ${out}`);
    expect(flat(pdfText(out))).toContain('RPL Workup: Questions for your appointment');
  });

  it('an unwritable path is refused with exit 2 and no stack trace', async () => {
    const r = await workup(example, '--pdf', join(ARTIFACTS, 'no-such-folder', 'x.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write the PDF (no such folder)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
