// From a case to the named facts that guideline conditions test (facts-catalogue.ts).
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case } from './case-schema.ts';
import type { DefinitionAnswer } from './definition.ts';
import type { Facts } from '../../guidelines/facts-catalogue.ts';
import { INVESTIGATION_IDS } from '../../guidelines/ids.ts';
import { type AntibodyCourse, isPositive, latest, readThyroid, resultsFor } from './results.ts';

export function computeFacts(c: Case, g: Guideline, definition: DefinitionAnswer, courses: AntibodyCourse[]): Facts {
  const h = c.history ?? {};
  const tissue = c.pregnancies.map((p) => p.tissueGenetics ?? 'not-done');
  const thyroid = readThyroid(c, g);
  const anatomyAbnormal = INVESTIGATION_IDS.anatomical.some((t) => {
    const r = latest(c, t);
    return r?.interpretation === 'abnormal' || r?.interpretation === 'positive';
  });
  const tshOrTpoAbnormal = thyroid.tshAboveUpper || thyroid.tpoPositive;
  return {
    medicines: new Set((c.medicines ?? []).map((m) => m.id)),
    losses: definition.losses,
    firstTrimesterLosses: definition.firstTrimesterLosses,
    secondTrimesterLosses: definition.secondTrimesterLosses,
    nonVisualisedLosses: definition.nonVisualisedLosses,
    age: c.patient.age,
    definitionMet: definition.met || definition.evaluatedAtDiscretion,
    currentlyPregnant: h.currentlyPregnant ?? false,
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
    euthyroidTpoPositive: thyroid.tpoPositive && thyroid.tshTested && !thyroid.tshAboveUpper,
    uterineAnomaly: anatomyAbnormal,
    prolactinHigh: isPositive(latest(c, 'prolactin')),
  };
}
