// Small builders for test cases: every case is validated before use, so a test never rests on bad input.
import { readFileSync } from 'node:fs';
import { type Case, type Result, validateCase } from '../../src/engine/case-schema.ts';

export type Loss = { weeks?: number; visualised?: boolean; tissue?: 'not-done' | 'euploid' | 'aneuploid' | 'unbalanced-structural' };

export function losses(n: number, weeks = 7): Case['pregnancies'] {
  return Array.from({ length: n }, () => ({ outcome: 'loss' as const, gestationWeeks: weeks, visualised: true }));
}

export function makeCase(overrides: Partial<Case> = {}): Case {
  const c = { schemaVersion: 1 as const, patient: { age: 32 }, pregnancies: losses(3), ...overrides };
  const v = validateCase(c, '2026-11-23');
  if (!v.ok) throw new Error(`test case is invalid: ${JSON.stringify(v.problems)}`);
  return v.value;
}

export function result(test: Result['test'], interpretation: Result['interpretation'], date = '2026-03-01', extra: Partial<Result> = {}): Result {
  return { test, date, interpretation, ...extra } as Result;
}

export const EXAMPLES_DIR = new URL('../fixtures/', import.meta.url);

export function example(name: string): Case {
  const raw = JSON.parse(readFileSync(new URL(`${name}.json`, EXAMPLES_DIR), 'utf8'));
  const v = validateCase(raw, '2026-11-23');
  if (!v.ok) throw new Error(`${name} is invalid: ${JSON.stringify(v.problems)}`);
  return v.value;
}
