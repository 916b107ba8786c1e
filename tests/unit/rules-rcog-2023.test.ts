// Every RCOG 2023 rule pinned through the engine: the smallest case that triggers it, with its verdict,
// status and rule id, and (in the same table) the case that moves the item to its next rule.
import { describe, expect, it } from 'vitest';
import { getGuideline } from '../../guidelines/index.ts';
import type { Case } from '../../src/engine/case-schema.ts';
import { evaluateCase, explainItem } from '../../src/engine/evaluate.ts';
import type { ItemId, Status, Verdict } from '../../guidelines/ids.ts';
import { losses, makeCase, result } from '../support/cases.ts';
import { CONTEXT_FINDINGS, CONTEXT_ROWS, GRADED_FINDINGS } from '../support/context-rows.ts';
import { pinEveryRule, type RuleRow } from '../support/rule-table.ts';

const G = 'rcog-2023';
const secondTrimesterLoss = { outcome: 'loss' as const, gestationWeeks: 18, visualised: true };

const THREE = makeCase(); // three first-trimester miscarriages: RCOG's definition is met
const TWO = makeCase({ pregnancies: losses(2) });
const ONE = makeCase({ pregnancies: losses(1) });
const SECOND = makeCase({ pregnancies: [secondTrimesterLoss] });
const UNBALANCED = makeCase({ pregnancies: [...losses(2), { outcome: 'loss', gestationWeeks: 8, visualised: true, tissueGenetics: 'unbalanced-structural' }] });
const EUPLOID = makeCase({ pregnancies: [...losses(2), { outcome: 'loss', gestationWeeks: 8, visualised: true, tissueGenetics: 'euploid' }] });
const ANEUPLOID = makeCase({ pregnancies: [...losses(2), { outcome: 'loss', gestationWeeks: 8, visualised: true, tissueGenetics: 'aneuploid' }] });
const UTERINE = makeCase({ results: [result('pelvic-ultrasound-3d', 'abnormal')] });
const IRREGULAR = makeCase({ history: { menstrualIrregularity: true } });
const DIABETES = makeCase({ history: { diabetes: true } });
const PREGNANT = makeCase({ history: { currentlyPregnant: true } });
const PROLACTIN = makeCase({ results: [result('prolactin', 'abnormal')] });

const LA_TWICE = [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'positive', '2026-04-06')];
const APS3 = makeCase({ results: LA_TWICE });
const APS2 = makeCase({ pregnancies: losses(2), results: LA_TWICE });
const APS_PENDING = makeCase({ results: [result('aps-lupus-anticoagulant', 'positive', '2026-10-05')] });
const APS_TRANSIENT = makeCase({
  results: [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'negative', '2026-04-06')],
});
const PREGNANT_APS = makeCase({ history: { currentlyPregnant: true }, results: LA_TWICE });

const tsh = (value: number, extra: Case['results'] = []) => makeCase({ results: [result('tsh', undefined, '2026-03-01', { value, unit: 'mIU/L' }), ...extra] });
const OVERT = tsh(6.2, [result('free-t4', 'abnormal')]);
const SUBCLINICAL = tsh(6.2, [result('free-t4', 'normal')]);
const TSH_HIGH = tsh(6.2);
const MILD = tsh(3.1);
const MILD_TPO = tsh(3.1, [result('tpo-antibodies', 'positive')]);
const TPO_EUTHYROID = tsh(1.8, [result('tpo-antibodies', 'positive')]);
const TPO_ONLY = makeCase({ results: [result('tpo-antibodies', 'positive')] });

/** Three tiers for the investigations RCOG offers to women with recurrent miscarriage. */
const tiers = (item: ItemId): [string, Case, Verdict, Status][] => [
  [`${item}.recurrent-miscarriage`, THREE, 'recommended', 'to-do'],
  [`${item}.recurrent-miscarriage`, SECOND, 'recommended', 'to-do'],
  [`${item}.discretion-after-two`, TWO, 'conditional', 'to-do'],
  [`${item}.below-definition`, ONE, 'conditional', 'not-applicable'],
];

