// Reading the results a user entered: one index of results by test (built once, linear in the number
// of results), dates, the thyroid reading, and results that contradict each other on the same day.
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case, Result } from './case-schema.ts';

/** Every result grouped by test, oldest first (a stable sort keeps the entry order within a day). */
export type ResultIndex = ReadonlyMap<string, Result[]>;

export function indexResults(c: Case): ResultIndex {
  const byTest = new Map<string, Result[]>();
  for (const r of c.results ?? []) {
    const list = byTest.get(r.test);
    if (list) list.push(r);
    else byTest.set(r.test, [r]);
  }
  for (const list of byTest.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byTest;
}

export function latestIn(x: ResultIndex, test: string): Result | undefined {
  return x.get(test)?.at(-1);
}

/** The latest result of a test straight from the case (one pass; the last entered wins a tie, as in the index). */
export function latest(c: Case, test: string): Result | undefined {
  let found: Result | undefined;
  for (const r of c.results ?? []) if (r.test === test && (found === undefined || r.date >= found.date)) found = r;
  return found;
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function positive(r: Result | undefined): boolean {
  return r?.interpretation === 'positive' || r?.interpretation === 'abnormal';
}

function negative(r: Result): boolean {
  return r.interpretation === 'negative' || r.interpretation === 'normal';
}

export interface ThyroidReading {
  tshTested: boolean;
  tshAboveUpper: boolean;
  tshAboveMild: boolean;
  /** The lab flags a TSH value at or below the guideline's upper limit as abnormal: low or suppressed. */
  tshBelowRange: boolean;
  /** The lab flags TSH abnormal with no value: high or low cannot be told, so no hypothyroidism is inferred. */
  tshAbnormalNoValue: boolean;
  tpoPositive: boolean;
  freeT4Abnormal: boolean;
  freeT4Normal: boolean;
}

/**
 * TSH is compared with the guideline's upper limits when a value is given. The guidelines give no
 * lower limit, so a low TSH is known only from the lab's flag on a value within the upper limit.
 */
export function readThyroid(x: ResultIndex, g: Guideline): ThyroidReading {
  const tsh = latestIn(x, 'tsh');
  const value = tsh?.value;
  const above = (limit: number | undefined) => value !== undefined && limit !== undefined && value > limit;
  const ft4 = latestIn(x, 'free-t4');
  const tshAboveUpper = above(g.thresholds.tshUpper.value);
  return {
    tshTested: tsh !== undefined,
    tshAboveUpper,
    tshAboveMild: above(g.thresholds.tshMild?.value),
    tshBelowRange: value !== undefined && !tshAboveUpper && positive(tsh),
    tshAbnormalNoValue: tsh !== undefined && value === undefined && positive(tsh),
    tpoPositive: positive(latestIn(x, 'tpo-antibodies')),
    freeT4Abnormal: positive(ft4),
    freeT4Normal: ft4?.interpretation === 'normal',
  };
}

/** Read once per index: the facts and the finding details both ask. */
const contradictions = new WeakMap<ResultIndex, Result[][]>();

/**
 * Results of one test (and isotype) on one day that the lab reads both ways: e.g. lupus
 * anticoagulant positive and negative on the same day. Neither is taken over the other.
 */
export function sameDayContradictions(x: ResultIndex): Result[][] {
  const known = contradictions.get(x);
  if (known) return known;
  const out: Result[][] = [];
  contradictions.set(x, out);
  for (const list of x.values()) {
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && list[i]!.date === list[start]!.date) continue;
      const day = list.slice(start, i);
      start = i;
      if (day.length < 2) continue;
      for (const isotype of new Set(day.map((r) => r.isotype))) {
        const same = day.filter((r) => r.isotype === isotype);
        if (same.some(positive) && same.some(negative)) out.push(same);
      }
    }
  }
  return out;
}

export { positive as isPositive };
