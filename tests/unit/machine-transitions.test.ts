// The workup machine's behaviours, one by one, with pure transitions (initialTransition /
// transition): nothing is executed, no actor is started, no React.
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { validateCase } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { addDays } from '../../src/engine/results.ts';
import { STEPS } from '../../machines/steps.ts';
import { evaluationBeforeGuidelineChange, evaluationOf, workupMachine } from '../../machines/workup-machine.ts';
import {
  AVAILABLE_GUIDELINES,
  COMPLETE,
  COMPLETE_ULTRASOUND,
  FUTURE_RESULT,
  INCOMPLETE,
  INVALID,
  LA_FIRST,
  LA_POSITIVE,
  LA_POSITIVE_REPEAT,
  LA_REPEAT,
  LONG_REASON,
  ONE_LOSS,
  REASON,
  type Snap,
  evaluationProblems,
  invariantProblems,
  outstandingItems,
  send,
  start,
  toReview,
} from '../support/machine-fixtures.ts';

const item = (s: Snap, id: string) => evaluationOf(s.context)!.items.find((i) => i.id === id);
const submitted = (c = COMPLETE) => send(start(), { type: 'intake.submit', case: c });

describe('pure transitions', () => {
  it('initialTransition starts at intake with an empty context and no actions to run', () => {
    const [s, actions] = initialTransition(workupMachine);
    expect(s.value).toBe('intake');
    expect(s.context).toEqual({
      case: null,
      guideline: 'eshre-2022',
      previousGuideline: null,
      triage: false,
      reached: [],
      asked: null,
      definitionOverridden: false,
    });
    expect(evaluationOf(s.context)).toBeNull();
    expect(actions).toEqual([]);
  });

  it('a case opened from a file starts at its definition step, under the guideline given', () => {
    const guideline = AVAILABLE_GUIDELINES.at(-1)!;
    const [s] = initialTransition(workupMachine, { guideline, case: COMPLETE });
    expect(s.value).toBe('definition');
    expect(s.context.case).toEqual({ ...COMPLETE, guideline });
    expect(s.context.reached).toEqual(['definition']);
    expect(evaluationOf(s.context)!.guideline.id).toBe(guideline);
    expect(invariantProblems(s)).toEqual([]);
    // For triage (a nurse opening a referral) it starts at the summary instead.
    const [triage] = initialTransition(workupMachine, { guideline, case: COMPLETE, triage: true });
    expect(triage.value).toBe('summary');
    expect(triage.context.triage).toBe(false);
    expect(send(triage, { type: 'step.back' }).value).toBe('review');
    // An invalid case from outside is not taken: the history starts empty.
    const [invalid] = initialTransition(workupMachine, { guideline, case: INVALID });
    expect(invalid.value).toBe('intake');
    expect(invalid.context.case).toBeNull();
  });

  it('transition returns a new snapshot and leaves the old one as it was', () => {
    const s0 = start();
    const frozen = JSON.stringify(s0);
    const [s1, actions] = transition(workupMachine, s0, { type: 'intake.submit', case: COMPLETE });
    expect(actions).toEqual([]);
    expect(s1).not.toBe(s0);
    expect(JSON.stringify(s0)).toBe(frozen);
  });
});

describe('intake.submit', () => {
  it('refuses an invalid case: stays at intake with no case', () => {
    const s = send(start(), { type: 'intake.submit', case: INVALID });
    expect(s.value).toBe('intake');
    expect(s.context.case).toBeNull();
    expect(evaluationOf(s.context)).toBeNull();
    expect(start().can({ type: 'intake.submit', case: INVALID })).toBe(false);
  });

  it('accepts a valid case: stores it, evaluates it and moves to the definition step', () => {
    const s = submitted();
    expect(s.value).toBe('definition');
    expect(s.context.case).toEqual(COMPLETE);
    expect(evaluationOf(s.context)).toEqual(evaluateCase(COMPLETE, 'eshre-2022'));
    expect(s.context.reached).toEqual(['definition']);
  });
});

