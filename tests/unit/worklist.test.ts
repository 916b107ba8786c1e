// src/engine/summary.ts on real cases: a conditional immune test is offered to consider only once the
// core workup is settled (the immune gate is open).
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { worklist } from '../../src/engine/summary.ts';
import { example } from '../support/cases.ts';

describe('worklist: the immune step', () => {
  it('ESHRE: antinuclear antibodies are offered to consider when the gate is open, not before', () => {
    const open = evaluateCase(example('unexplained-complete-workup-asks-nk'), 'eshre-2022');
    expect(open.immuneGate).toBe('open');
    expect(worklist(open).consider.map((i) => i.id)).toContain('antinuclear-antibodies');
    const closed = evaluateCase(example('new-referral-three-losses'), 'eshre-2022');
    expect(closed.immuneGate).toBe('closed');
    expect(worklist(closed).consider.map((i) => i.id)).not.toContain('antinuclear-antibodies');
  });
});
