// Every ESHRE 2022 rule pinned through evaluateCase: the case that triggers it, and its verdict and status.
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/engine/case-schema.ts';
import { evaluateCase, explainItem } from '../../src/engine/evaluate.ts';
import type { ItemId } from '../../guidelines/ids.ts';
import { losses, makeCase, result } from '../support/cases.ts';
import { CONTEXT_ROWS } from '../support/context-rows.ts';
import { pinEveryRule, type RuleRow } from '../support/rule-table.ts';

const ANY = makeCase();
const TWO = makeCase({ pregnancies: losses(2) });
const ONE = makeCase({ pregnancies: losses(1) });
const SECOND_TRIMESTER = makeCase({ pregnancies: [...losses(1), { outcome: 'loss', gestationWeeks: 18, visualised: true }] });
const PREGNANT_SECOND = makeCase({ pregnancies: SECOND_TRIMESTER.pregnancies, history: { currentlyPregnant: true } });
const UNBALANCED = makeCase({ pregnancies: [...losses(2), { outcome: 'loss', gestationWeeks: 8, visualised: true, tissueGenetics: 'unbalanced-structural' }] });
const FAMILY_REARRANGEMENT = makeCase({ history: { familyChromosomalRearrangement: true } });
const IRREGULAR = makeCase({ history: { menstrualIrregularity: true } });
const VTE = makeCase({ history: { venousThrombosis: true } });
const FAMILY_THROMBOPHILIA = makeCase({ history: { familyThrombophilia: true } });
const aps = (c: Case): Case =>
  makeCase({
    ...c,
    results: [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'positive', '2026-04-06')],
  });
const APS3 = aps(ANY);
const APS_PENDING = makeCase({ results: [result('aps-lupus-anticoagulant', 'positive', '2026-10-05')] });
const APS2 = aps(TWO);
const tsh = (value: number, extra: Case['results'] = []) => makeCase({ results: [result('tsh', undefined, '2026-03-01', { value, unit: 'mIU/L' }), ...extra] });
const OVERT = tsh(6.2, [result('free-t4', 'abnormal')]);
const SUBCLINICAL = tsh(6.2, [result('free-t4', 'normal')]);
const TSH_HIGH = tsh(6.2);
const TPO_EUTHYROID = tsh(1.8, [result('tpo-antibodies', 'positive')]);
const TPO_POSITIVE = makeCase({ results: [result('tpo-antibodies', 'positive')] });