describe('definition.continue', () => {
  it('continues at once when the definition is met (no override)', () => {
    const s = send(submitted(), { type: 'definition.continue' });
    expect(s.value).toBe('genetic');
    expect(s.context.definitionOverridden).toBe(false);
  });

  it('is blocked when the definition is not met (one loss) unless acknowledged', () => {
    const at = submitted(ONE_LOSS);
    expect(evaluationOf(at.context)!.definition.met).toBe(false);
    for (const event of [{ type: 'definition.continue' }, { type: 'definition.continue', acknowledged: false }] as const) {
      const s = send(at, event);
      expect(s.value).toBe('definition');
      expect(at.can(event)).toBe(false);
    }
    const s = send(at, { type: 'definition.continue', acknowledged: true });
    expect(s.value).toBe('genetic');
    expect(s.context.definitionOverridden).toBe(true);
  });

  it('cannot be bypassed by jumping ahead after a new case is submitted', () => {
    // Reach genetic with a case that meets the definition, go back, submit a one-loss case.
    const back = send(submitted(), { type: 'definition.continue' }, { type: 'step.back' }, { type: 'step.back' });
    expect(back.value).toBe('intake');
    const s = send(back, { type: 'intake.submit', case: ONE_LOSS });
    expect(s.value).toBe('definition');
    expect(s.context.reached).toContain('genetic');
    expect(s.can({ type: 'step.jump', step: 'genetic' })).toBe(false);
    expect(send(s, { type: 'step.jump', step: 'genetic' }).value).toBe('definition');
    // Once acknowledged, the reached steps are open again.
    const ack = send(s, { type: 'definition.continue', acknowledged: true }, { type: 'step.jump', step: 'definition' });
    expect(send(ack, { type: 'step.jump', step: 'genetic' }).value).toBe('genetic');
  });

  it('drops a stale override once the case meets the definition', () => {
    const over = send(submitted(ONE_LOSS), { type: 'definition.continue', acknowledged: true });
    expect(over.context.definitionOverridden).toBe(true);
    const s = send(over, { type: 'case.update', case: INCOMPLETE });
    expect(evaluationOf(s.context)!.definition.met).toBe(true);
    expect(s.context.definitionOverridden).toBe(false);
  });
});

describe('step.next and step.back', () => {
  it('walk forward through every step and back again (complete workup: gate open)', () => {
    let s = submitted();
    const forward: string[] = [String(s.value)];
    s = send(s, { type: 'definition.continue' });
    forward.push(String(s.value));
    while (s.value !== 'summary') {
      const next = send(s, { type: 'step.next' });
      expect(next.value).not.toBe(s.value);
      s = next;
      forward.push(String(s.value));
    }
    expect(['intake', ...forward]).toEqual([...STEPS]);
    expect(s.context.reached).toEqual(STEPS.filter((x) => x !== 'intake'));
    expect(send(s, { type: 'step.next' }).value).toBe('summary'); // the last step has no next

    const backward: string[] = [String(s.value)];
    for (const expected of ['review', 'antiphospholipid', 'hormonal', 'anatomical', 'genetic', 'definition', 'intake']) {
      s = send(s, { type: 'step.back' });
      expect(s.value).toBe(expected);
      backward.push(String(s.value));
    }
    expect(send(s, { type: 'step.back' }).value).toBe('intake'); // the first step has no back
    // Back from immune goes to review as well.
    const immune = send(toReview(COMPLETE), { type: 'step.next' });
    expect(immune.value).toBe('immune');
    expect(send(immune, { type: 'step.back' }).value).toBe('review');
    expect(send(immune, { type: 'summary.open' }).value).toBe('summary');
  });
});