// [rule id, case, verdict, status]
const TABLE: RuleRow[] = [
  ['pregnancy-tissue-genetics.from-third-miscarriage', THREE, 'recommended', 'deferred'],
  ['pregnancy-tissue-genetics.from-third-miscarriage', SECOND, 'recommended', 'deferred'],
  ['pregnancy-tissue-genetics.from-third-miscarriage', UNBALANCED, 'recommended', 'done'],
  ['pregnancy-tissue-genetics.next-miscarriage', TWO, 'recommended', 'deferred'],
  ['pregnancy-tissue-genetics.below-definition', ONE, 'conditional', 'not-applicable'],
  ['parental-karyotype.unbalanced-tissue', UNBALANCED, 'recommended', 'to-do'],
  ['parental-karyotype.no-tissue-result', THREE, 'recommended', 'to-do'],
  ['parental-karyotype.not-indicated', EUPLOID, 'conditional', 'not-applicable'],
  ['parental-karyotype.not-indicated', ANEUPLOID, 'conditional', 'not-applicable'],
  ['parental-karyotype.not-indicated', TWO, 'conditional', 'not-applicable'],
  ['male-karyotype-routine.not-named', THREE, 'not-addressed', 'not-applicable'],
  ...tiers('pelvic-ultrasound-3d'),
  ['pelvic-ultrasound-2d.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['sonohysterography.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['hysterosalpingography.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['hysteroscopy.complex-case', UTERINE, 'conditional', 'to-do'],
  ['hysteroscopy.complex-cases-only', THREE, 'conditional', 'not-applicable'],
  ['pelvic-mri.complex-case', UTERINE, 'conditional', 'to-do'],
  ['pelvic-mri.complex-cases-only', THREE, 'conditional', 'not-applicable'],
  ['adenomyosis-assessment.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['cervical-assessment.not-named', SECOND, 'not-addressed', 'not-applicable'],
  ...tiers('tsh'),
  ...tiers('tpo-antibodies'),
  ['free-t4.follow-up', TSH_HIGH, 'recommended', 'to-do'],
  ['free-t4.follow-up', TPO_ONLY, 'recommended', 'to-do'],
  ['free-t4.not-needed', THREE, 'conditional', 'not-applicable'],
  ['free-t4.not-needed', MILD, 'conditional', 'not-applicable'],
  ['prolactin.clinical-suspicion', IRREGULAR, 'conditional', 'to-do'],
  ['prolactin.not-routine', THREE, 'not-recommended', 'not-applicable'],
  ['hba1c.known-diabetes', DIABETES, 'conditional', 'to-do'],
  ['hba1c.not-routine', THREE, 'not-recommended', 'not-applicable'],
  ['ovarian-reserve.not-routine', THREE, 'not-recommended', 'not-applicable'],
  ['luteal-phase-progesterone.not-routine', THREE, 'not-recommended', 'not-applicable'],
  ['pcos-insulin-resistance.clinical-suspicion', IRREGULAR, 'conditional', 'to-do'],
  ['pcos-insulin-resistance.not-routine', THREE, 'not-recommended', 'not-applicable'],
  ['vitamin-d.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['homocysteine.not-named', THREE, 'not-addressed', 'not-applicable'],
  ...tiers('aps-lupus-anticoagulant'),
  ...tiers('aps-anticardiolipin'),
  ['aps-anti-b2gp1.audit-or-research', THREE, 'conditional', 'not-applicable'],
  ['inherited-thrombophilia.second-trimester', SECOND, 'conditional', 'to-do'],
  ['inherited-thrombophilia.first-trimester-only', THREE, 'not-recommended', 'not-applicable'],
  ['nk-cells-blood.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['nk-cells-uterine.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['hla-typing.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['hla-c-kir.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['anti-hla-antibodies.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['cytokines.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['th1-th2-ratio.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['antinuclear-antibodies.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['chronic-endometritis.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['endometrial-receptivity.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['sperm-dna-fragmentation.outside-research', THREE, 'not-recommended', 'not-applicable'],
  ['full-blood-count.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['aspirin-heparin-for-aps.aps-recurrent-miscarriage', APS3, 'recommended', 'to-do'],
  ['aspirin-heparin-for-aps.aps-below-definition', APS2, 'conditional', 'to-do'],
  ['aspirin-heparin-for-aps.no-aps', THREE, 'conditional', 'not-applicable'],
  ['aspirin-heparin-for-aps.no-aps', APS_PENDING, 'conditional', 'not-applicable'],
  ['low-dose-aspirin.with-aps', APS3, 'conditional', 'to-do'],
  ['low-dose-aspirin.aps-unconfirmed', APS_PENDING, 'conditional', 'not-applicable'],
  ['low-dose-aspirin.unexplained', THREE, 'not-recommended', 'not-applicable'],
  ['low-dose-aspirin.unexplained', APS_TRANSIENT, 'not-recommended', 'not-applicable'],
  ['heparin.with-aps', APS3, 'conditional', 'to-do'],
  ['heparin.aps-unconfirmed', APS_PENDING, 'conditional', 'not-applicable'],
  ['heparin.unexplained', THREE, 'not-recommended', 'not-applicable'],
  ['progesterone.bleeding-in-early-pregnancy', THREE, 'conditional', 'not-applicable'],
  ['progesterone.bleeding-in-early-pregnancy', SECOND, 'conditional', 'not-applicable'],
  ['progesterone.below-definition', TWO, 'conditional', 'not-applicable'],
  ['levothyroxine.overt', OVERT, 'recommended', 'to-do'],
  ['levothyroxine.moderate-subclinical', SUBCLINICAL, 'conditional', 'to-do'],
  ['levothyroxine.awaiting-free-t4', TSH_HIGH, 'conditional', 'not-applicable'],
  ['levothyroxine.mild-subclinical', MILD, 'not-recommended', 'not-applicable'],
  ['levothyroxine.mild-subclinical', MILD_TPO, 'not-recommended', 'not-applicable'],
  ['levothyroxine.euthyroid-tpo', TPO_EUTHYROID, 'not-recommended', 'not-applicable'],
  ['levothyroxine.no-indication', THREE, 'conditional', 'not-applicable'],
  ['levothyroxine.no-indication', tsh(2.5), 'conditional', 'not-applicable'],
  ['prednisolone.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['intralipid.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['g-csf.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['ivig.not-recommended', THREE, 'not-recommended', 'not-applicable'],
  ['lymphocyte-immunisation.not-recommended', THREE, 'not-recommended', 'not-applicable'],
  ['tnf-alpha-inhibitor.not-recommended', THREE, 'not-recommended', 'not-applicable'],
  ['hcg.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['metformin.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['vitamin-d-supplement.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['septum-resection.septum', UTERINE, 'conditional', 'to-do'],
  ['septum-resection.no-septum', THREE, 'conditional', 'not-applicable'],
  ['folic-acid.not-named', THREE, 'not-addressed', 'not-applicable'],
  ['lifestyle-advice.all', THREE, 'recommended', 'to-do'],
  ['supportive-care.all', THREE, 'recommended', 'to-do'],
  ...CONTEXT_ROWS['rcog-2023'],
];

const answerFor = (c: Case, item: ItemId) => explainItem(c, G, item);

describe('RCOG 2023 rules, each pinned by the case that triggers it', () => {
  pinEveryRule(G, TABLE);

  it('every rule cites the RCOG 2023 guideline by section (rules resting on a source it points to name that source)', () => {
    for (const r of getGuideline(G).rules.filter((x) => !x.citation.source)) {
      expect(r.citation.url).toBe('https://doi.org/10.1111/1471-0528.17515');
      if (r.verdict !== 'not-addressed') expect(r.citation.reference, r.id).toMatch(/§\d/);
    }
  });
});

describe('RCOG 2023 definition: three first-trimester miscarriages, or one in the second trimester', () => {
  it('two first-trimester miscarriages: not met, but evaluation at clinical discretion', () => {
    const d = evaluateCase(TWO, G).definition;
    expect(d).toMatchObject({ met: false, losses: 2, discretion: true });
    expect(d.discretionText).toMatch(/discretion/);
    expect(d.discretionText).toMatch(/NIPT/);
  });

  it('three first-trimester miscarriages: met', () => {
    expect(evaluateCase(THREE, G).definition).toMatchObject({ met: true, losses: 3, discretion: false });
  });

  it('one second-trimester miscarriage alone: met', () => {
    expect(evaluateCase(SECOND, G).definition).toMatchObject({ met: true, losses: 0, secondTrimesterLosses: 1 });
  });

  it('one first-trimester miscarriage: neither met nor discretion', () => {
    expect(evaluateCase(ONE, G).definition).toMatchObject({ met: false, discretion: false });
  });

  it('biochemical losses are not counted, and the citation says this is unverified', () => {
    const c = makeCase({ pregnancies: [...losses(2), { outcome: 'loss', gestationWeeks: 5, visualised: false }] });
    const d = evaluateCase(c, G).definition;
    expect(d).toMatchObject({ met: false, losses: 2, nonVisualisedLosses: 1 });
    expect(d.citation.unverified).toMatch(/biochemical/);
  });

  it('ectopic pregnancies and losses at 24 weeks or later are not counted', () => {
    const c = makeCase({ pregnancies: [...losses(2), { outcome: 'ectopic' }, { outcome: 'loss', gestationWeeks: 24, visualised: true }] });
    expect(evaluateCase(c, G).definition).toMatchObject({ met: false, losses: 2 });
  });
});

describe('RCOG 2023 thresholds', () => {
  it('TSH above 4 mIU/L is the moderate limit and above 2.5 the mild one', () => {
    expect(answerFor(tsh(4.0), 'levothyroxine').ruleId).toBe('levothyroxine.mild-subclinical');
    expect(answerFor(tsh(4.1, [result('free-t4', 'normal')]), 'levothyroxine').ruleId).toBe('levothyroxine.moderate-subclinical');
    expect(answerFor(tsh(2.6), 'levothyroxine').ruleId).toBe('levothyroxine.mild-subclinical');
  });

  it('an anticardiolipin titre above 40 GPL counts as positive; 40 does not', () => {
    const at = (value: number) =>
      makeCase({
        results: [
          { test: 'aps-anticardiolipin', date: '2026-10-05', isotype: 'IgG', value, unit: 'GPL' },
          { test: 'aps-anticardiolipin', date: '2026-10-05', isotype: 'IgM', value: 3, unit: 'MPL' },
        ],
      });
    expect(answerFor(at(41), 'aps-anticardiolipin').status).toBe('repeat-due');
    expect(answerFor(at(41), 'aps-anticardiolipin').dueFrom).toBe('2026-12-28');
    expect(answerFor(at(40), 'aps-anticardiolipin').status).toBe('done');
  });

  it('a pregnancy-tissue result recorded on the pregnancy counts as done', () => {
    expect(answerFor(UNBALANCED, 'pregnancy-tissue-genetics')).toMatchObject({ ruleId: 'pregnancy-tissue-genetics.from-third-miscarriage', status: 'done' });
    expect(answerFor(EUPLOID, 'pregnancy-tissue-genetics').status).toBe('done');
    expect(answerFor(THREE, 'pregnancy-tissue-genetics').status).toBe('deferred');
    expect(answerFor(THREE, 'pregnancy-tissue-genetics').why).toMatch(/^At the next miscarriage/);
    expect(evaluateCase(UNBALANCED, G).coreDomains.find((d) => d.domain === 'genetic')!.outstanding).toEqual(['parental-karyotype']);
  });

  it('an MRI fulfils the uterine assessment', () => {
    const c = makeCase({ results: [result('pelvic-mri', 'normal')] });
    expect(answerFor(c, 'pelvic-ultrasound-3d')).toMatchObject({ status: 'done', doneVia: 'pelvic-mri' });
  });
});

describe('RCOG 2023 findings, red flags and referral', () => {
  const FINDINGS: [string, Case][] = [
    ['aps-laboratory-criteria-met', APS3],
    ['aps-repeat-due', APS_PENDING],
    ['aps-positive-not-persistent', APS_TRANSIENT],
    ['tsh-above-threshold', TSH_HIGH],
    ['tsh-above-mild-threshold', MILD],
    ['tpo-antibodies-positive', TPO_ONLY],
    ['overt-hypothyroidism', OVERT],
    ['subclinical-hypothyroidism', SUBCLINICAL],
    ['pregnancy-tissue-unbalanced', UNBALANCED],
    ['pregnancy-tissue-aneuploid', ANEUPLOID],
    ['uterine-anomaly', UTERINE],
    ['prolactin-abnormal', PROLACTIN],
    [
      'lupus-anticoagulant-on-anticoagulant-urgent',
      makeCase({ results: [result('aps-lupus-anticoagulant', 'positive', '2026-01-05', { onAnticoagulant: true })] }),
    ],
    [
      'lupus-anticoagulant-on-anticoagulant',
      makeCase({ results: [...LA_TWICE, result('aps-lupus-anticoagulant', 'negative', '2026-08-05', { onAnticoagulant: true })] }),
    ],
    ['anticoagulant-start-date-missing', makeCase({ medicines: [{ id: 'heparin' }], results: LA_TWICE })],
    ['aps-titre-not-judged', makeCase({ results: [result('aps-anticardiolipin', 'positive', '2026-01-05', { isotype: 'IgG', value: 60, unit: 'U/mL' })] })],
    ['aps-low-titre-positive', makeCase({ results: [result('aps-anticardiolipin', 'positive', '2026-01-05', { isotype: 'IgG', value: 26, unit: 'GPL' })] })],
    [
      'anticardiolipin-isotype-missing',
      makeCase({ results: [result('aps-anticardiolipin', 'negative', '2026-01-05', { isotype: 'IgG', value: 2, unit: 'GPL' })] }),
    ],
    [
      'aps-tested-soon-after-loss',
      makeCase({
        pregnancies: [...losses(2), { outcome: 'loss', gestationWeeks: 7, visualised: true, endDate: '2026-01-01' }],
        results: [result('aps-lupus-anticoagulant', 'negative', '2026-01-05')],
      }),
    ],
    [
      'results-contradict-same-day',
      makeCase({ results: [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'negative', '2026-01-05')] }),
    ],
    ['tsh-below-range', makeCase({ results: [result('tsh', 'abnormal', '2026-03-01', { value: 0.02, unit: 'mIU/L' })] })],
    ['tsh-abnormal-no-value', makeCase({ results: [result('tsh', 'abnormal')] })],
    [
      'aps-antibody-research-only',
      makeCase({ results: [result('aps-anti-b2gp1', 'positive', '2026-10-05', { isotype: 'IgG', value: 30, unit: 'U/mL', p99: 20 })] }),
    ],
    ...CONTEXT_FINDINGS,
    ...GRADED_FINDINGS,
  ];
  it.each(FINDINGS)('%s', (id, c) => {
    const f = evaluateCase(c, G).findings.find((x) => x.id === id);
    expect(f?.citation.guideline).toBe(G);
    expect(evaluateCase(THREE, G).findings).toEqual([]);
  });

  it('covers every finding in the RCOG file', () => {
    expect(
      getGuideline(G)
        .findings.map((f) => f.id)
        .sort(),
    ).toEqual(FINDINGS.map(([id]) => id).sort());
  });

  it('the mild TSH finding is not shown above 4 mIU/L', () => {
    expect(evaluateCase(TSH_HIGH, G).findings.map((f) => f.id)).not.toContain('tsh-above-mild-threshold');
  });

  it('red flags: pregnant with confirmed APS; a second-trimester loss; currently pregnant', () => {
    const ids = (c: Case) => evaluateCase(c, G).referral.redFlags.map((r) => r.id);
    expect(ids(PREGNANT_APS)).toEqual(['pregnant-with-aps', 'currently-pregnant']);
    expect(ids(SECOND)).toEqual(['second-trimester-loss']);
    expect(ids(PREGNANT)).toEqual(['currently-pregnant']);
    expect(ids(THREE)).toEqual([]);
    expect(getGuideline(G).redFlags.map((r) => r.id)).toEqual(['pregnant-with-aps', 'second-trimester-loss', 'currently-pregnant']);
  });

  it('referral criteria are the definition: three first-trimester or one second-trimester miscarriage', () => {
    expect(evaluateCase(THREE, G).referral.meetsCriteria).toBe(true);
    expect(evaluateCase(SECOND, G).referral.meetsCriteria).toBe(true);
    expect(evaluateCase(TWO, G).referral.meetsCriteria).toBe(false);
  });

  it('with recurrent miscarriage the core tests are outstanding and the immune gate stays closed', () => {
    const three = evaluateCase(THREE, G);
    expect(three.referral.missingBeforeReferral).toEqual(
      expect.arrayContaining(['parental-karyotype', 'pelvic-ultrasound-3d', 'tsh', 'tpo-antibodies', 'aps-lupus-anticoagulant', 'aps-anticardiolipin']),
    );
    expect(three.immuneGate).toBe('closed');
  });

  it('an NK test that was asked for is flagged with the RCOG reason', () => {
    const c = makeCase({ requested: ['nk-cells-blood', 'prednisolone'] });
    const flags = evaluateCase(c, G).flags;
    expect(flags.map((f) => [f.id, f.verdict])).toEqual([
      ['nk-cells-blood', 'not-recommended'],
      ['prednisolone', 'not-addressed'],
    ]);
    expect(flags[1]!.why).toMatch(/outside formal research/);
  });
});
