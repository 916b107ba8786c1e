// @vitest-environment node
// `npm run workup -- CASE --pdf OUT.pdf --role …`, run as a user would run it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, EXAMPLES_DIR, flat, pageCount, pdfText } from '../support/pdf.ts';

function workup(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each test starts tsx in a child process: allow for a busy machine.
describe('workup --pdf', { timeout: 60_000 }, () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const example = join(EXAMPLES_DIR, 'aps-lupus-anticoagulant-confirmed.json');

  it('--role nurse writes the referral letter, prints the text and the path', () => {
    const out = join(ARTIFACTS, 'cli-nurse.pdf');
    rmSync(out, { force: true });
    const r = workup(example, '--pdf', out, '--role', 'nurse');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('triage');
    expect(r.stdout).toContain(`PDF written: ${out}`);
    expect(existsSync(out)).toBe(true);
    expect(pageCount(out)).toBeGreaterThan(0);
    const text = flat(pdfText(out));
    expect(text).toContain('RPL Workup: Referral and triage letter');
    expect(text).toContain('Tests missing before referral');
  });

  it('--json keeps stdout pure JSON and reports the PDF on stderr', () => {
    const out = join(ARTIFACTS, 'cli-patient.pdf');
    const r = workup(example, '--json', '--pdf', out, '--role', 'patient');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).guideline.id).toBe('eshre-2022');
    expect(r.stderr).toContain(`PDF written: ${out}`);
    expect(flat(pdfText(out))).toContain('RPL Workup: Questions for your appointment');
  });

  it('an unwritable path is refused with exit 2 and no stack trace', () => {
    const r = workup(example, '--pdf', join(ARTIFACTS, 'no-such-folder', 'x.pdf'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write the PDF (no such folder)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
