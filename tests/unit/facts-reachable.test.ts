// Every fact a rule file names is one the engine computes from a case, and one a case can change: each
// yes/no fact a condition tests is true for some case and false for another, and each number varies.
// (A fact the engine left constant would silently switch its rules off or on for everyone.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getGuideline, rawGuidelines } from '../../guidelines/index.ts';
import type { Condition, Guideline } from '../../guidelines/schema.ts';
import type { GuidelineId } from '../../guidelines/ids.ts';
import type { Case } from '../../src/engine/case-schema.ts';
import { factsNamed } from '../../src/engine/conditions.ts';
import { checkDefinition } from '../../src/engine/definition.ts';
import { computeFacts } from '../../src/engine/facts.ts';
import { readAntiphospholipid } from '../../src/engine/antiphospholipid.ts';
import { indexResults } from '../../src/engine/results.ts';
import { validCaseArb } from '../support/arbitrary-case.ts';
import { example, makeCase, result } from '../support/cases.ts';

function conditions(g: Guideline): (Condition | undefined)[] {
  return [g.referral.when, ...g.findings.map((f) => f.when), ...g.redFlags.map((r) => r.when), ...g.rules.map((r) => r.when)];
}

/** Real cases, a few built to reach rarer facts, and a fixed sample of generated ones (same every run). */
function cases(): Case[] {
  const named = ['new-referral-three-losses', 'unexplained-complete-workup-asks-nk', 'aps-lupus-anticoagulant-confirmed', 'unbalanced-pregnancy-tissue'];
  return [
    ...named.map(example),
    makeCase({ results: [result('tsh', 'abnormal', '2026-03-01', { value: 9, unit: 'mIU/L' }), result('free-t4', 'abnormal', '2026-03-01')] }),
    makeCase({ results: [result('tsh', 'abnormal', '2026-03-01', { value: 5, unit: 'mIU/L' }), result('free-t4', 'normal', '2026-03-01')] }),
    makeCase({ results: [result('tsh', 'normal', '2026-03-01', { value: 1.5, unit: 'mIU/L' }), result('tpo-antibodies', 'positive', '2026-03-01')] }),
    // The patient's context (CONTRACT §1a): pregnant now, bleeding, a past clot after surgery, medicines.
    example('context/pregnant-now-context'),
    makeCase({
      patient: { age: 32, partnerSmoker: true },
      history: { currentlyPregnant: true, venousThrombosis: true, venousThrombosisCause: 'unprovoked' },
      currentPregnancy: { gestationWeeks: 9, intrauterineConfirmed: true, pain: true },
      medicines: [{ id: 'oral-anticoagulant' }],
      results: [result('aps-lupus-anticoagulant', 'positive', '2026-03-01')],
    }),
    // Results that cannot be read as they stand: LA on an anticoagulant, the same test both ways on one
    // day, aPL within six weeks of a loss, anti-β2GP1 (research only under RCOG).
    makeCase({
      pregnancies: [...makeCase().pregnancies.slice(0, 2), { outcome: 'loss', gestationWeeks: 8, visualised: true, endDate: '2026-02-20' }],
      results: [
        result('aps-lupus-anticoagulant', 'positive', '2026-03-01', { onAnticoagulant: true }),
        result('aps-anticardiolipin', 'positive', '2026-03-02', { isotype: 'IgG', value: 50, unit: 'GPL' }),
        result('aps-anticardiolipin', 'negative', '2026-03-02', { isotype: 'IgG', value: 5, unit: 'GPL' }),
        result('aps-anti-b2gp1', 'positive', '2026-01-01', { isotype: 'IgG', value: 60, unit: 'U/mL', p99: 20 }),
        result('aps-anti-b2gp1', 'positive', '2026-06-01', { isotype: 'IgG', value: 60, unit: 'U/mL', p99: 20 }),
      ],
    }),
    ...fc.sample(validCaseArb, { seed: 20261123, numRuns: 400 }),
  ];
}

describe.each(Object.keys(rawGuidelines) as GuidelineId[])('%s: the facts its conditions test', (id) => {
  it('are computed for every case, and each takes more than one value across cases', () => {
    const g = getGuideline(id);
    const named = [...new Set(conditions(g).flatMap(factsNamed))].sort();
    const seen = new Map<string, Set<unknown>>(named.map((f) => [f, new Set()]));
    for (const c of cases()) {
      const x = indexResults(c);
      const facts = computeFacts(c, g, checkDefinition(c, g), x, readAntiphospholipid(c, g, x)) as Record<string, unknown>;
      for (const f of named) seen.get(f)!.add(facts[f]);
    }
    const problems = named.flatMap((f) => {
      const values = [...seen.get(f)!];
      if (values.some((v) => typeof v !== 'boolean' && typeof v !== 'number')) return [`${f}: not computed (${values.map(String).join(', ')})`];
      return values.length < 2 ? [`${f}: always ${String(values[0])}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
