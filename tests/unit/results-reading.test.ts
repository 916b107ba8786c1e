// Results read safely (issue 11): each harm reproduced through evaluateCase. A result that cannot be
// read is said so and never counted either way; a titre counts only above the criterion level.
import { describe, expect, it } from 'vitest';
import type { Case, Result } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import type { GuidelineId, ItemId } from '../../guidelines/ids.ts';
import { losses, makeCase, result } from '../support/cases.ts';

const ALL: GuidelineId[] = ['eshre-2022', 'rcog-2023', 'asrm-2012'];
const ids = (c: Case, g: GuidelineId = 'eshre-2022') => evaluateCase(c, g).findings.map((f) => f.id);
const finding = (c: Case, id: string, g: GuidelineId = 'eshre-2022') => evaluateCase(c, g).findings.find((f) => f.id === id);
const item = (c: Case, id: ItemId, g: GuidelineId = 'eshre-2022') => evaluateCase(c, g).items.find((i) => i.id === id)!;

const LA = (interpretation: Result['interpretation'], date: string, extra: Partial<Result> = {}) =>
  result('aps-lupus-anticoagulant', interpretation, date, extra);
const ACL = (isotype: 'IgG' | 'IgM', value: number | undefined, unit: string | undefined, date: string, extra: Partial<Result> = {}) =>
  ({ test: 'aps-anticardiolipin', date, isotype, ...(value !== undefined ? { value } : {}), ...(unit ? { unit } : {}), ...extra }) as Result;
const IGM_NEGATIVE = ACL('IgM', 2, 'MPL', '2026-01-05', { interpretation: 'negative' });
const RIVAROXABAN = { id: 'oral-anticoagulant' as const, note: 'rivaroxaban 20 mg', since: '2025-06-01' };

describe('lupus anticoagulant taken on an anticoagulant cannot be read', () => {
  const twiceOnAnticoagulant = makeCase({
    results: [LA('positive', '2026-01-05', { onAnticoagulant: true }), LA('positive', '2026-04-06', { onAnticoagulant: true })],
  });
  const onRivaroxaban = makeCase({ medicines: [RIVAROXABAN], results: [LA('positive', '2026-01-05'), LA('positive', '2026-04-06')] });

  it.each(ALL)('%s: marked on an anticoagulant, two positives do not meet the laboratory criteria', (g) => {
    expect(ids(twiceOnAnticoagulant, g)).not.toContain('aps-laboratory-criteria-met');
    expect(item(twiceOnAnticoagulant, 'aspirin-heparin-for-aps', g).status).toBe('not-applicable');
    expect(item(twiceOnAnticoagulant, 'aps-lupus-anticoagulant', g).status).toBe('to-do');
    const f = finding(twiceOnAnticoagulant, 'lupus-anticoagulant-on-anticoagulant-urgent', g)!;
    expect(f.why).toMatch(/cannot be read/);
    expect(f.detail).toHaveLength(2);
    expect(f.citation.url).toBe('https://pmc.ncbi.nlm.nih.gov/articles/PMC8922544');
  });

  it('dated after an anticoagulant listed in medicines started: the same', () => {
    expect(ids(onRivaroxaban)).not.toContain('aps-laboratory-criteria-met');
    expect(finding(onRivaroxaban, 'lupus-anticoagulant-on-anticoagulant-urgent')!.detail[0]).toMatch(/rivaroxaban 20 mg/);
  });

  it('a negative on an anticoagulant is not read as negative', () => {
    const c = makeCase({ results: [LA('negative', '2026-01-05', { onAnticoagulant: true })] });
    expect(item(c, 'aps-lupus-anticoagulant').status).toBe('to-do');
    expect(ids(c)).toContain('lupus-anticoagulant-on-anticoagulant-urgent');
  });

  it('with valid results beside it the finding is an action, urgent again when she is pregnant now', () => {
    const results = [LA('positive', '2025-01-05'), LA('positive', '2025-04-07'), LA('negative', '2026-01-05', { onAnticoagulant: true })];
    const c = makeCase({ results });
    expect(ids(c)).toEqual(expect.arrayContaining(['aps-laboratory-criteria-met', 'lupus-anticoagulant-on-anticoagulant']));
    expect(ids(c)).not.toContain('lupus-anticoagulant-on-anticoagulant-urgent');
    const pregnant = makeCase({ results, history: { currentlyPregnant: true } });
    expect(ids(pregnant)).toContain('lupus-anticoagulant-on-anticoagulant-urgent');
  });

  it('an anticoagulant without a start date: results are read, and the missing date is a finding', () => {
    const c = makeCase({ medicines: [{ id: 'heparin', note: 'enoxaparin 40 mg' }], results: [LA('positive', '2026-01-05')] });
    expect(finding(c, 'anticoagulant-start-date-missing')!.detail).toEqual(['enoxaparin 40 mg: start date not recorded']);
  });
});

