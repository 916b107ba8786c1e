// Does the case meet the guideline's definition of recurrent pregnancy loss, and why.
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case, Pregnancy } from './case-schema.ts';

export interface CountedPregnancy {
  /** Position in the case's pregnancy list (0-based). */
  index: number;
  counted: boolean;
  reason: string;
}

export interface DefinitionAnswer {
  met: boolean;
  losses: number;
  rule: string;
  plainRule: string;
  firstTrimesterLosses: number;
  secondTrimesterLosses: number;
  nonVisualisedLosses: number;
  /** Below the definition, but the guideline allows evaluation at clinical discretion. */
  discretion: boolean;
  /** Discretion was used (case.clinicalDiscretion): the workup applies as if the definition were met. */
  evaluatedAtDiscretion: boolean;
  discretionText?: string;
  pregnancies: CountedPregnancy[];
  excludes: string;
  citation: Guideline['definition']['citation'];
}

type Trimester = 'first' | 'second' | 'unknown' | 'viable';

function trimester(p: Pregnancy, g: Guideline): Trimester {
  if (p.gestationWeeks === undefined) return 'unknown';
  if (p.gestationWeeks >= g.definition.viabilityWeeks.value) return 'viable';
  return p.gestationWeeks <= g.definition.firstTrimesterLastWeek.value ? 'first' : 'second';
}

function classify(p: Pregnancy, index: number, g: Guideline): CountedPregnancy & { trimester?: Trimester } {
  const { counts } = g.definition;
  if (p.outcome !== 'loss') {
    const label = { 'live-birth': 'a live birth', ectopic: 'an ectopic pregnancy', molar: 'a molar pregnancy', termination: 'a termination' }[p.outcome];
    return { index, counted: false, reason: `${label}: not counted as a pregnancy loss` };
  }
  const t = trimester(p, g);
  if (t === 'viable') {
    return {
      index,
      counted: false,
      reason: `loss at ${p.gestationWeeks} weeks is at or beyond viability (${g.definition.viabilityWeeks.value} weeks): a stillbirth, not counted`,
    };
  }
  const nonVisualised = p.visualised === false;
  if (nonVisualised && counts !== 'pregnancy-losses') {
    return {
      index,
      counted: false,
      trimester: t,
      reason: 'non-visualised (biochemical) loss: not counted by this guideline, which counts clinical pregnancies only',
    };
  }
  if (counts === 'first-trimester-miscarriages' && t === 'second') {
    return {
      index,
      counted: false,
      trimester: t,
      reason: `second-trimester miscarriage at ${p.gestationWeeks} weeks: counted separately (one is enough for investigation)`,
    };
  }
  const where = t === 'unknown' ? 'gestation not recorded' : `${p.gestationWeeks} weeks`;
  return { index, counted: true, trimester: t, reason: `${nonVisualised ? 'non-visualised loss' : 'loss'} (${where}): counted` };
}

export function checkDefinition(c: Case, g: Guideline): DefinitionAnswer {
  const classified = c.pregnancies.map((p, i) => classify(p, i, g));
  const losses = classified.filter((p) => p.counted).length;
  const lossesOnly = c.pregnancies.map((p, i) => ({ p, t: classified[i]!.trimester })).filter(({ p }) => p.outcome === 'loss');
  const secondTrimesterLosses = lossesOnly.filter(({ t }) => t === 'second').length;
  const firstTrimesterLosses = lossesOnly.filter(({ t }) => t === 'first' || t === 'unknown').length;
  const nonVisualisedLosses = lossesOnly.filter(({ p }) => p.visualised === false).length;
  const { definition: d } = g;
  const met = losses >= d.minLosses || (d.secondTrimesterLosses !== undefined && secondTrimesterLosses >= d.secondTrimesterLosses);
  const discretion = !met && d.discretionFrom !== undefined && losses >= d.discretionFrom;
  return {
    met,
    losses,
    rule: d.rule,
    plainRule: d.plainRule,
    firstTrimesterLosses,
    secondTrimesterLosses,
    nonVisualisedLosses,
    discretion,
    evaluatedAtDiscretion: discretion && c.clinicalDiscretion === true,
    ...(discretion && d.discretionText ? { discretionText: d.discretionText } : {}),
    pregnancies: classified.map(({ index, counted, reason }) => ({ index, counted, reason })),
    excludes: d.excludes,
    citation: d.citation,
  };
}