describe('the immune gate: review → immune', () => {
  it('opens to immune when every core domain is resolved (complete workup)', () => {
    const review = toReview(COMPLETE);
    expect(review.value).toBe('review');
    expect(evaluationOf(review.context)!.immuneGate).toBe('open');
    expect(review.can({ type: 'step.next' })).toBe(true);
    expect(send(review, { type: 'step.next' }).value).toBe('immune');
  });

  const closed: Array<[string, Snap]> = [
    ['a new referral with nothing done', toReview(INCOMPLETE)],
    ['a new referral with one item declined', send(toReview(INCOMPLETE), { type: 'item.decline', id: 'tsh', reason: REASON })],
    ['a complete workup with the ultrasound removed', send(toReview(COMPLETE), { type: 'result.remove', ...COMPLETE_ULTRASOUND })],
    ['a complete workup with a lupus anticoagulant repeat due', send(toReview(COMPLETE), { type: 'result.record', result: LA_POSITIVE })],
    ['a one-loss case continued by acknowledgement', toReview(ONE_LOSS, true)],
  ];
  it.each(closed)('never goes to immune otherwise: %s', (_, review) => {
    expect(review.value).toBe('review');
    expect(evaluationOf(review.context)!.immuneGate).toBe('closed');
    // Closed because a core domain is unresolved, or because no workup is indicated at all.
    const e = evaluationOf(review.context)!;
    expect(e.coreDomains.some((d) => !d.resolved) || !e.definition.met).toBe(true);
    expect(review.can({ type: 'step.next' })).toBe(false);
    expect(send(review, { type: 'step.next' }).value).toBe('review');
    expect(send(review, { type: 'step.jump', step: 'immune' }).value).toBe('review');
  });

  it('reaches the summary from review without the immune step, gate open or closed', () => {
    for (const c of [INCOMPLETE, COMPLETE]) {
      const s = send(toReview(c), { type: 'summary.open' });
      expect(s.value).toBe('summary');
      expect(s.context.reached).not.toContain('immune');
    }
  });
});

describe('step.jump', () => {
  it('goes only to steps already reached', () => {
    const aps = send(submitted(), { type: 'definition.continue' }, { type: 'step.next' }, { type: 'step.next' }, { type: 'step.next' });
    expect(aps.value).toBe('antiphospholipid');
    for (const step of ['definition', 'genetic', 'anatomical', 'hormonal'] as const) {
      expect(send(aps, { type: 'step.jump', step }).value).toBe(step);
    }
    for (const step of ['review', 'immune', 'summary'] as const) {
      expect(aps.can({ type: 'step.jump', step })).toBe(false);
      expect(send(aps, { type: 'step.jump', step }).value).toBe('antiphospholipid');
    }
    expect(send(aps, { type: 'step.jump', step: 'intake' }).value).toBe('antiphospholipid'); // intake is left by step.back
  });

  it('never goes to immune with the gate closed, even when immune was reached before', () => {
    const summary = send(toReview(COMPLETE), { type: 'step.next' }, { type: 'step.next' });
    expect(summary.value).toBe('summary');
    expect(summary.context.reached).toContain('immune');
    expect(send(summary, { type: 'step.jump', step: 'immune' }).value).toBe('immune');
    const closed = send(summary, { type: 'result.remove', ...COMPLETE_ULTRASOUND });
    expect(evaluationOf(closed.context)!.immuneGate).toBe('closed');
    for (const from of [closed, send(closed, { type: 'step.jump', step: 'genetic' })]) {
      expect(from.can({ type: 'step.jump', step: 'immune' })).toBe(false);
      expect(send(from, { type: 'step.jump', step: 'immune' }).value).toBe(from.value);
    }
  });

  it('goes nowhere without a case (after a reset)', () => {
    const reset = send(toReview(COMPLETE), { type: 'case.reset' });
    for (const step of STEPS) expect(send(reset, { type: 'step.jump', step }).value).toBe('intake');
  });
});

describe('guideline.change', () => {
  it('to the current guideline changes nothing', () => {
    const s = toReview(COMPLETE);
    const same = send(s, { type: 'guideline.change', guideline: 'eshre-2022' });
    expect(same.context).toEqual(s.context);
    expect(evaluationOf(same.context)).toBe(evaluationOf(s.context));
    expect(evaluationBeforeGuidelineChange(same.context)).toBeNull();
  });

  const others = AVAILABLE_GUIDELINES.filter((g) => g !== 'eshre-2022');
  it.skipIf(others.length === 0).each(others)('to %s re-evaluates and keeps the evaluation from before the change', (guideline) => {
    const before = toReview(COMPLETE);
    const s = send(before, { type: 'guideline.change', guideline });
    expect(s.context.guideline).toBe(guideline);
    expect(s.context.case!.guideline).toBe(guideline);
    expect(evaluationOf(s.context)!.guideline.id).toBe(guideline);
    expect(evaluationOf(s.context)).toEqual(evaluateCase(s.context.case!, guideline));
    expect(evaluationBeforeGuidelineChange(s.context)).toEqual(evaluationOf(before.context));
    expect(evaluationBeforeGuidelineChange(s.context)!.guideline.id).toBe('eshre-2022');
    expect(invariantProblems(s)).toEqual([]);
    // Back again: the "before" is now the other guideline's evaluation.
    const again = send(s, { type: 'guideline.change', guideline: 'eshre-2022' });
    expect(evaluationOf(again.context)).toEqual(evaluationOf(before.context));
    expect(evaluationBeforeGuidelineChange(again.context)).toEqual(evaluationOf(s.context));
  });
});

