// The edition list the first screen reads must match the rule files it stands in for.
import { describe, expect, it } from 'vitest';
import editions from '../../guidelines/editions.json' with { type: 'json' };
import { getGuideline, rawGuidelines } from '../../guidelines/index.ts';
import type { GuidelineId } from '../../guidelines/ids.ts';

describe('guidelines/editions.json', () => {
  it('lists every rule file with the same title, edition, date, link and rule version', () => {
    expect(editions.editions.map((e) => e.id).sort()).toEqual(Object.keys(rawGuidelines).sort());
    for (const e of editions.editions) {
      const g = getGuideline(e.id as GuidelineId);
      expect(e).toEqual({ id: g.id, shortTitle: g.shortTitle, title: g.title, published: g.published, url: g.url, ruleVersion: g.ruleVersion });
    }
  });
});
