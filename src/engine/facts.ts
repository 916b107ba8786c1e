// From a case to the named facts that guideline conditions test (facts-catalogue.ts).
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case } from './case-schema.ts';
import type { DefinitionAnswer } from './definition.ts';
import type { Facts } from '../../guidelines/facts-catalogue.ts';
import { type ApsReading, ANTICOAGULANTS } from './antiphospholipid.ts';
import { apsSoonAfterLoss } from './result-notes.ts';
import { isPositive, latestIn, readThyroid, type ResultIndex, sameDayContradictions } from './results.ts';
import { contextFacts, UTERINE_IMAGING } from './context-facts.ts';

export function computeFacts(c: Case, g: Guideline, definition: DefinitionAnswer, x: ResultIndex, aps: ApsReading): Facts {
  const h = c.history ?? {};
  const tissue = c.pregnancies.map((p) => p.tissueGenetics ?? 'not-done');
  const thyroid = readThyroid(x, g);
  // The uterus only: a short cervix or adenomyosis is not a uterine (Müllerian) anomaly.
  const anatomyAbnormal = UTERINE_IMAGING.some((t) => {
    const r = latestIn(x, t);
    return r?.interpretation === 'abnormal' || r?.interpretation === 'positive';
  });
  const tshAbnormal = thyroid.tshAboveUpper || thyroid.tshBelowRange || thyroid.tshAbnormalNoValue;
  const unreadable = (reason: string) => aps.read.some((r) => r.reading.kind === 'unreadable' && r.reading.reason === reason);
  const la = x.get('aps-lupus-anticoagulant') ?? [];
  const k = aps.courses.filter((a) => a.criterion);
  const context = contextFacts(c, g);
  // A TSH in range on levothyroxine, or with known thyroid disease, is not "euthyroid" (ESHRE rec 50 / RCOG §7.5 A).
  const thyroidTreatedOrKnown = context.medicines.has('levothyroxine') || (h.thyroidDisease ?? false);
  // Listed field by field, not spread: a spread makes this large object slow to build and to read (it runs for every evaluation).
  return {
    medicines: context.medicines,
    currentlyPregnant: context.currentlyPregnant,
    bleedingNow: context.bleedingNow,
    painNow: context.painNow,
    intrauterineConfirmed: context.intrauterineConfirmed,
    currentGestationWeeks: context.currentGestationWeeks,
    previousMiscarriages: context.previousMiscarriages,
    shortCervix: context.shortCervix,
    lateLossOrPretermBirth: context.lateLossOrPretermBirth,
    vteHighRisk: context.vteHighRisk,
    vteSurgicalOnly: context.vteSurgicalOnly,
    partnerSmoker: context.partnerSmoker,
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
    tissueResultAvailable: tissue.some((t) => t !== 'not-done') || x.has('pregnancy-tissue-genetics'),
    apsConfirmed: k.some((a) => a.state === 'confirmed'),
    apsPendingRepeat: k.some((a) => a.state === 'pending'),
    apsNotPersistent: k.some((a) => a.state === 'not-persistent'),
    tshTested: thyroid.tshTested,
    tshAboveUpper: thyroid.tshAboveUpper,
    tshAboveMild: thyroid.tshAboveMild,
    tpoPositive: thyroid.tpoPositive,
    thyroidFollowUpNeeded: tshAbnormal || thyroid.tpoPositive,
    overtHypothyroidism: thyroid.tshAboveUpper && thyroid.freeT4Abnormal,
    subclinicalHypothyroidism: thyroid.tshAboveUpper && thyroid.freeT4Normal,
    euthyroidTpoPositive: thyroid.tpoPositive && thyroid.tshTested && !tshAbnormal && !thyroidTreatedOrKnown,
    uterineAnomaly: anatomyAbnormal,
    prolactinHigh: isPositive(latestIn(x, 'prolactin')),
    lupusAnticoagulantOnAnticoagulant: unreadable('on-anticoagulant'),
    lupusAnticoagulantNotRead: la.length > 0 && !aps.done.has('aps-lupus-anticoagulant'),
    apsTitreNotJudged: unreadable('titre-not-judged'),
    apsLowTitrePositive: aps.read.some((r) => r.reading.kind === 'below' && r.reading.lowTitrePositive),
    apsTestedSoonAfterLoss: apsSoonAfterLoss(c, g, aps).length > 0,
    anticardiolipinIsotypeMissing: aps.anticardiolipinMissing.length > 0,
    anticoagulantStartUnknown: la.length > 0 && (c.medicines ?? []).some((m) => ANTICOAGULANTS.includes(m.id) && m.since === undefined),
    resultsContradictSameDay: sameDayContradictions(x).length > 0 || unreadable('same-day-contradiction'),
    tshBelowRange: thyroid.tshBelowRange,
    tshAbnormalNoValue: thyroid.tshAbnormalNoValue,
    apsResearchAntibodyPositive: aps.courses.some((a) => !a.criterion && (a.state === 'confirmed' || a.state === 'pending')),
  };
}
