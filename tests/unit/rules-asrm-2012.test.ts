// Every ASRM 2012 rule pinned through the engine. Only the opening of the committee opinion was read:
// a few items rest on a secondary source (and say so); every other item is not-addressed, marked unread.
import { describe, expect, it } from 'vitest';
import { getGuideline } from '../../guidelines/index.ts';
import type { Case } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import type { ItemId, Status, Verdict } from '../../guidelines/ids.ts';
import { losses, makeCase, result } from '../support/cases.ts';
import { CONTEXT_ROWS } from '../support/context-rows.ts';
import { pinEveryRule, type RuleRow } from '../support/rule-table.ts';

const G = 'asrm-2012';
const biochemical = { outcome: 'loss' as const, gestationWeeks: 5, visualised: false };

const THREE = makeCase();
const TWO = makeCase({ pregnancies: losses(2) });
const ONE = makeCase({ pregnancies: losses(1) });
const LA_TWICE = [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'positive', '2026-04-06')];
const APS = makeCase({ pregnancies: losses(2), results: LA_TWICE });
const APS_PENDING = makeCase({ results: [result('aps-lupus-anticoagulant', 'positive', '2026-10-05')] });
const APS_TRANSIENT = makeCase({
  results: [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'negative', '2026-04-06')],
});

/** Items whose ASRM 2012 position lies in the part of the text that was not read. */
const NOT_READ: ItemId[] = [
  'pregnancy-tissue-genetics',
  'parental-karyotype',
  'male-karyotype-routine',
  'pelvic-ultrasound-3d',
  'pelvic-ultrasound-2d',
  'sonohysterography',
  'hysterosalpingography',
  'hysteroscopy',
  'pelvic-mri',
  'adenomyosis-assessment',
  'cervical-assessment',
  'tsh',
  'free-t4',
  'tpo-antibodies',
  'prolactin',
  'hba1c',
  'pcos-insulin-resistance',
  'ovarian-reserve',
  'luteal-phase-progesterone',
  'vitamin-d',
  'homocysteine',
  'aps-anti-b2gp1',
  'inherited-thrombophilia',
  'nk-cells-blood',
  'nk-cells-uterine',
  'hla-typing',
  'hla-c-kir',
  'anti-hla-antibodies',
  'cytokines',
  'antinuclear-antibodies',
  'th1-th2-ratio',
  'chronic-endometritis',
  'endometrial-receptivity',
  'sperm-dna-fragmentation',
  'full-blood-count',
  'low-dose-aspirin',
  'heparin',
  'progesterone',
  'levothyroxine',
  'prednisolone',
  'ivig',
  'intralipid',
  'g-csf',
  'lymphocyte-immunisation',
  'tnf-alpha-inhibitor',
  'hcg',
  'metformin',
  'vitamin-d-supplement',
  'septum-resection',
  'folic-acid',
  'lifestyle-advice',
];

// [rule id, case, verdict, status]
const TABLE: RuleRow[] = [
  ['aps-lupus-anticoagulant.after-two-losses', TWO, 'recommended', 'to-do'],
  ['aps-lupus-anticoagulant.below-definition', ONE, 'conditional', 'not-applicable'],
  ['aps-anticardiolipin.after-two-losses', TWO, 'recommended', 'to-do'],
  ['aps-anticardiolipin.below-definition', ONE, 'conditional', 'not-applicable'],
  ['aspirin-heparin-for-aps.aps', APS, 'recommended', 'to-do'],
  ['aspirin-heparin-for-aps.no-aps', THREE, 'conditional', 'not-applicable'],
  ['aspirin-heparin-for-aps.no-aps', APS_PENDING, 'conditional', 'not-applicable'],
  ['low-dose-aspirin.with-aps', APS, 'conditional', 'to-do'],
  ['heparin.with-aps', APS, 'conditional', 'to-do'],
  ['supportive-care.unexplained', THREE, 'recommended', 'to-do'],
  ...CONTEXT_ROWS['asrm-2012'],
  ...NOT_READ.map((item): [string, Case, Verdict, Status] => [`${item}.not-read`, THREE, 'not-addressed', 'not-applicable']),
];

