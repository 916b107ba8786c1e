// src/engine/conditions.ts: conditions written as data are evaluated and read aloud exactly.
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../guidelines/schema.ts';
import { BOOLEAN_FACTS, type Facts, NUMERIC_FACTS } from '../../guidelines/facts-catalogue.ts';
import { describe as describeCondition, holds } from '../../src/engine/conditions.ts';

const facts = (over: Partial<Facts>): Facts => ({ losses: 3, age: 35, definitionMet: true, smoker: false, ...over }) as Facts;
const range = { fact: 'losses', gte: 2, lte: 4 } as Condition;

describe('holds', () => {
  it('a range holds only when every bound does', () => {
    expect([1, 2, 3, 4, 5].map((losses) => holds(range, facts({ losses })))).toEqual([false, true, true, true, false]);
  });

  it('all, any, not and a yes/no fact', () => {
    const c = { all: [{ fact: 'definitionMet' }, { any: [{ fact: 'smoker' }, { not: { fact: 'smoker' } }] }] } as Condition;
    expect(holds(c, facts({}))).toBe(true);
    expect(holds(c, facts({ definitionMet: false }))).toBe(false);
    expect(holds(undefined, facts({}))).toBe(true);
  });
});

describe('describe', () => {
  it('reads a condition in words, bounds joined by "and", alternatives in brackets', () => {
    expect(describeCondition(undefined)).toBe('always');
    expect(describeCondition(range)).toBe(`${NUMERIC_FACTS.losses} ≥ 2 and ${NUMERIC_FACTS.losses} ≤ 4`);
    const c = { all: [{ fact: 'definitionMet' }, { any: [{ fact: 'smoker' }, { not: { fact: 'smoker' } }] }] } as Condition;
    const { definitionMet, smoker } = BOOLEAN_FACTS;
    expect(describeCondition(c)).toBe(`${definitionMet} and (${smoker} or not ${smoker})`);
  });
});
