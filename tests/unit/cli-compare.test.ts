// `npm run workup -- CASE.json --compare`, called in-process (tests/support/cli.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ITEM_IDS } from '../../guidelines/ids.ts';
import { FIXTURES, workup } from '../support/cli.ts';

const CASE = join(FIXTURES, 'new-referral-three-losses.json'); // two visualised losses and one biochemical

describe('npm run workup -- --compare', () => {
  it('prints the three guidelines side by side, with why they differ', async () => {
    const r = await workup(CASE, '--compare');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('guideline comparison (ESHRE 2022 · RCOG GTG 17 (2023) · ASRM 2012)');
    expect(r.stdout).toContain('Decision support, not a diagnosis');
    expect(r.stdout).toMatch(
      /≠ Definition: ESHRE 2022 MET \(3 counted\) \| RCOG GTG 17 \(2023\) NOT MET \(discretion\) \(2 counted\) \| ASRM 2012 MET \(2 counted\)/,
    );
    const lines = r.stdout.split('\n');
    const row = (name: string) => lines.find((l) => l.includes(name))!;
    expect(row('Genetic analysis of pregnancy tissue')).toMatch(/^≠ .*Conditional.*Recommended.*\? Not read/);
    expect(row('Supportive care')).toMatch(/^ {2}.*Recommended.*Recommended.*Recommended/);
    expect(r.stdout).toContain('WHERE THE GUIDELINES DIFFER');
    expect(r.stdout).toContain('Definition: two or three losses');
    expect(r.stdout).toContain('RCOG GTG 17 (2023) · §6.2 · Grade D');
  });

  it('answers with JSON when asked', async () => {
    const r = await workup(CASE, '--compare', '--json');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.rows).toHaveLength(ALL_ITEM_IDS.length);
    expect(answer.definition.disagree).toBe(true);
    expect(answer.definition.topic.id).toBe('definition');
  });

  it('speaks plainly to a patient', async () => {
    const r = await workup(CASE, '--compare', '--role', 'patient');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('WHY THE GUIDELINES DIFFER');
    expect(r.stdout).toContain('Testing the pregnancy tissue');
    expect(r.stdout).not.toContain('Grade D');
  });

  it('refuses --compare with --pdf', async () => {
    const r = await workup(CASE, '--compare', '--pdf', 'out.pdf');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--compare and --pdf cannot be used together');
  });
});