describe('anticardiolipin counts only above 40 GPL/MPL or above the lab 99th centile', () => {
  it.each(ALL)('%s: 24 and 26 GPL flagged positive, 12 weeks apart, do not count; a low-titre note says so', (g) => {
    const c = makeCase({
      results: [
        ACL('IgG', 24, 'GPL', '2026-01-05', { interpretation: 'positive' }),
        IGM_NEGATIVE,
        ACL('IgG', 26, 'GPL', '2026-04-06', { interpretation: 'positive' }),
      ],
    });
    expect(ids(c, g)).not.toContain('aps-laboratory-criteria-met');
    expect(ids(c, g)).not.toContain('aps-repeat-due');
    expect(ids(c, g)).toContain('aps-low-titre-positive');
    expect(item(c, 'aps-anticardiolipin', g).status).toBe('done');
  });

  it('above the lab 99th centile (same unit) counts, in GPL or in U/mL', () => {
    for (const unit of ['GPL', 'U/mL']) {
      const c = makeCase({
        results: [
          ACL('IgG', 26, unit, '2026-01-05', { p99: 20, interpretation: 'positive' }),
          IGM_NEGATIVE,
          ACL('IgG', 26, unit, '2026-04-06', { p99: 20, interpretation: 'positive' }),
        ],
      });
      expect(ids(c), unit).toContain('aps-laboratory-criteria-met');
    }
  });

  it('a titre in U/mL without the lab 99th centile is not judged, whatever the flag, and never negative', () => {
    for (const interpretation of ['positive', 'negative', undefined] as const) {
      const c = makeCase({ results: [ACL('IgG', 60, 'U/mL', '2026-01-05', interpretation ? { interpretation } : {}), IGM_NEGATIVE] });
      expect(ids(c), interpretation).toContain('aps-titre-not-judged');
      expect(item(c, 'aps-anticardiolipin').status, interpretation).toBe('to-do');
      expect(finding(c, 'aps-titre-not-judged')!.detail[0]).toMatch(/not read as negative/);
    }
  });

  it('a positive flag without a value cannot show the criterion level', () => {
    const c = makeCase({ results: [ACL('IgG', undefined, undefined, '2026-01-05', { interpretation: 'positive' }), IGM_NEGATIVE] });
    expect(ids(c)).toContain('aps-titre-not-judged');
    expect(ids(c)).not.toContain('aps-repeat-due');
  });

  it('anti-β2 glycoprotein I counts above the lab 99th centile only', () => {
    const b2 = (p99?: number) =>
      makeCase({
        results: [
          { test: 'aps-anti-b2gp1', date: '2026-01-05', isotype: 'IgG', value: 30, unit: 'U/mL', interpretation: 'positive', ...(p99 ? { p99 } : {}) },
          { test: 'aps-anti-b2gp1', date: '2026-04-06', isotype: 'IgG', value: 30, unit: 'U/mL', interpretation: 'positive', ...(p99 ? { p99 } : {}) },
        ],
      });
    expect(ids(b2(20))).toContain('aps-laboratory-criteria-met');
    expect(ids(b2())).not.toContain('aps-laboratory-criteria-met');
    expect(ids(b2())).toContain('aps-titre-not-judged');
  });

  it.each(ALL)('%s: IgG alone leaves anticardiolipin to do for IgM, said in words', (g) => {
    const c = makeCase({ pregnancies: losses(3), results: [ACL('IgG', 5, 'GPL', '2026-01-05', { interpretation: 'negative' })] });
    expect(item(c, 'aps-anticardiolipin', g).status).toBe('to-do');
    expect(finding(c, 'anticardiolipin-isotype-missing', g)!.detail).toEqual(['Anticardiolipin IgM: still to do (only the other isotype is recorded)']);
  });
});

