// Every rule file in guidelines/ against the schema and the rules of the registry: parses, ids unique,
// one catch-all per item and it comes last, every citation complete (the facts conditions name: facts-reachable.test.ts).
import { describe, expect, it } from 'vitest';
import { rawGuidelines } from '../../guidelines/index.ts';
import { type Citation, type Guideline, guidelineSchema } from '../../guidelines/schema.ts';
import { ALL_ITEM_IDS, GUIDELINE_IDS } from '../../guidelines/ids.ts';

function parse(id: (typeof GUIDELINE_IDS)[number]): Guideline {
  return guidelineSchema.parse(rawGuidelines[id]);
}

/** Every citation in a file, with where it sits. */
function citations(g: Guideline): [string, Citation][] {
  return [
    ['definition', g.definition.citation],
    ['definition.viabilityWeeks', g.definition.viabilityWeeks.citation],
    ['definition.firstTrimesterLastWeek', g.definition.firstTrimesterLastWeek.citation],
    ...Object.entries(g.thresholds).map(([k, t]): [string, Citation] => [`thresholds.${k}`, t!.citation]),
    ['referral', g.referral.citation],
    ...g.findings.map((f): [string, Citation] => [`findings.${f.id}`, f.citation]),
    ...g.redFlags.map((r): [string, Citation] => [`redFlags.${r.id}`, r.citation]),
    ...g.rules.map((r): [string, Citation] => [`rules.${r.id}`, r.citation]),
  ];
}

describe('the registry', () => {
  it('has a rule file for every guideline id', () => {
    expect(Object.keys(rawGuidelines).sort()).toEqual([...GUIDELINE_IDS].sort());
  });
});

describe.each(GUIDELINE_IDS)('%s rule file', (id) => {
  it('parses with the guideline schema and carries its own id', () => {
    const result = guidelineSchema.safeParse(rawGuidelines[id]);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(parse(id).id).toBe(id);
  });

  it('has unique rule, finding and red-flag ids; each rule id starts with its item', () => {
    const g = parse(id);
    const ruleIds = g.rules.map((r) => r.id);
    expect(ruleIds.length).toBe(new Set(ruleIds).size);
    for (const r of g.rules) expect(r.id.startsWith(`${r.item}.`), r.id).toBe(true);
    const statements = [...g.findings, ...g.redFlags].map((s) => s.id);
    expect(statements.length).toBe(new Set(statements).size);
  });

  it('gives every item exactly one catch-all rule, and it is the last rule for that item', () => {
    const g = parse(id);
    const problems: string[] = [];
    for (const item of ALL_ITEM_IDS) {
      const rules = g.rules.filter((r) => r.item === item);
      const catchAll = rules.flatMap((r, i) => (r.when === undefined ? [i] : []));
      if (rules.length === 0) problems.push(`${item}: no rule`);
      else if (catchAll.length !== 1) problems.push(`${item}: ${catchAll.length} catch-all rules`);
      else if (catchAll[0] !== rules.length - 1) problems.push(`${item}: catch-all ${rules[catchAll[0]!]!.id} is not last`);
    }
    expect(problems).toEqual([]);
  });

  it('cites every rule, statement, threshold and the definition completely', () => {
    const g = parse(id);
    const problems: string[] = [];
    for (const [where, c] of citations(g)) {
      if (c.guideline !== id) problems.push(`${where}: cites ${c.guideline}`);
      for (const field of ['document', 'reference', 'strength', 'evidence', 'url'] as const) {
        if (!c[field]?.trim()) problems.push(`${where}: empty ${field}`);
      }
      if (!/^https?:\/\//.test(c.url)) problems.push(`${where}: url ${c.url}`);
      if (c.unverified !== undefined && !c.unverified.trim()) problems.push(`${where}: empty unverified note`);
    }
    expect(problems).toEqual([]);
  });

  it('writes the plain-language text in short sentences', () => {
    const g = parse(id);
    const long: string[] = [];
    const texts: [string, string][] = [
      ...g.rules.map((r): [string, string] => [r.id, r.plainWhy]),
      ...[...g.findings, ...g.redFlags].map((s): [string, string] => [s.id, s.plainWhy]),
      ['definition', g.definition.plainRule],
    ];
    for (const [where, text] of texts) {
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        if (sentence.split(/\s+/).length > 25) long.push(`${where}: ${sentence}`);
      }
    }
    expect(long).toEqual([]);
  });
});