describe('item.ask', () => {
  it('adds the id to case.requested, sets asked, and flags a non-recommended item with a citation; the gate does not move', () => {
    for (const c of [INCOMPLETE, COMPLETE]) {
      const before = toReview({ ...c, requested: [] });
      const s = send(before, { type: 'item.ask', id: 'nk-cells-blood' });
      expect(s.context.asked).toBe('nk-cells-blood');
      expect(s.context.case!.requested).toEqual(['nk-cells-blood']);
      const flag = evaluationOf(s.context)!.flags.find((f) => f.id === 'nk-cells-blood');
      expect(flag).toMatchObject({ verdict: 'not-recommended', source: 'requested' });
      expect(flag!.citation).toMatchObject({
        document: expect.any(String),
        reference: expect.any(String),
        strength: expect.any(String),
        evidence: expect.any(String),
        url: expect.stringMatching(/^https?:\/\//),
      });
      expect(evaluationProblems(evaluationOf(s.context)!)).toEqual([]);
      expect(evaluationOf(s.context)!.immuneGate).toBe(evaluationOf(before.context)!.immuneGate);
      expect(evaluationOf(s.context)!.coreDomains).toEqual(evaluationOf(before.context)!.coreDomains);
      expect(s.value).toBe('review');
      // Asking again does not add it twice.
      expect(send(s, { type: 'item.ask', id: 'nk-cells-blood' }).context.case!.requested).toEqual(['nk-cells-blood']);
    }
  });
});

describe('item.decline', () => {
  it('needs a non-empty reason', () => {
    const review = toReview(INCOMPLETE);
    for (const reason of ['', '   ']) {
      const event = { type: 'item.decline', id: 'tsh', reason } as const;
      expect(review.can(event)).toBe(false);
      expect(send(review, event).context).toBe(review.context);
    }
  });

  it('refuses a reason the case file cannot hold (over 500 characters), so the case stays valid', () => {
    const review = toReview(INCOMPLETE);
    const s = send(review, { type: 'item.decline', id: 'tsh', reason: LONG_REASON });
    expect(s.context.case).toBe(review.context.case);
    expect(validateCase(s.context.case).ok).toBe(true);
  });

  it('resolves a domain; declining every outstanding recommended item opens the gate; undecline closes it again', () => {
    let s = toReview(INCOMPLETE);
    const outstanding = outstandingItems(evaluationOf(s.context));
    expect(outstanding.length).toBeGreaterThan(1);
    for (const id of outstanding) {
      expect(evaluationOf(s.context)!.immuneGate).toBe('closed');
      s = send(s, { type: 'item.decline', id, reason: `  ${REASON}  ` });
      expect(item(s, id)).toMatchObject({ status: 'declined', declinedReason: REASON });
      const domain = evaluationOf(s.context)!.coreDomains.find((d) => d.domain === item(s, id)!.domain)!;
      expect(domain.outstanding).not.toContain(id);
      expect(domain.resolved).toBe(domain.outstanding.length === 0);
      if (id === 'pelvic-ultrasound-3d') expect(domain).toMatchObject({ domain: 'anatomical', resolved: true });
    }
    expect(evaluationOf(s.context)!.coreDomains.every((d) => d.resolved)).toBe(true);
    expect(evaluationOf(s.context)!.immuneGate).toBe('open');
    expect(send(s, { type: 'step.next' }).value).toBe('immune');

    const undone = send(s, { type: 'item.undecline', id: outstanding[0]! });
    expect(evaluationOf(undone.context)!.immuneGate).toBe('closed');
    expect(undone.can({ type: 'step.next' })).toBe(false);
  });
});

describe('result.record and result.remove', () => {
  it('ignores an invalid result: nothing is lost', () => {
    const review = toReview(COMPLETE);
    const s = send(review, { type: 'result.record', result: FUTURE_RESULT });
    expect(s.context.case).toBe(review.context.case);
    expect(evaluationOf(s.context)).toBe(evaluationOf(review.context));
    expect(s.context.case!.results).toHaveLength(COMPLETE.results!.length);
  });

  it('a positive lupus anticoagulant is repeat-due 84 days later; a positive repeat then confirms it', () => {
    expect(LA_REPEAT).toBe(addDays(LA_FIRST, 84));
    const first = send(toReview(INCOMPLETE), { type: 'result.record', result: LA_POSITIVE });
    expect(item(first, 'aps-lupus-anticoagulant')).toMatchObject({ status: 'repeat-due', dueFrom: LA_REPEAT });
    expect(evaluationOf(first.context)!.findings.map((f) => f.id)).not.toContain('aps-laboratory-criteria-met');

    // A repeat one day early does not count.
    const early = send(first, { type: 'result.record', result: { ...LA_POSITIVE_REPEAT, date: addDays(LA_FIRST, 83) } });
    expect(item(early, 'aps-lupus-anticoagulant')!.status).toBe('repeat-due');

    const confirmed = send(first, { type: 'result.record', result: LA_POSITIVE_REPEAT });
    expect(item(confirmed, 'aps-lupus-anticoagulant')!.status).toBe('done');
    const finding = evaluationOf(confirmed.context)!.findings.find((f) => f.id === 'aps-laboratory-criteria-met');
    expect(finding).toBeDefined();
    expect(finding!.detail.join(' ')).toContain(`positive on ${LA_FIRST}`);
  });

  it('a positive lupus anticoagulant in a complete workup closes the gate until the repeat', () => {
    const s = send(toReview(COMPLETE), { type: 'result.record', result: LA_POSITIVE });
    expect(evaluationOf(s.context)!.immuneGate).toBe('closed');
    expect(evaluationOf(s.context)!.coreDomains.find((d) => d.domain === 'antiphospholipid')!.outstanding).toEqual(['aps-lupus-anticoagulant']);
    const repeat = send(s, { type: 'result.record', result: LA_POSITIVE_REPEAT });
    expect(evaluationOf(repeat.context)!.immuneGate).toBe('open');
  });

  it('removing a result while in immune re-closes the gate and leaves for review', () => {
    const immune = send(toReview(COMPLETE), { type: 'step.next' });
    expect(immune.value).toBe('immune');
    const s = send(immune, { type: 'result.remove', ...COMPLETE_ULTRASOUND });
    expect(s.value).toBe('review');
    expect(evaluationOf(s.context)!.immuneGate).toBe('closed');
    expect(s.context.case!.results).toHaveLength(COMPLETE.results!.length - 1);
    expect(s.context.reached).toContain('immune');
    // Recording it again reopens the gate; immune is then reachable again.
    const back = send(s, { type: 'result.record', result: { ...COMPLETE_ULTRASOUND, interpretation: 'normal' } }, { type: 'step.next' });
    expect(back.value).toBe('immune');
  });
});

describe('case.update and case.reset', () => {
  it('case.update keeps the step, replaces a valid case and ignores an invalid one', () => {
    const review = toReview(COMPLETE);
    expect(send(review, { type: 'case.update', case: INVALID }).context).toBe(review.context);
    const s = send(review, { type: 'case.update', case: INCOMPLETE });
    expect(s.value).toBe('review');
    expect(s.context.case).toEqual(INCOMPLETE);
    expect(evaluationOf(s.context)!.immuneGate).toBe('closed');
  });

  it('case.reset returns to intake, clears the case and keeps the guideline', () => {
    const guideline = AVAILABLE_GUIDELINES.at(-1)!;
    const s = send(
      start({ guideline }),
      { type: 'intake.submit', case: COMPLETE },
      { type: 'definition.continue' },
      { type: 'step.jump', step: 'definition' },
      { type: 'item.ask', id: 'nk-cells-blood' },
    );
    expect(s.context.case).not.toBeNull();
    const reset = send(s, { type: 'case.reset' });
    expect(reset.value).toBe('intake');
    expect(reset.context).toEqual({
      case: null,
      previousGuideline: null,
      triage: false,
      definitionOverridden: false,
      asked: null,
      reached: [],
      guideline,
    });
  });
});