// [rule id, case, verdict, status]
const TABLE: RuleRow[] = [
  ['pregnancy-tissue-genetics.explanatory', ANY, 'conditional', 'deferred'],
  ['pregnancy-tissue-genetics.explanatory', UNBALANCED, 'conditional', 'done'],
  ['parental-karyotype.raised-risk', UNBALANCED, 'conditional', 'to-do'],
  ['parental-karyotype.raised-risk', FAMILY_REARRANGEMENT, 'conditional', 'to-do'],
  ['parental-karyotype.individual-assessment', ANY, 'conditional', 'not-applicable'],
  ['male-karyotype-routine.not-routine', ANY, 'not-recommended', 'not-applicable'],
  ['pelvic-ultrasound-3d.all', ANY, 'recommended', 'to-do'],
  ['pelvic-ultrasound-3d.below-definition', ONE, 'recommended', 'not-applicable'],
  ['pelvic-ultrasound-2d.not-named', ANY, 'not-addressed', 'not-applicable'],
  ['sonohysterography.alternative', ANY, 'conditional', 'not-applicable'],
  ['hysterosalpingography.less-accurate', ANY, 'not-addressed', 'not-applicable'],
  ['hysteroscopy.not-named', ANY, 'not-addressed', 'not-applicable'],
  ['pelvic-mri.alternative', ANY, 'conditional', 'not-applicable'],
  ['adenomyosis-assessment.new-2022', ANY, 'conditional', 'to-do'],
  ['cervical-assessment.pregnant-after-second-trimester', PREGNANT_SECOND, 'conditional', 'to-do'],
  ['cervical-assessment.next-pregnancy', SECOND_TRIMESTER, 'conditional', 'not-applicable'],
  ['cervical-assessment.no-second-trimester-loss', ANY, 'conditional', 'not-applicable'],
  ['tsh.all', ANY, 'recommended', 'to-do'],
  ['tsh.below-definition', ONE, 'recommended', 'not-applicable'],
  ['tpo-antibodies.all', ANY, 'recommended', 'to-do'],
  ['tpo-antibodies.below-definition', ONE, 'recommended', 'not-applicable'],
  ['free-t4.follow-up', TSH_HIGH, 'recommended', 'to-do'],
  ['free-t4.follow-up', TPO_POSITIVE, 'recommended', 'to-do'],
  ['free-t4.not-needed', ANY, 'conditional', 'not-applicable'],
  ['prolactin.symptoms', IRREGULAR, 'conditional', 'to-do'],
  ['prolactin.no-symptoms', ANY, 'not-recommended', 'not-applicable'],
  ['ovarian-reserve.routine', ANY, 'not-recommended', 'not-applicable'],
  ['luteal-phase-progesterone.routine', ANY, 'not-recommended', 'not-applicable'],
  ['homocysteine.routine', ANY, 'not-recommended', 'not-applicable'],
  ['pcos-insulin-resistance.routine', ANY, 'not-recommended', 'not-applicable'],
  ['hba1c.not-named', ANY, 'not-addressed', 'not-applicable'],
  ['vitamin-d.narrative', ANY, 'not-recommended', 'not-applicable'],
  ['aps-lupus-anticoagulant.after-two-losses', TWO, 'recommended', 'to-do'],
  ['aps-lupus-anticoagulant.fewer-than-two', ONE, 'conditional', 'not-applicable'],
  ['aps-anticardiolipin.after-two-losses', TWO, 'recommended', 'to-do'],
  ['aps-anticardiolipin.fewer-than-two', ONE, 'conditional', 'not-applicable'],
  ['aps-anti-b2gp1.after-two-losses', TWO, 'conditional', 'to-do'],
  ['aps-anti-b2gp1.fewer-than-two', ONE, 'conditional', 'not-applicable'],
  ['inherited-thrombophilia.risk-factors', VTE, 'conditional', 'to-do'],
  ['inherited-thrombophilia.risk-factors', FAMILY_THROMBOPHILIA, 'conditional', 'to-do'],
  ['inherited-thrombophilia.routine', ANY, 'not-recommended', 'not-applicable'],
  ['nk-cells-blood.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['nk-cells-uterine.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['hla-typing.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['hla-c-kir.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['anti-hla-antibodies.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['cytokines.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['antinuclear-antibodies.explanatory', ANY, 'conditional', 'to-do'],
  ['th1-th2-ratio.cytokine-testing', ANY, 'not-recommended', 'not-applicable'],
  ['chronic-endometritis.narrative', ANY, 'not-recommended', 'not-applicable'],
  ['endometrial-receptivity.not-named', ANY, 'not-addressed', 'not-applicable'],
  ['sperm-dna-fragmentation.explanatory', ANY, 'conditional', 'to-do'],
  ['full-blood-count.not-named', ANY, 'not-addressed', 'not-applicable'],
  ['aspirin-heparin-for-aps.aps-three-losses', APS3, 'recommended', 'to-do'],
  ['aspirin-heparin-for-aps.aps-two-losses', APS2, 'not-recommended', 'not-applicable'],
  ['aspirin-heparin-for-aps.no-aps', ANY, 'conditional', 'not-applicable'],
  ['low-dose-aspirin.aps-two-losses', APS2, 'not-recommended', 'not-applicable'],
  ['low-dose-aspirin.with-aps', APS3, 'conditional', 'to-do'],
  ['low-dose-aspirin.aps-unconfirmed', APS_PENDING, 'conditional', 'not-applicable'],
  ['low-dose-aspirin.unexplained', ANY, 'not-recommended', 'not-applicable'],
  ['heparin.aps-two-losses', APS2, 'not-recommended', 'not-applicable'],
  ['heparin.with-aps', APS3, 'conditional', 'to-do'],
  ['heparin.aps-unconfirmed', APS_PENDING, 'conditional', 'not-applicable'],
  ['heparin.unexplained', ANY, 'not-recommended', 'not-applicable'],
  ['progesterone.unexplained', ANY, 'not-recommended', 'not-applicable'],
  ['levothyroxine.overt', OVERT, 'recommended', 'to-do'],
  ['levothyroxine.subclinical', SUBCLINICAL, 'conditional', 'to-do'],
  ['levothyroxine.awaiting-free-t4', TSH_HIGH, 'conditional', 'not-applicable'],
  ['levothyroxine.euthyroid-tpo', TPO_EUTHYROID, 'not-recommended', 'not-applicable'],
  ['levothyroxine.no-indication', ANY, 'conditional', 'not-applicable'],
  ['prednisolone.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['ivig.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['intralipid.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['g-csf.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['lymphocyte-immunisation.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['tnf-alpha-inhibitor.not-named', ANY, 'not-addressed', 'not-applicable'],
  ['hcg.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['metformin.not-recommended', ANY, 'not-recommended', 'not-applicable'],
  ['vitamin-d-supplement.preconception', ANY, 'conditional', 'to-do'],
  ['septum-resection.septum', ANY, 'not-recommended', 'not-applicable'],
  ['folic-acid.preconception', ANY, 'conditional', 'to-do'],
  ['lifestyle-advice.all', ANY, 'recommended', 'to-do'],
  ['supportive-care.all', ANY, 'recommended', 'to-do'],
  ...CONTEXT_ROWS['eshre-2022'],
];

const G = 'eshre-2022';
const answerFor = (c: Case, item: ItemId) => explainItem(c, G, item);

describe('ESHRE 2022 rules, each pinned by the case that triggers it', () => {
  pinEveryRule(G, TABLE);
});

describe('conditions that change a verdict', () => {
  it('antiphospholipid testing becomes recommended at the second loss', () => {
    expect(answerFor(ONE, 'aps-lupus-anticoagulant').status).toBe('not-applicable');
    expect(answerFor(TWO, 'aps-lupus-anticoagulant').status).toBe('to-do');
  });

  it('aspirin plus heparin needs confirmed laboratory criteria and three losses', () => {
    const once = makeCase({ results: [result('aps-lupus-anticoagulant', 'positive', '2026-01-05')] });
    expect(answerFor(once, 'aspirin-heparin-for-aps').ruleId).toBe('aspirin-heparin-for-aps.no-aps');
    expect(answerFor(APS3, 'aspirin-heparin-for-aps').ruleId).toBe('aspirin-heparin-for-aps.aps-three-losses');
    expect(answerFor(APS2, 'aspirin-heparin-for-aps').ruleId).toBe('aspirin-heparin-for-aps.aps-two-losses');
  });

  it('uterine assessment is done by sonohysterography when 3D ultrasound is unavailable', () => {
    const c = makeCase({ results: [result('sonohysterography', 'normal')] });
    const item = answerFor(c, 'pelvic-ultrasound-3d');
    expect(item.status).toBe('done');
    expect(item.doneVia).toBe('sonohysterography');
  });

  it('a positive antiphospholipid antibody is due for repeat 12 weeks after the first positive', () => {
    const item = answerFor(APS_PENDING, 'aps-lupus-anticoagulant');
    expect(item.status).toBe('repeat-due');
    expect(item.dueFrom).toBe('2026-12-28');
    const e = evaluateCase(APS_PENDING, 'eshre-2022');
    expect(e.findings.map((f) => f.id)).toEqual(['aps-repeat-due']);
    expect(e.coreDomains.find((d) => d.domain === 'antiphospholipid')!.outstanding).toContain('aps-lupus-anticoagulant');
  });

  it('a repeat taken too early does not confirm; a negative valid repeat means not persistent', () => {
    const early = makeCase({
      results: [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'positive', '2026-02-20')],
    });
    expect(answerFor(early, 'aps-lupus-anticoagulant').status).toBe('repeat-due');
    const transient = makeCase({
      results: [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'negative', '2026-04-06')],
    });
    expect(answerFor(transient, 'aps-lupus-anticoagulant').status).toBe('done');
    expect(evaluateCase(transient, 'eshre-2022').findings.map((f) => f.id)).toEqual(['aps-positive-not-persistent']);
  });

  it('anticardiolipin IgG and IgM are followed as different antibodies', () => {
    const c = makeCase({
      results: [
        result('aps-anticardiolipin', 'positive', '2026-01-05', { isotype: 'IgG', value: 52, unit: 'GPL' }),
        result('aps-anticardiolipin', 'positive', '2026-04-06', { isotype: 'IgM', value: 45, unit: 'MPL' }),
      ],
    });
    expect(answerFor(c, 'aps-anticardiolipin').status).toBe('repeat-due');
    expect(evaluateCase(c, 'eshre-2022').findings.map((f) => f.id)).not.toContain('aps-laboratory-criteria-met');
  });

  it('an anticardiolipin titre above 40 GPL counts as positive without an interpretation', () => {
    const c = makeCase({
      results: [
        { test: 'aps-anticardiolipin', date: '2026-01-05', isotype: 'IgG', value: 41, unit: 'GPL' },
        { test: 'aps-anticardiolipin', date: '2026-04-06', isotype: 'IgG', value: 60, unit: 'GPL' },
      ],
    });
    expect(evaluateCase(c, 'eshre-2022').findings.map((f) => f.id)).toContain('aps-laboratory-criteria-met');
    const low = makeCase({
      results: [
        { test: 'aps-anticardiolipin', date: '2026-01-05', isotype: 'IgG', value: 40, unit: 'GPL' },
        { test: 'aps-anticardiolipin', date: '2026-01-05', isotype: 'IgM', value: 3, unit: 'MPL' },
      ],
    });
    expect(answerFor(low, 'aps-anticardiolipin').status).toBe('done');
  });

  it('a TSH above 4.0 mIU/L is reported and asks for free T4', () => {
    const e = evaluateCase(TSH_HIGH, 'eshre-2022');
    expect(e.findings.map((f) => f.id)).toContain('tsh-above-threshold');
    expect(e.coreDomains.find((d) => d.domain === 'hormonal')!.outstanding).toEqual(['free-t4', 'tpo-antibodies']);
    expect(evaluateCase(tsh(3.9), 'eshre-2022').findings).toEqual([]);
  });

  it('a declined item is declined with its reason', () => {
    const c = makeCase({ declined: [{ id: 'tsh', reason: 'done privately, result awaited' }] });
    const item = evaluateCase(c, 'eshre-2022').items.find((i) => i.id === 'tsh')!;
    expect(item.status).toBe('declined');
    expect(item.declinedReason).toBe('done privately, result awaited');
  });
});
