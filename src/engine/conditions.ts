// Evaluating and reading aloud the conditions written as data in the guideline files.
import type { Condition } from '../../guidelines/schema.ts';
import { BOOLEAN_FACTS, type BooleanFact, type Facts, NUMERIC_FACTS, type NumericFact } from '../../guidelines/facts-catalogue.ts';

const COMPARATORS = {
  gte: ['≥', (a: number, b: number) => a >= b],
  gt: ['>', (a: number, b: number) => a > b],
  lte: ['≤', (a: number, b: number) => a <= b],
  lt: ['<', (a: number, b: number) => a < b],
} as const;
type Comparator = keyof typeof COMPARATORS;

function comparisons(c: Condition): [Comparator, number][] {
  return (Object.keys(COMPARATORS) as Comparator[])
    .filter((k) => k in c && typeof (c as Record<string, unknown>)[k] === 'number')
    .map((k) => [k, (c as Record<Comparator, number>)[k]]);
}

type Test = (facts: Facts) => boolean;

// Every condition is turned into a function once, the first time it is read: rule files are parsed
// once and never changed, and each evaluation reads hundreds of conditions (most of its time went on
// walking the data and building the comparisons again each time).
const tests = new WeakMap<Condition, Test>();

function testOf(c: Condition): Test {
  let t = tests.get(c);
  if (!t) {
    t = compile(c);
    tests.set(c, t);
  }
  return t;
}

function compile(c: Condition): Test {
  if ('all' in c) {
    const parts = c.all.map(testOf);
    return (facts) => parts.every((t) => t(facts));
  }
  if ('any' in c) {
    const parts = c.any.map(testOf);
    return (facts) => parts.some((t) => t(facts));
  }
  if ('not' in c) {
    const inner = testOf(c.not);
    return (facts) => !inner(facts);
  }
  if ('takes' in c) {
    const medicine = c.takes;
    return (facts) => facts.medicines.has(medicine);
  }
  const fact = c.fact as keyof Facts;
  const comps = comparisons(c);
  if (comps.length === 0) return (facts) => facts[fact] === true;
  return (facts) => comps.every(([k, limit]) => COMPARATORS[k][1](facts[fact] as number, limit));
}

export function holds(c: Condition | undefined, facts: Facts): boolean {
  return c === undefined || testOf(c)(facts);
}

/** The condition in words, generated from the data (the rule's `condition` text is its hand-written twin). */
export function describe(c: Condition | undefined): string {
  if (c === undefined) return 'always';
  if ('all' in c) return c.all.map(describe).join(' and ');
  if ('any' in c) return `(${c.any.map(describe).join(' or ')})`;
  if ('not' in c) return `not ${describe(c.not)}`;
  if ('takes' in c) return `takes ${c.takes} now`;
  const comps = comparisons(c);
  if (comps.length === 0) return BOOLEAN_FACTS[c.fact as BooleanFact];
  return comps.map(([k, n]) => `${NUMERIC_FACTS[c.fact as NumericFact]} ${COMPARATORS[k][0]} ${n}`).join(' and ');
}

/** Every fact a condition names, so tests can prove each rule file only names known facts. */
export function factsNamed(c: Condition | undefined): string[] {
  if (c === undefined) return [];
  if ('all' in c) return c.all.flatMap(factsNamed);
  if ('any' in c) return c.any.flatMap(factsNamed);
  if ('not' in c) return factsNamed(c.not);
  if ('takes' in c) return [];
  return [c.fact];
}
