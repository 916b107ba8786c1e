// The same case under all three guidelines, side by side, and what changes when the user switches
// guideline. Pure: a case in, plain data out.
import { definitionTopic, type Topic, topicForItem } from '../../guidelines/disagreements.ts';
import type { Citation } from '../../guidelines/schema.ts';
import type { Case } from './case-schema.ts';
import { evaluateCase, explainItem } from './evaluate.ts';
import type { EvaluatedItem, Evaluation } from './evaluation.ts';
import { ALL_ITEM_IDS, type Domain, GUIDELINE_IDS, type GuidelineId, type ItemId, type Status, type Verdict } from '../../guidelines/ids.ts';

export interface ComparisonCell {
  verdict: Verdict;
  status: Status;
  ruleId: string;
  condition: string;
  citation: Citation;
  /** The rule's wording for this edition is not verified (citation.unverified). */
  unverified: boolean;
  /** false: the guideline's text on this item was not read (a `*.not-read` rule), so its position is unknown. */
  known: boolean;
}

export interface ComparisonRow {
  id: ItemId;
  name: string;
  plainName: string;
  domain: Domain;
  kind: 'investigation' | 'treatment';
  cells: Record<GuidelineId, ComparisonCell>;
  /** The guidelines whose position is known give this case different verdicts or statuses for the item. */
  disagree: boolean;
  /** Guidelines whose text on this item was not read: left out of `disagree`. */
  unknownIn: GuidelineId[];
  /** Why they differ (guideline-facts.md §9), only on rows that disagree and have an explained topic. */
  topic?: Topic;
}

export interface DefinitionCell {
  met: boolean;
  losses: number;
  discretion: boolean;
  rule: string;
  citation: Citation;
}

export interface Comparison {
  guidelines: Evaluation['guideline'][];
  definition: { cells: Record<GuidelineId, DefinitionCell>; disagree: boolean; topic?: Topic };
  rows: ComparisonRow[];
}

/** Rule files name a rule `<item>.not-read` when the guideline's text on the item was not read (ASRM 2012). */
export const NOT_READ_SUFFIX = '.not-read';

function cell(i: EvaluatedItem): ComparisonCell {
  return {
    verdict: i.verdict,
    status: i.status,
    ruleId: i.ruleId,
    condition: i.condition,
    citation: i.citation,
    unverified: i.citation.unverified !== undefined,
    known: !(i.verdict === 'not-addressed' && i.ruleId.endsWith(NOT_READ_SUFFIX)),
  };
}

function differ<T>(values: T[]): boolean {
  return values.some((v) => v !== values[0]);
}

/** Every item under every guideline, with a flag on the rows where they differ and, where known, why. */
export function compareGuidelines(c: Case): Comparison {
  const evaluations = Object.fromEntries(GUIDELINE_IDS.map((g) => [g, evaluateCase(c, g)])) as Record<GuidelineId, Evaluation>;
  // Items a guideline does not address are left out of `items`; ask for them one by one.
  const itemUnder = (g: GuidelineId, id: ItemId): EvaluatedItem => evaluations[g].items.find((i) => i.id === id) ?? explainItem(c, g, id);

  const rows = ALL_ITEM_IDS.map((id): ComparisonRow => {
    const answers = GUIDELINE_IDS.map((g) => itemUnder(g, id));
    const first = answers[0]!;
    const cells = Object.fromEntries(GUIDELINE_IDS.map((g, n) => [g, cell(answers[n]!)])) as Record<GuidelineId, ComparisonCell>;
    const known = Object.values(cells).filter((x) => x.known);
    const disagree = differ(known.map((a) => a.verdict)) || differ(known.map((a) => a.status));
    const topic = disagree ? topicForItem(id) : undefined;
    return {
      id,
      name: first.name,
      plainName: first.plainName,
      domain: first.domain,
      kind: first.kind,
      cells,
      disagree,
      unknownIn: GUIDELINE_IDS.filter((g) => !cells[g].known),
      ...(topic ? { topic } : {}),
    };
  });

  const definitionCells = Object.fromEntries(
    GUIDELINE_IDS.map((g) => {
      const d = evaluations[g].definition;
      return [g, { met: d.met, losses: d.losses, discretion: d.discretion, rule: d.rule, citation: d.citation }];
    }),
  ) as Record<GuidelineId, DefinitionCell>;
  const defs = Object.values(definitionCells);
  const definitionDisagree = differ(defs.map((d) => d.met)) || differ(defs.map((d) => d.losses)) || differ(defs.map((d) => d.discretion));
  const topic = definitionDisagree ? definitionTopic() : undefined;

  return {
    guidelines: GUIDELINE_IDS.map((g) => evaluations[g].guideline),
    definition: { cells: definitionCells, disagree: definitionDisagree, ...(topic ? { topic } : {}) },
    rows,
  };
}

// What changes between two evaluations lives in its own module, so the app can show it without
// loading the comparison's explanations (guidelines/disagreements.json).
export { diffEvaluations, type EvaluationDiff, type ItemChange, type ItemState } from './diff-evaluations.ts';
