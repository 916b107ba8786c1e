// Rule-table rows for the patient-context rules (issue 11: pregnancy now, medicines, previous VTE,
// short cervix, smoking partner), one list per guideline, spread into each guideline's table in
// tests/unit/rules-*.test.ts; and the cases that trigger each context finding.
import type { Case } from '../../src/engine/case-schema.ts';
import type { GuidelineId } from '../../guidelines/ids.ts';
import { losses, makeCase, result } from './cases.ts';
import type { RuleRow } from './rule-table.ts';

const THREE = makeCase();
const LA_TWICE = [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'positive', '2026-04-06')];
const unprovokedVte = { venousThrombosis: true, venousThrombosisCause: 'unprovoked' as const };
const lateLoss = { outcome: 'loss' as const, gestationWeeks: 18, visualised: true };
const pregnant = (now: Case['currentPregnancy'], pregnancies = losses(3)) =>
  makeCase({ pregnancies, history: { currentlyPregnant: true }, currentPregnancy: now });

export const CONTEXT = {
  VTE_HIGH: makeCase({ history: unprovokedVte }),
  // Confirmed APS does not make her heparin a part of the APS combination only: after a high-risk VTE it is
  // thromboprophylaxis in its own right (shared/clinical §11, RCOG GTG 37a), with three losses or two.
  APS_VTE_HIGH: makeCase({ history: unprovokedVte, results: LA_TWICE }),
  APS_TWO_LOSSES_VTE_HIGH: makeCase({ pregnancies: losses(2), history: unprovokedVte, results: LA_TWICE }),
  VTE_SURGICAL: makeCase({ history: { venousThrombosis: true, venousThrombosisCause: 'major-surgery' } }),
  BLEEDING: pregnant({ gestationWeeks: 7, intrauterineConfirmed: true, heartbeat: true, bleeding: true }),
  BLEEDING_NO_SCAN: pregnant({ gestationWeeks: 6, intrauterineConfirmed: false, bleeding: true }),
  PREGNANT_NO_BLEEDING: pregnant({ gestationWeeks: 8, intrauterineConfirmed: true, heartbeat: true }),
  BLEEDING_AT_18_WEEKS: pregnant({ gestationWeeks: 18, intrauterineConfirmed: true, heartbeat: true, bleeding: true }),
  ON_PROGESTERONE_EARLY: makeCase({
    pregnancies: losses(3),
    history: { currentlyPregnant: true },
    medicines: [{ id: 'progesterone' }],
    currentPregnancy: { gestationWeeks: 9, intrauterineConfirmed: true, heartbeat: true },
  }),
  PREGNANT_VTE_UNTREATED: makeCase({ history: { currentlyPregnant: true, venousThrombosis: true }, currentPregnancy: { gestationWeeks: 6 } }),
  RECURRENT_SECOND_TRIMESTER: makeCase({ pregnancies: [lateLoss, lateLoss] }),
  PREGNANT_RECURRENT_SECOND_TRIMESTER: pregnant({ gestationWeeks: 12, intrauterineConfirmed: true, heartbeat: true }, [lateLoss, lateLoss]),
  SHORT_CERVIX: pregnant({ gestationWeeks: 20, intrauterineConfirmed: true, heartbeat: true, cervicalLengthMm: 18, cervicalLengthAtWeeks: 19 }, [
    ...losses(1),
    lateLoss,
  ]),
  SHORT_CERVIX_NO_LATE_LOSS: pregnant({ gestationWeeks: 20, intrauterineConfirmed: true, heartbeat: true, cervicalLengthMm: 18, cervicalLengthAtWeeks: 19 }),
  ON_LEVOTHYROXINE: makeCase({ history: { thyroidDisease: true }, medicines: [{ id: 'levothyroxine' }] }),
  THYROID_DISEASE: makeCase({ history: { thyroidDisease: true } }),
  SLE_MEDICINES: makeCase({ history: { sle: true }, medicines: [{ id: 'prednisolone' }, { id: 'ivig' }, { id: 'tnf-alpha-inhibitor' }] }),
  DIABETES_METFORMIN: makeCase({ history: { diabetes: true }, medicines: [{ id: 'metformin' }] }),
  ARTERIAL_ASPIRIN: makeCase({ history: { arterialThrombosis: true }, medicines: [{ id: 'low-dose-aspirin' }] }),
  PARTNER_SMOKES: makeCase({ patient: { age: 32, partnerSmoker: true } }),
  ON_ORAL_ANTICOAGULANT: makeCase({ history: { venousThrombosis: true }, medicines: [{ id: 'oral-anticoagulant' }] }),
  PREGNANT_ON_ORAL_ANTICOAGULANT: makeCase({
    history: { venousThrombosis: true, currentlyPregnant: true },
    currentPregnancy: { gestationWeeks: 6 },
    medicines: [{ id: 'oral-anticoagulant' }],
  }),
};
const C = CONTEXT;

