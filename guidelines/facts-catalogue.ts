// Every fact a guideline condition may name, with the words used to read it aloud.
// The engine computes them from a case (facts.ts); rule files refer to them by name.

export const NUMERIC_FACTS = {
  losses: 'pregnancy losses counted by this guideline',
  firstTrimesterLosses: 'first-trimester losses',
  secondTrimesterLosses: 'second-trimester losses',
  nonVisualisedLosses: 'non-visualised (biochemical) losses',
  age: 'age in years',
  previousMiscarriages: 'previous pregnancy losses before 24 weeks (non-visualised ones included)',
  currentGestationWeeks: 'completed weeks of the pregnancy now (0 when not recorded)',
} as const;

export const BOOLEAN_FACTS = {
  definitionMet: "the case meets this guideline's definition (or is evaluated at clinical discretion where the guideline allows it)",
  currentlyPregnant: 'currently pregnant',
  bleedingNow: 'vaginal bleeding in the pregnancy now',
  painNow: 'pain in the pregnancy now',
  intrauterineConfirmed: 'the pregnancy now is confirmed intrauterine on a scan',
  shortCervix: 'a short cervix: cervical assessment abnormal, or a cervical length of 25 mm or less measured at 16–24 weeks',
  lateLossOrPretermBirth: 'a previous loss from 16 weeks, or a preterm birth',
  vteHighRisk: 'previous venous thrombosis other than a single one related to major surgery',
  vteSurgicalOnly: 'previous venous thrombosis related to major surgery',
  partnerSmoker: 'her partner smokes',
  smoker: 'smokes',
  venousThrombosis: 'personal history of venous thrombosis',
  arterialThrombosis: 'personal history of arterial thrombosis',
  sle: 'SLE or other autoimmune disease',
  thyroidDisease: 'known thyroid disease',
  diabetes: 'diabetes',
  menstrualIrregularity: 'oligo- or amenorrhoea',
  familyThrombophilia: 'heritable thrombophilia in a first-degree relative',
  previousUnbalancedOffspring: 'a previous child or pregnancy with an unbalanced chromosome anomaly',
  familyChromosomalRearrangement: 'a chromosomal rearrangement in the family',
  tissueUnbalanced: 'pregnancy tissue showed an unbalanced structural chromosome anomaly',
  tissueAneuploid: 'pregnancy tissue showed aneuploidy',
  tissueResultAvailable: 'a pregnancy-tissue genetics result is recorded',
  apsConfirmed: 'antiphospholipid laboratory criteria met (same antibody positive twice, at least 12 weeks apart)',
  apsPendingRepeat: 'an antiphospholipid antibody is positive and awaits its repeat',
  apsNotPersistent: 'a positive antiphospholipid antibody was negative on repeat',
  tshTested: 'a TSH result is recorded',
  tshAboveUpper: "TSH above the guideline's upper limit",
  tshAboveMild: "TSH above the guideline's lower (mild subclinical) limit",
  tpoPositive: 'TPO antibodies positive',
  thyroidFollowUpNeeded: 'TSH abnormal or TPO antibodies positive',
  overtHypothyroidism: 'raised TSH with abnormal free T4 (overt hypothyroidism)',
  subclinicalHypothyroidism: 'raised TSH with normal free T4 (subclinical hypothyroidism)',
  euthyroidTpoPositive: 'TPO antibodies positive with TSH within range',
  uterineAnomaly: 'uterine imaging abnormal (cervical and adenomyosis assessment excluded)',
  prolactinHigh: 'prolactin abnormal',
  // Results read safely (results helper): what cannot be read is said, never taken as negative.
  lupusAnticoagulantOnAnticoagulant: 'a lupus anticoagulant sample was taken on an anticoagulant (it cannot be read)',
  lupusAnticoagulantNotRead: 'lupus anticoagulant results are recorded but none can be read',
  apsTitreNotJudged:
    'an antiphospholipid antibody titre cannot be judged against the criterion level (unit without a threshold and no 99th centile, or no value)',
  apsLowTitrePositive: 'an antiphospholipid antibody flagged positive by the lab is below the criterion level',
  apsTestedSoonAfterLoss: 'an antiphospholipid test was taken less than 6 weeks after a pregnancy loss',
  anticardiolipinIsotypeMissing: 'anticardiolipin is recorded for one isotype only (IgG and IgM are both needed)',
  anticoagulantStartUnknown: 'she takes an anticoagulant with no start date while lupus anticoagulant results are recorded',
  resultsContradictSameDay: 'results of one test contradict each other on the same day',
  tshBelowRange: 'TSH flagged abnormal by the lab at a value not above the upper limit (low or suppressed)',
  tshAbnormalNoValue: 'TSH flagged abnormal with no value (high or low not known)',
  apsResearchAntibodyPositive:
    "an antiphospholipid antibody outside this guideline's laboratory criteria is positive (RCOG: anti-β2GP1, audit or research only)",
} as const;

export type NumericFact = keyof typeof NUMERIC_FACTS;
export type BooleanFact = keyof typeof BOOLEAN_FACTS;
/** The named facts, plus the medicines she takes now (read by `{ takes: id }` conditions). */
export type Facts = Record<NumericFact, number> & Record<BooleanFact, boolean> & { medicines: ReadonlySet<string> };

export const NUMERIC_FACT_NAMES = Object.keys(NUMERIC_FACTS) as [NumericFact, ...NumericFact[]];
export const BOOLEAN_FACT_NAMES = Object.keys(BOOLEAN_FACTS) as [BooleanFact, ...BooleanFact[]];
