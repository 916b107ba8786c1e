// The command line of CONTRACT.md §5, run as a user would run it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXAMPLES = join(import.meta.dirname, '../../../shared/examples');

function workup(...args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rpl-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('npm run workup', () => {
  it('prints a GP checklist for a new referral', () => {
    const r = workup(join(EXAMPLES, 'new-referral-three-losses.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Definition: MET — 3 losses counted');
    expect(r.stdout).toContain('ORDER OR ARRANGE NOW');
    expect(r.stdout).toContain('Lupus anticoagulant');
    expect(r.stdout).toContain('Immune step: closed');
    expect(r.stdout).toContain('Decision support, not a diagnosis');
  });

  it('answers with the contract JSON', () => {
    const r = workup(join(EXAMPLES, 'unexplained-complete-workup-asks-nk.json'), '--json');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(Object.keys(answer)).toEqual(expect.arrayContaining(['guideline', 'definition', 'items', 'flags', 'findings', 'immuneGate', 'referral']));
    expect(answer.guideline.id).toBe('eshre-2022');
    expect(answer.immuneGate).toBe('open');
    expect(answer.flags.map((f: { id: string }) => f.id)).toContain('nk-cells-blood');
  });

  it('speaks plainly to a patient and lists questions', () => {
    const r = workup(join(EXAMPLES, 'unexplained-complete-workup-asks-nk.json'), '--role', 'patient');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('QUESTIONS TO TAKE TO YOUR APPOINTMENT');
    expect(r.stdout).toContain('NK cell blood test');
  });

  it('gives a nurse the triage answer first', () => {
    const r = workup(join(EXAMPLES, 'new-referral-three-losses.json'), '--role=nurse');
    expect(r.stdout).toMatch(/Referral: MEETS criteria under ESHRE 2022/);
    expect(r.stdout).toContain('Tests missing before referral: pelvic-ultrasound-3d, tsh');
  });

  it('exits 2 with every validation problem and no stack trace for a bad case', () => {
    const file = tempFile('bad.json', JSON.stringify({ schemaVersion: 1, patient: { age: 7 }, pregnancies: [{ outcome: 'lost' }] }));
    const r = workup(file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('patient.age: must be at least 14');
    expect(r.stderr).toContain('pregnancies[0].outcome');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('exits 2 for a file that is not JSON or does not exist', () => {
    const notJson = workup(tempFile('x.json', '{ not json'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    const missing = workup('/nowhere/case.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect(`${notJson.stderr}${missing.stderr}`).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for an unknown option or guideline, with usage', () => {
    const r = workup(join(EXAMPLES, 'new-referral-three-losses.json'), '--guideline', 'nice-2019', '--colour');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--guideline: "nice-2019" is not one of');
    expect(r.stderr).toContain('--colour: unknown option');
    expect(r.stderr).toContain('usage: npm run workup');
  });
});
