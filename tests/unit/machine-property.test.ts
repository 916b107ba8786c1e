// Property: any sequence of events, from the fixed event set and from random payloads, never
// throws, never reaches immune with an unresolved core domain, and every flag keeps its citation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import type { Result } from '../../src/engine/case-schema.ts';
import { ALL_INVESTIGATION_IDS, ALL_ITEM_IDS, INTERPRETATIONS } from '../../guidelines/ids.ts';
import { STEPS } from '../../machines/steps.ts';
import { type WorkupEvent, workupMachine } from '../../machines/workup-machine.ts';
import {
  AVAILABLE_GUIDELINES,
  COMPLETE,
  eventLabel,
  eventsFor,
  INCOMPLETE,
  invariantProblems,
  LA_FIRST,
  LA_REPEAT,
  type Snap,
  start,
  stepProblems,
} from '../support/machine-fixtures.ts';

/** An event chosen with the snapshot in hand (so declines can target what is outstanding). */
type Pick = (s: Snap) => WorkupEvent;

const fromEventSet: fc.Arbitrary<Pick> = fc.nat().map((n) => (s: Snap) => {
  const events = eventsFor(s);
  return events[n % events.length]!;
});

const resultArb: fc.Arbitrary<Result> = fc.record(
  {
    test: fc.constantFrom(...ALL_INVESTIGATION_IDS),
    date: fc.constantFrom(LA_FIRST, LA_REPEAT, '2026-01-15', '2026-03-01', '2999-12-31'),
    interpretation: fc.constantFrom(...INTERPRETATIONS),
    value: fc.double({ min: -10, max: 200, noNaN: true }),
    isotype: fc.constantFrom('IgG' as const, 'IgM' as const),
  },
  { requiredKeys: ['test', 'date'] },
) as fc.Arbitrary<Result>;

const randomEvent: fc.Arbitrary<Pick> = fc
  .oneof(
    resultArb.map((result): WorkupEvent => ({ type: 'result.record', result })),
    resultArb.map((r): WorkupEvent => ({ type: 'result.remove', test: r.test, date: r.date })),
    fc
      .tuple(fc.constantFrom(...ALL_ITEM_IDS), fc.oneof(fc.string({ maxLength: 20 }), fc.string({ minLength: 495, maxLength: 510 })))
      .map(([id, reason]): WorkupEvent => ({ type: 'item.decline', id, reason })),
    fc.constantFrom(...ALL_ITEM_IDS).map((id): WorkupEvent => ({ type: 'item.undecline', id })),
    fc.constantFrom(...ALL_ITEM_IDS).map((id): WorkupEvent => ({ type: 'item.ask', id })),
    fc.constantFrom(...STEPS).map((step): WorkupEvent => ({ type: 'step.jump', step })),
    fc.constantFrom(...AVAILABLE_GUIDELINES).map((guideline): WorkupEvent => ({ type: 'guideline.change', guideline })),
    fc.boolean().map((acknowledged): WorkupEvent => ({ type: 'definition.continue', acknowledged })),
  )
  .map((e) => () => e);

/** Onward through the walkthrough, so random runs reach the later steps often. */
const forward: fc.Arbitrary<Pick> = fc.boolean().map(
  (acknowledged) =>
    (s: Snap): WorkupEvent =>
      s.value === 'definition' ? { type: 'definition.continue', acknowledged } : { type: 'step.next' },
);

/** Start from intake, or from the definition step of a case, so short runs still go deep. */
const startArb = fc.constantFrom<Array<() => Snap>>(
  () => start(),
  () => transition(workupMachine, start(), { type: 'intake.submit', case: COMPLETE })[0],
  () => transition(workupMachine, start(), { type: 'intake.submit', case: INCOMPLETE })[0],
);

describe('workup machine: random event sequences (fast-check)', () => {
  it('never throw, never reach immune with an unresolved core domain, and every flag has a citation', () => {
    let immuneVisits = 0;
    fc.assert(
      fc.property(
        startArb,
        fc.array(fc.oneof({ arbitrary: fromEventSet, weight: 3 }, { arbitrary: forward, weight: 2 }, { arbitrary: randomEvent, weight: 1 }), {
          minLength: 5,
          maxLength: 40,
          size: 'max',
        }),
        (first, picks) => {
          let s = first();
          const trail: string[] = [];
          for (const pick of picks) {
            const event = pick(s);
            trail.push(eventLabel(event));
            const next = transition(workupMachine, s, event)[0];
            const problems = [...invariantProblems(next), ...stepProblems(s, event, next)];
            if (problems.length) throw new Error(`${trail.join(' → ')}: ${problems.join('; ')}`);
            if (next.value === 'immune') immuneVisits++;
            s = next;
          }
        },
      ),
      { numRuns: 150, seed: Number(process.env.FC_SEED ?? 20261123) },
    );
    expect(immuneVisits).toBeGreaterThan(0); // the property was exercised where it matters
  });
});