describe('ASRM 2012 rules, each pinned by the case that triggers it', () => {
  pinEveryRule(G, TABLE);

  // Rules with a citation.source rest on NICE or RCOG GTG 37a, cited as such, not on ASRM's text.
  const asrmOwn = () => getGuideline(G).rules.filter((x) => !x.citation.source);

  it('every rule beyond the opening section says it is unverified, and none claims a grade', () => {
    for (const r of asrmOwn()) {
      expect(r.citation.unverified, r.id).toBeTruthy();
      expect(r.citation.strength, r.id).toMatch(/not graded/);
      expect(r.citation.url).toBe(
        'https://www.asrm.org/practice-guidance/practice-committee-documents/evaluation-and-treatment-of-recurrent-pregnancy-loss-a-committee-opinion-2012/',
      );
    }
  });

  it('rules that give a verdict rest on the secondary source and name it', () => {
    for (const r of asrmOwn().filter((x) => x.verdict !== 'not-addressed')) {
      expect(r.citation.unverified, r.id).toMatch(/Secondary source only/);
      expect(r.citation.unverified, r.id).toMatch(/RBMO 2019/);
    }
  });

  it('not-addressed rules say the text was not read rather than that ASRM is silent', () => {
    for (const r of asrmOwn().filter((x) => x.verdict === 'not-addressed')) {
      expect(r.citation.unverified, r.id).toMatch(/was not read/);
    }
  });
});

describe('ASRM 2012 definition: two or more failed clinical pregnancies', () => {
  it('two visualised losses meet it', () => {
    expect(evaluateCase(TWO, G).definition).toMatchObject({ met: true, losses: 2 });
  });

  it('non-visualised (biochemical) losses are not counted', () => {
    const c = makeCase({ pregnancies: [...losses(1), biochemical, biochemical] });
    const d = evaluateCase(c, G).definition;
    expect(d).toMatchObject({ met: false, losses: 1, nonVisualisedLosses: 2, discretion: false });
    expect(d.pregnancies.filter((p) => !p.counted).map((p) => p.reason)).toEqual([
      expect.stringMatching(/clinical pregnancies only/),
      expect.stringMatching(/clinical pregnancies only/),
    ]);
    // The same case meets ESHRE's definition, which counts hCG-confirmed losses.
    expect(evaluateCase(c, 'eshre-2022').definition.met).toBe(true);
  });

  it('a second-trimester clinical loss counts towards the two', () => {
    const c = makeCase({ pregnancies: [...losses(1), { outcome: 'loss', gestationWeeks: 17, visualised: true }] });
    expect(evaluateCase(c, G).definition).toMatchObject({ met: true, losses: 2 });
  });

  it('one loss: not met and no discretion', () => {
    expect(evaluateCase(ONE, G).definition).toMatchObject({ met: false, discretion: false });
  });
});

describe('ASRM 2012 findings, red flags and referral', () => {
  it('antiphospholipid findings use the revised Sapporo criteria and say so', () => {
    const ids = (c: Case) => evaluateCase(c, G).findings.map((f) => f.id);
    expect(ids(APS)).toEqual(['aps-laboratory-criteria-met']);
    expect(ids(APS_PENDING)).toEqual(['aps-repeat-due']);
    expect(ids(APS_TRANSIENT)).toEqual(['aps-positive-not-persistent']);
    expect(ids(THREE)).toEqual([]);
    for (const f of getGuideline(G).findings.filter((x) => x.domain === 'antiphospholipid')) expect(f.citation.unverified).toMatch(/Sapporo/);
  });

  it('no thyroid finding: ASRM thyroid text was not read', () => {
    const c = makeCase({ results: [result('tsh', undefined, '2026-03-01', { value: 6.2, unit: 'mIU/L' })] });
    expect(evaluateCase(c, G).findings).toEqual([]);
  });

  it('red flag: pregnant with confirmed APS', () => {
    const c = makeCase({ history: { currentlyPregnant: true }, results: LA_TWICE });
    expect(evaluateCase(c, G).referral.redFlags.map((r) => r.id)).toEqual(['pregnant-with-aps']);
    expect(evaluateCase(THREE, G).referral.redFlags).toEqual([]);
  });

  it('evaluation may start after two clinical losses', () => {
    expect(evaluateCase(TWO, G).referral.meetsCriteria).toBe(true);
    expect(evaluateCase(ONE, G).referral.meetsCriteria).toBe(false);
  });

  it('an NK test that was asked for is flagged as not addressed, with the reason', () => {
    const flags = evaluateCase(makeCase({ requested: ['nk-cells-blood'] }), G).flags;
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ id: 'nk-cells-blood', verdict: 'not-addressed' });
  });
});
