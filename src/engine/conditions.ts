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

export function holds(c: Condition | undefined, facts: Facts): boolean {
  if (c === undefined) return true;
  if ('all' in c) return c.all.every((x) => holds(x, facts));
  if ('any' in c) return c.any.some((x) => holds(x, facts));
  if ('not' in c) return !holds(c.not, facts);
  if ('takes' in c) return facts.medicines.has(c.takes);
  const value = facts[c.fact as keyof Facts];
  const comps = comparisons(c);
  if (comps.length === 0) return value === true;
  return comps.every(([k, limit]) => COMPARATORS[k][1](value as number, limit));
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
