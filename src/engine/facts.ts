// From a case to the named facts that guideline conditions test (facts-catalogue.ts).
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case } from './case-schema.ts';
import type { DefinitionAnswer } from './definition.ts';
import type { Facts } from '../../guidelines/facts-catalogue.ts';
import { type AntibodyCourse, isPositive, latest, readThyroid, resultsFor } from './results.ts';
import { contextFacts, UTERINE_IMAGING } from './context-facts.ts';

export function computeFacts(c: Case, g: Guideline, definition: DefinitionAnswer, courses: AntibodyCourse[]): Facts {
  const h = c.history ?? {};
  const tissue = c.pregnancies.map((p) => p.tissueGenetics ?? 'not-done');
  const thyroid = readThyroid(c, g);
  // The uterus only: a short cervix or adenomyosis is not a uterine (Müllerian) anomaly.
  const anatomyAbnormal = UTERINE_IMAGING.some((t) => {
    const r = latest(c, t);
    return r?.interpretation === 'abnormal' || r?.interpretation === 'positive';
  });
  const tshOrTpoAbnormal = thyroid.tshAboveUpper || thyroid.tpoPositive;
  const context = contextFacts(c, g);
  // A TSH in range on levothyroxine, or with known thyroid disease, is not "euthyroid" (ESHRE rec 50 / RCOG §7.5 A).
  const thyroidTreatedOrKnown = context.medicines.has('levothyroxine') || (h.thyroidDisease ?? false);
  return {
    ...context,
    losses: definition.losses,
    firstTrimesterLosses: definition.firstTrimesterLosses,
    secondTrimesterLosses: definition.secondTrimesterLosses,
    nonVisualisedLosses: definition.nonVisualisedLosses,
    age: c.patient.age,
    definitionMet: definition.met || definition.evaluatedAtDiscretion,
    smoker: c.patient.smoker ?? false,
    venousThrombosis: h.venousThrombosis ?? false,
    arterialThrombosis: h.arterialThrombosis ?? false,
    sle: h.sle ?? false,
    thyroidDisease: h.thyroidDisease ?? false,
    diabetes: h.diabetes ?? false,
    menstrualIrregularity: h.menstrualIrregularity ?? false,
    familyThrombophilia: h.familyThrombophilia ?? false,
    previousUnbalancedOffspring: h.previousUnbalancedOffspring ?? false,
    familyChromosomalRearrangement: h.familyChromosomalRearrangement ?? false,
    tissueUnbalanced: tissue.includes('unbalanced-structural'),
    tissueAneuploid: tissue.includes('aneuploid'),
    tissueResultAvailable: tissue.some((t) => t !== 'not-done') || resultsFor(c, 'pregnancy-tissue-genetics').length > 0,
    apsConfirmed: courses.some((k) => k.state === 'confirmed'),
    apsPendingRepeat: courses.some((k) => k.state === 'pending'),
    apsNotPersistent: courses.some((k) => k.state === 'not-persistent'),
    tshTested: thyroid.tshTested,
    tshAboveUpper: thyroid.tshAboveUpper,
    tshAboveMild: thyroid.tshAboveMild,
    tpoPositive: thyroid.tpoPositive,
    thyroidFollowUpNeeded: tshOrTpoAbnormal,
    overtHypothyroidism: thyroid.tshAboveUpper && thyroid.freeT4Abnormal,
    subclinicalHypothyroidism: thyroid.tshAboveUpper && thyroid.freeT4Normal,
    euthyroidTpoPositive: thyroid.tpoPositive && thyroid.tshTested && !thyroid.tshAboveUpper && !thyroidTreatedOrKnown,
    uterineAnomaly: anatomyAbnormal,
    prolactinHigh: isPositive(latest(c, 'prolactin')),
  };
}