/** Rules that read the same sources (NICE NG126, NICE NG25, RCOG GTG 37a) under every guideline. */
const SHARED: RuleRow[] = [
  ['heparin.previous-vte', C.VTE_HIGH, 'recommended', 'to-do'],
  ['heparin.previous-vte', C.APS_VTE_HIGH, 'recommended', 'to-do'],
  ['heparin.previous-vte', C.APS_TWO_LOSSES_VTE_HIGH, 'recommended', 'to-do'],
  ['heparin.previous-vte-surgical', C.VTE_SURGICAL, 'conditional', 'to-do'],
  [
    'heparin.on-oral-anticoagulant',
    makeCase({ medicines: [{ id: 'oral-anticoagulant', note: 'warfarin for a mechanical valve' }] }),
    'conditional',
    'not-applicable',
  ],
  ['thromboprophylaxis.previous-vte', C.VTE_HIGH, 'recommended', 'to-do'],
  ['thromboprophylaxis.previous-vte-surgical', C.VTE_SURGICAL, 'conditional', 'to-do'],
  ['progesterone.bleeding-now', C.BLEEDING, 'recommended', 'to-do'],
  ['progesterone.bleeding-scan-first', C.BLEEDING_NO_SCAN, 'conditional', 'not-applicable'],
  ['progesterone.short-cervix', C.SHORT_CERVIX, 'conditional', 'to-do'],
  ['progesterone.bleeding-from-16-weeks', C.BLEEDING_AT_18_WEEKS, 'conditional', 'not-applicable'],
  ['progesterone.taken-in-early-pregnancy', C.ON_PROGESTERONE_EARLY, 'conditional', 'done'],
  ['cervical-cerclage.short-cervix', C.SHORT_CERVIX, 'conditional', 'to-do'],
];

/** Rules of the two graded guidelines: medicines taken now, known thyroid disease, smoking. */
const GRADED: RuleRow[] = [
  ['levothyroxine.taken-now', C.ON_LEVOTHYROXINE, 'recommended', 'done'],
  ['levothyroxine.known-thyroid-disease', C.THYROID_DISEASE, 'conditional', 'not-applicable'],
  ['ivig.other-indication', C.SLE_MEDICINES, 'not-addressed', 'not-applicable'],
  ['low-dose-aspirin.other-indication', C.ARTERIAL_ASPIRIN, 'not-addressed', 'not-applicable'],
  ['lifestyle-advice.smoking', C.PARTNER_SMOKES, 'recommended', 'to-do'],
];

export const CONTEXT_ROWS: Record<GuidelineId, RuleRow[]> = {
  'eshre-2022': [
    ...SHARED,
    ...GRADED,
    ['prednisolone.other-indication', C.SLE_MEDICINES, 'not-addressed', 'not-applicable'],
    ['metformin.other-indication', C.DIABETES_METFORMIN, 'not-addressed', 'not-applicable'],
    ['cervical-cerclage.recurrent-second-trimester-loss', C.PREGNANT_RECURRENT_SECOND_TRIMESTER, 'conditional', 'to-do'],
    ['cervical-cerclage.next-pregnancy', C.RECURRENT_SECOND_TRIMESTER, 'conditional', 'not-applicable'],
    ['cervical-cerclage.not-indicated', THREE, 'conditional', 'not-applicable'],
    ['thromboprophylaxis.no-vte-risk-recorded', THREE, 'conditional', 'not-applicable'],
    ['oral-anticoagulant.not-named', THREE, 'not-addressed', 'not-applicable'],
  ],
  'rcog-2023': [
    ...SHARED,
    ...GRADED,
    ['tnf-alpha-inhibitor.other-indication', C.SLE_MEDICINES, 'not-addressed', 'not-applicable'],
    ['progesterone.pregnant-no-bleeding', C.PREGNANT_NO_BLEEDING, 'conditional', 'not-applicable'],
    ['cervical-cerclage.not-indicated', THREE, 'conditional', 'not-applicable'],
    ['thromboprophylaxis.no-vte-risk-recorded', THREE, 'conditional', 'not-applicable'],
    ['oral-anticoagulant.not-named', THREE, 'not-addressed', 'not-applicable'],
  ],
  'asrm-2012': [
    ...SHARED,
    ['cervical-cerclage.not-read', THREE, 'not-addressed', 'not-applicable'],
    ['thromboprophylaxis.not-read', THREE, 'not-addressed', 'not-applicable'],
    ['oral-anticoagulant.not-read', THREE, 'not-addressed', 'not-applicable'],
  ],
};

/** Each context finding (in every guideline file) and a case that triggers it. */
export const CONTEXT_FINDINGS: [string, Case][] = [
  ['bleeding-in-pregnancy-now', C.BLEEDING],
  ['oral-anticoagulant-now', C.ON_ORAL_ANTICOAGULANT],
  ['oral-anticoagulant-pregnant-now', C.PREGNANT_ON_ORAL_ANTICOAGULANT],
  ['previous-vte-high-risk', C.VTE_HIGH],
  ['previous-vte-pregnant-now', C.PREGNANT_VTE_UNTREATED],
  ['previous-vte-surgical', C.VTE_SURGICAL],
  ['short-cervix-after-late-loss', C.SHORT_CERVIX],
  ['short-cervix-now', C.SHORT_CERVIX_NO_LATE_LOSS],
];
/** ESHRE and RCOG only. */
export const GRADED_FINDINGS: [string, Case][] = [
  ['treated-hypothyroidism', C.ON_LEVOTHYROXINE],
  [
    'thyroid-check-in-pregnancy',
    makeCase({ ...C.PREGNANT_NO_BLEEDING, results: [{ test: 'tpo-antibodies', date: '2026-03-01', interpretation: 'positive' }] }),
  ],
];
