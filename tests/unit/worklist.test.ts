// src/engine/summary.ts on real cases: a conditional immune test is offered to consider only once the
// core workup is settled (the immune gate is open); a part of a combination is not offered alone.
import { describe, expect, it } from 'vitest';
import { GUIDELINE_IDS, type GuidelineId } from '../../guidelines/ids.ts';
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

describe('worklist: a part of a combination is not offered alone beside it', () => {
  const aps = example('aps-lupus-anticoagulant-confirmed');
  const treatmentIds = (g: GuidelineId) => worklist(evaluateCase(aps, g)).treatments.map((i) => i.id);

  it.each(GUIDELINE_IDS)('%s: confirmed APS lists aspirin plus heparin, not aspirin or heparin by itself', (g) => {
    const e = evaluateCase(aps, g);
    // The parts still carry their own verdict in the full list of items (the review step, the JSON answer).
    expect(e.items.find((i) => i.id === 'low-dose-aspirin')).toMatchObject({ verdict: 'conditional', partOf: 'aspirin-heparin-for-aps' });
    expect(treatmentIds(g)).toContain('aspirin-heparin-for-aps');
    expect(treatmentIds(g)).not.toContain('low-dose-aspirin');
    expect(treatmentIds(g)).not.toContain('heparin');
  });

  it('a part she takes now is still shown, as a medicine to continue, beside the combination', () => {
    const w = worklist(evaluateCase({ ...aps, medicines: [{ id: 'low-dose-aspirin' }] }, 'eshre-2022'));
    expect(w.treatments.map((i) => i.id)).toContain('aspirin-heparin-for-aps');
    expect(w.takenNow.map((i) => i.id)).toEqual(['low-dose-aspirin']);
  });
});
