// The shared example cases give the clinically expected answers (see README, "Example cases").
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { example } from '../support/cases.ts';

describe('new-referral-three-losses (ESHRE 2022)', () => {
  const e = evaluateCase(example('new-referral-three-losses'), 'eshre-2022');

  it('meets the definition: three losses, the non-visualised one included', () => {
    expect(e.definition.met).toBe(true);
    expect(e.definition.losses).toBe(3);
    expect(e.definition.nonVisualisedLosses).toBe(1);
    expect(e.definition.pregnancies[0]!.counted).toBe(false); // the live birth
  });

  it('asks for the core tests first and keeps immune testing closed', () => {
    expect(e.referral.missingBeforeReferral).toEqual(['pelvic-ultrasound-3d', 'tsh', 'tpo-antibodies', 'aps-lupus-anticoagulant', 'aps-anticardiolipin']);
    expect(e.immuneGate).toBe('closed');
    expect(e.coreDomains.find((d) => d.domain === 'genetic')!.resolved).toBe(true);
    expect(e.flags).toEqual([]);
    expect(e.referral.meetsCriteria).toBe(true);
  });

  it('recommends lifestyle advice and supportive care', () => {
    const byId = new Map(e.items.map((i) => [i.id, i]));
    expect(byId.get('lifestyle-advice')!.verdict).toBe('recommended');
    expect(byId.get('supportive-care')!.verdict).toBe('recommended');
  });
});

describe('aps-lupus-anticoagulant-confirmed (ESHRE 2022)', () => {
  const e = evaluateCase(example('aps-lupus-anticoagulant-confirmed'), 'eshre-2022');

  it('finds the laboratory criteria met: positive twice, 98 days apart', () => {
    const finding = e.findings.find((f) => f.id === 'aps-laboratory-criteria-met')!;
    expect(finding).toBeDefined();
    expect(finding.detail.join(' ')).toContain('positive on 2026-02-03');
  });

  it('suggests aspirin plus heparin, and still asks for anticardiolipin antibodies', () => {
    const byId = new Map(e.items.map((i) => [i.id, i]));
    expect(byId.get('aspirin-heparin-for-aps')!.verdict).toBe('recommended');
    expect(byId.get('aspirin-heparin-for-aps')!.citation.reference).toBe('2017 rec 44');
    expect(byId.get('aps-lupus-anticoagulant')!.status).toBe('done');
    expect(byId.get('aps-anticardiolipin')!.status).toBe('to-do');
    expect(e.immuneGate).toBe('closed');
  });
});

describe('unexplained-complete-workup-asks-nk (ESHRE 2022)', () => {
  const e = evaluateCase(example('unexplained-complete-workup-asks-nk'), 'eshre-2022');

  it('opens the immune step once the core workup is complete', () => {
    expect(e.immuneGate).toBe('open');
    expect(e.coreDomains.every((d) => d.resolved)).toBe(true);
    expect(e.findings).toEqual([]);
  });

  it('flags every immune test and treatment asked about, each with its citation', () => {
    expect(e.flags.map((f) => [f.id, f.verdict, f.citation.reference])).toEqual([
      ['nk-cells-blood', 'not-recommended', '2017 rec 22 (section 6.5 text)'],
      ['nk-cells-uterine', 'not-recommended', '2017 rec 22 (section 6.5 text)'],
      ['prednisolone', 'not-recommended', '2017 rec 70 (section 17.3 text)'],
      ['intralipid', 'not-recommended', '2017 rec 74 (section 17.7 text)'],
    ]);
    expect(e.flags.find((f) => f.id === 'intralipid')!.harms).toMatch(/pancreatitis/);
  });
});

describe('unbalanced-pregnancy-tissue (ESHRE 2022 view)', () => {
  const e = evaluateCase(example('unbalanced-pregnancy-tissue'), 'eshre-2022');

  it('reports the unbalanced tissue result and offers parental karyotyping after risk assessment', () => {
    expect(e.findings.map((f) => f.id)).toContain('pregnancy-tissue-unbalanced');
    const karyotype = e.items.find((i) => i.id === 'parental-karyotype')!;
    expect(karyotype.ruleId).toBe('parental-karyotype.raised-risk');
    expect(karyotype.status).toBe('to-do');
  });
});

describe('the same examples under RCOG 2023 and ASRM 2012', () => {
  it('new-referral-three-losses: RCOG counts two first-trimester miscarriages (below three), with discretion', () => {
    const e = evaluateCase(example('new-referral-three-losses'), 'rcog-2023');
    expect(e.definition.met).toBe(false);
    expect(e.definition.losses).toBe(2);
    expect(e.definition.discretion).toBe(true);
    expect(e.immuneGate).toBe('closed');
  });

  it('new-referral-three-losses: evaluating at discretion under RCOG brings the workup in', () => {
    const e = evaluateCase({ ...example('new-referral-three-losses'), clinicalDiscretion: true }, 'rcog-2023');
    expect(e.definition.evaluatedAtDiscretion).toBe(true);
    expect(e.referral.missingBeforeReferral).toEqual(expect.arrayContaining(['tsh', 'aps-lupus-anticoagulant']));
  });

  it('new-referral-three-losses: ASRM counts the two clinical losses (not the biochemical one)', () => {
    const e = evaluateCase(example('new-referral-three-losses'), 'asrm-2012');
    expect(e.definition.met).toBe(true);
    expect(e.definition.losses).toBe(2);
  });

  it('unbalanced-pregnancy-tissue: RCOG recommends parental karyotyping (§6.2, grade D)', () => {
    const e = evaluateCase(example('unbalanced-pregnancy-tissue'), 'rcog-2023');
    expect(e.definition.met).toBe(true);
    expect(e.findings.map((f) => f.id)).toContain('pregnancy-tissue-unbalanced');
    const karyotype = e.items.find((i) => i.id === 'parental-karyotype')!;
    expect([karyotype.verdict, karyotype.status]).toEqual(['recommended', 'to-do']);
    expect(karyotype.citation.reference).toContain('6.2');
    expect(e.items.find((i) => i.id === 'pregnancy-tissue-genetics')!.status).toBe('done');
  });

  it('unexplained-complete-workup-asks-nk: RCOG flags NK tests and says steroids and intralipid are not addressed', () => {
    const e = evaluateCase(example('unexplained-complete-workup-asks-nk'), 'rcog-2023');
    expect(e.flags.map((f) => [f.id, f.verdict])).toEqual([
      ['nk-cells-blood', 'not-recommended'],
      ['nk-cells-uterine', 'not-recommended'],
      ['prednisolone', 'not-addressed'],
      ['intralipid', 'not-addressed'],
    ]);
    expect(e.flags.find((f) => f.id === 'prednisolone')!.why).toMatch(/7\.6/);
  });
});
