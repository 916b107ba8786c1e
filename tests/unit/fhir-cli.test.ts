// `npm run workup -- CASE.json --fhir OUT.json`, run as a user would run it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleProblems } from '../support/fhir.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/unexplained-complete-workup-asks-nk.json');
const workup = (...args: string[]) => spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { encoding: 'utf8' });

// Generous limits: each case starts a Node process, and the machine may be shared.
describe('npm run workup -- --fhir', { timeout: 120_000 }, () => {
  it('writes a valid bundle and says where; with --json stdout stays pure JSON', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rpl-fhir-')), 'workup.json');
    const r = workup(FIXTURE, '--json', '--fhir', out);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).guideline.id).toBe('eshre-2022');
    expect(r.stderr).toContain(`FHIR bundle written: ${out}`);
    const bundle = JSON.parse(readFileSync(out, 'utf8'));
    expect(bundle.type).toBe('collection');
    expect(bundleProblems(bundle)).toEqual([]);
  });

  it('names the problem when the option has no file or the folder does not exist', () => {
    const missing = workup(FIXTURE, '--fhir');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--fhir: needs an output file name');
    const nowhere = join(tmpdir(), 'no-such-folder-rpl', 'x.json');
    const r = workup(FIXTURE, '--fhir', nowhere);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot write the FHIR bundle (no such folder)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(nowhere)).toBe(false);
  });
});
