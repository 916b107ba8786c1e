// What changes for a case between two evaluations, e.g. when the user switches guideline. Pure, and
// light: it needs no rule file and no comparison data, so the app can load it up front.
import type { EvaluatedItem, Evaluation } from './evaluation.ts';
import { ALL_ITEM_IDS, type GuidelineId, type ItemId, type Status, type Verdict } from '../../guidelines/ids.ts';

export interface ItemState {
  verdict: Verdict;
  status: Status;
  ruleId: string;
}

export interface ItemChange {
  id: ItemId;
  name: string;
  plainName: string;
  /** null: the item is not listed in that evaluation (the guideline does not address it). */
  before: ItemState | null;
  after: ItemState | null;
}

export interface EvaluationDiff {
  from: GuidelineId;
  to: GuidelineId;
  definition: { before: boolean; after: boolean } | null;
  /** Items whose verdict or status changed, in contract order. */
  items: ItemChange[];
}

/** What changes between two evaluations of a case, e.g. when the user switches guideline. */
export function diffEvaluations(before: Evaluation, after: Evaluation): EvaluationDiff {
  const state = (i: EvaluatedItem | undefined): ItemState | null => (i ? { verdict: i.verdict, status: i.status, ruleId: i.ruleId } : null);
  const items: ItemChange[] = [];
  for (const id of ALL_ITEM_IDS) {
    const b = before.items.find((i) => i.id === id);
    const a = after.items.find((i) => i.id === id);
    if (!a && !b) continue;
    if (a && b && a.verdict === b.verdict && a.status === b.status) continue;
    const named = (a ?? b)!;
    items.push({ id, name: named.name, plainName: named.plainName, before: state(b), after: state(a) });
  }
  return {
    from: before.guideline.id,
    to: after.guideline.id,
    definition: before.definition.met === after.definition.met ? null : { before: before.definition.met, after: after.definition.met },
    items,
  };
}
