// `npm run workup -- CASE.json --compare`, run as a user would run it (npx tsx, a child process).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '../../guidelines/ids.ts';

const EXAMPLES = join(import.meta.dirname, '../../../shared/examples');
const CASE = join(EXAMPLES, 'new-referral-three-losses.json'); // two visualised losses and one biochemical

function workup(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run workup -- --compare', { timeout: 30_000 }, () => {
  it('prints the three guidelines side by side, with why they differ', () => {
    const r = workup(CASE, '--compare');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('guideline comparison (ESHRE 2022 · RCOG GTG 17 (2023) · ASRM 2012)');
    expect(r.stdout).toContain('Decision support, not a diagnosis');
    expect(r.stdout).toMatch(/≠ Definition: ESHRE 2022 MET \(3 counted\) \| RCOG GTG 17 \(2023\) NOT MET \(discretion\) \(2 counted\) \| ASRM 2012 MET \(2 counted\)/);
    const lines = r.stdout.split('\n');
    const row = (name: string) => lines.find((l) => l.includes(name))!;
    expect(row('Genetic analysis of pregnancy tissue')).toMatch(/^≠ .*Conditional.*Recommended.*\? Not read/);
    expect(row('Supportive care')).toMatch(/^ {2}.*Recommended.*Recommended.*Recommended/);
    expect(r.stdout).toContain('WHERE THE GUIDELINES DIFFER');
    expect(r.stdout).toContain('Definition: two or three losses');
    expect(r.stdout).toContain('RCOG GTG 17 (2023) · §6.2 · Grade D');
  });

  it('answers with JSON when asked', () => {
    const r = workup(CASE, '--compare', '--json');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.rows).toHaveLength(ALL_ITEM_IDS.length);
    expect(answer.definition.disagree).toBe(true);
    expect(answer.definition.topic.id).toBe('definition');
  });

  it('speaks plainly to a patient', () => {
    const r = workup(CASE, '--compare', '--role', 'patient');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('WHY THE GUIDELINES DIFFER');
    expect(r.stdout).toContain('Testing the pregnancy tissue');
    expect(r.stdout).not.toContain('Grade D');
  });

  it('refuses --compare with --pdf', () => {
    const r = workup(CASE, '--compare', '--pdf', 'out.pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--compare and --pdf cannot be used together');
  });
});
