// Issue 14: the engine is linear in the number of results. A generated case with 100,000 results
// is evaluated and its answer checked (no timing assertion: the machine may be busy).
import { describe, expect, it } from 'vitest';
import type { Case, Result } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { addDays } from '../../src/engine/results.ts';
import { losses } from '../support/cases.ts';

const N = 100_000;

/** TSH results in a scrambled date order, one raised TSH on the latest day, and lupus anticoagulant positive twice 13 weeks apart. */
function bigCase(): Case {
  const results: Result[] = [];
  for (let i = 0; i < N - 3; i++) {
    const day = (i * 7919) % 3000; // a permutation-like spread over ~8 years, not in order
    results.push({ test: 'tsh', date: addDays('2018-01-01', day), value: 1 + (i % 20) / 10, unit: 'mIU/L' });
  }
  results.push({ test: 'tsh', date: '2026-06-01', value: 6.2, unit: 'mIU/L' });
  results.push({ test: 'aps-lupus-anticoagulant', date: '2025-01-06', interpretation: 'positive' });
  results.push({ test: 'aps-lupus-anticoagulant', date: '2025-04-07', interpretation: 'positive' });
  return { schemaVersion: 1, patient: { age: 33 }, pregnancies: losses(3), results };
}

describe('a case with 100,000 results', () => {
  it('is evaluated in full: every result indexed in date order, the latest TSH read, APS confirmed', () => {
    const c = bigCase();
    expect(c.results).toHaveLength(N);
    for (const g of ['eshre-2022', 'rcog-2023'] as const) {
      const e = evaluateCase(c, g);
      const tsh = e.items.find((i) => i.id === 'tsh')!;
      expect(tsh.results).toHaveLength(N - 2);
      expect(tsh.results.every((r, i, all) => i === 0 || all[i - 1]!.date <= r.date)).toBe(true);
      expect(tsh.results.at(-1)!.value).toBe(6.2);
      const ids = e.findings.map((f) => f.id);
      expect(ids).toEqual(expect.arrayContaining(['aps-laboratory-criteria-met', 'tsh-above-threshold']));
      expect(e.items.find((i) => i.id === 'aspirin-heparin-for-aps')!.status).toBe('to-do');
    }
  });
});
