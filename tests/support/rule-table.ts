// The shared shape of the rule tests: each row names a rule, the case that triggers it, and the
// verdict and status the engine must give; every rule in the file must have a row.
import { expect, it } from 'vitest';
import { getGuideline } from '../../guidelines/index.ts';
import type { Case } from '../../src/engine/case-schema.ts';
import { evaluateCase, explainItem } from '../../src/engine/evaluate.ts';
import type { GuidelineId, ItemId, Status, Verdict } from '../../guidelines/ids.ts';

export type RuleRow = [ruleId: string, c: Case, verdict: Verdict, status: Status];

/** One test per row, through the engine (no mocks), and one that every rule in the file is pinned. */
export function pinEveryRule(g: GuidelineId, table: RuleRow[]): void {
  it.each(table)('%s', (ruleId, c, verdict, status) => {
    // Items a guideline does not address are left out of `items`, so ask the engine item by item.
    const item = ruleId.split('.')[0] as ItemId;
    const answer = explainItem(c, g, item);
    expect(answer.ruleId).toBe(ruleId);
    expect(answer.verdict).toBe(verdict);
    expect(answer.status).toBe(status);
    expect(answer.citation.guideline).toBe(g);
    // evaluateCase agrees with the item-by-item answer.
    const listed = evaluateCase(c, g).items.find((i) => i.id === item);
    // A medicine she takes now is listed even when the guideline does not address it.
    if (verdict === 'not-addressed' && !answer.takenNow) expect(listed).toBeUndefined();
    else expect(listed).toMatchObject({ ruleId, verdict, status });
  });

  it(`covers every rule in the ${g} file`, () => {
    const tested = new Set(table.map(([id]) => id));
    expect(
      getGuideline(g)
        .rules.map((r) => r.id)
        .filter((id) => !tested.has(id)),
    ).toEqual([]);
  });
}