describe('contradictions and timing', () => {
  it('lupus anticoagulant positive and negative on the same day: said, and not taken as positive', () => {
    const c = makeCase({ results: [LA('positive', '2026-10-05'), LA('negative', '2026-10-05')] });
    expect(ids(c)).toContain('results-contradict-same-day');
    expect(ids(c)).not.toContain('aps-repeat-due');
    expect(item(c, 'aps-lupus-anticoagulant').status).toBe('to-do');
    expect(finding(c, 'results-contradict-same-day')!.detail).toHaveLength(1);
  });

  it('any test read both ways on one day is noted', () => {
    const c = makeCase({ results: [result('tpo-antibodies', 'positive', '2026-03-01'), result('tpo-antibodies', 'negative', '2026-03-01')] });
    expect(finding(c, 'results-contradict-same-day')!.detail[0]).toMatch(/^TPO|thyroid peroxidase/i);
  });

  it.each(['eshre-2022', 'rcog-2023'] as const)('%s: an antiphospholipid test less than 6 weeks after a loss is noted', (g) => {
    const pregnancies: Case['pregnancies'] = [...losses(2), { outcome: 'loss', gestationWeeks: 8, visualised: true, endDate: '2026-02-10' }];
    const soon = makeCase({ pregnancies, results: [LA('negative', '2026-03-10')] });
    expect(finding(soon, 'aps-tested-soon-after-loss', g)!.detail[0]).toMatch(/2026-02-10/);
    const later = makeCase({ pregnancies, results: [LA('negative', '2026-03-24')] });
    expect(ids(later, g)).not.toContain('aps-tested-soon-after-loss');
  });
});

describe('thyroid: a low TSH is abnormal too', () => {
  const tsh = (extra: Partial<Result>) => makeCase({ results: [{ test: 'tsh', date: '2026-03-01', ...extra } as Result] });

  it.each(['eshre-2022', 'rcog-2023'] as const)('%s: a suppressed TSH asks for free T4 and is a finding', (g) => {
    const c = tsh({ value: 0.02, unit: 'mIU/L', interpretation: 'abnormal' });
    expect(item(c, 'free-t4', g).status).toBe('to-do');
    expect(ids(c, g)).toContain('tsh-below-range');
    expect(item(c, 'levothyroxine', g).verdict).not.toBe('recommended');
  });

  it('TSH abnormal with no value is not read as raised: no hypothyroidism, no levothyroxine', () => {
    const c = makeCase({ results: [result('tsh', 'abnormal'), result('free-t4', 'abnormal')] });
    expect(ids(c)).not.toContain('overt-hypothyroidism');
    expect(ids(c)).toContain('tsh-abnormal-no-value');
    expect(item(c, 'levothyroxine').status).toBe('not-applicable');
    expect(item(c, 'free-t4').status).toBe('done');
  });
});

describe('conditional rules and consistency', () => {
  it('ESHRE rec 45: with two losses and APS, aspirin, heparin and the combination all say only within research', () => {
    const c = makeCase({
      pregnancies: losses(2),
      requested: ['low-dose-aspirin', 'heparin', 'aspirin-heparin-for-aps'],
      results: [LA('positive', '2026-01-05'), LA('positive', '2026-04-06')],
    });
    const e = evaluateCase(c, 'eshre-2022');
    for (const id of ['low-dose-aspirin', 'heparin', 'aspirin-heparin-for-aps'] as const) {
      const i = e.items.find((x) => x.id === id)!;
      expect([id, i.verdict, i.citation.reference]).toEqual([id, 'not-recommended', '2017 rec 45']);
    }
    expect(e.flags.map((f) => f.id).sort()).toEqual(['aspirin-heparin-for-aps', 'heparin', 'low-dose-aspirin']);
  });

  it('a confirmed APS is an action finding in the antiphospholipid step', () => {
    const c = makeCase({ results: [LA('positive', '2026-01-05'), LA('positive', '2026-04-06')] });
    for (const g of ALL) {
      expect(finding(c, 'aps-laboratory-criteria-met', g), g).toMatchObject({ severity: 'action', domain: 'antiphospholipid' });
    }
  });

  it('ASRM: steps whose text was not read are never resolved, so the immune gate stays closed', () => {
    const c = makeCase({ results: [LA('negative', '2026-01-05'), ACL('IgG', 3, 'GPL', '2026-01-05'), IGM_NEGATIVE] });
    const e = evaluateCase(c, 'asrm-2012');
    expect(e.coreDomains.map((d) => [d.domain, d.resolved, d.notAddressed ?? false])).toEqual([
      ['genetic', false, true],
      ['anatomical', false, true],
      ['hormonal', false, true],
      ['antiphospholipid', true, false],
    ]);
    expect(e.immuneGate).toBe('closed');
  });
});

describe('rec 45 is about obstetric APS', () => {
  it('with a previous venous thrombosis, heparin is not turned into a research-only item by rec 45', () => {
    const c = makeCase({
      pregnancies: losses(2),
      history: { venousThrombosis: true, venousThrombosisCause: 'unprovoked' },
      results: [LA('positive', '2026-01-05'), LA('positive', '2026-04-06')],
    });
    expect(item(c, 'heparin').ruleId).not.toBe('heparin.aps-two-losses');
    expect(item(c, 'heparin').verdict).not.toBe('not-recommended');
  });
});

describe('RCOG: anti-β2 glycoprotein I only within audit or research', () => {
  const b2Twice = makeCase({
    results: [
      { test: 'aps-anti-b2gp1', date: '2026-01-05', isotype: 'IgG', value: 30, unit: 'U/mL', p99: 20, interpretation: 'positive' },
      { test: 'aps-anti-b2gp1', date: '2026-04-06', isotype: 'IgG', value: 30, unit: 'U/mL', p99: 20, interpretation: 'positive' },
    ],
  });

  it('persistent anti-β2GP1 alone does not meet RCOG criteria or lead to treatment; it is noted', () => {
    expect(ids(b2Twice, 'rcog-2023')).not.toContain('aps-laboratory-criteria-met');
    expect(item(b2Twice, 'aspirin-heparin-for-aps', 'rcog-2023').status).toBe('not-applicable');
    expect(finding(b2Twice, 'aps-antibody-research-only', 'rcog-2023')!.detail).toEqual([expect.stringMatching(/IgG: positive on 2026-01-05/)]);
    expect(item(b2Twice, 'aps-anti-b2gp1', 'rcog-2023').status).not.toBe('to-do');
  });

  it('under ESHRE (Sydney criteria) the same results meet the laboratory criteria', () => {
    expect(ids(b2Twice, 'eshre-2022')).toContain('aps-laboratory-criteria-met');
  });
});

describe('rec 45 leaves other anticoagulation alone', () => {
  it('on an oral anticoagulant with two losses and APS, heparin is not made research-only', () => {
    const c = makeCase({
      pregnancies: losses(2),
      medicines: [{ id: 'oral-anticoagulant', since: '2026-05-01' }],
      results: [LA('positive', '2026-01-05'), LA('positive', '2026-04-06')],
    });
    expect(item(c, 'heparin').ruleId).not.toBe('heparin.aps-two-losses');
  });
});

describe('anticardiolipin without an isotype', () => {
  it('is not done, and the finding asks for IgG and IgM', () => {
    const c = makeCase({ results: [result('aps-anticardiolipin', 'negative', '2026-01-05')] });
    expect(item(c, 'aps-anticardiolipin').status).toBe('to-do');
    expect(finding(c, 'anticardiolipin-isotype-missing')!.detail).toEqual(['Anticardiolipin recorded without its isotype: record the IgG and the IgM result']);
  });
});
