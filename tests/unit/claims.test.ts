// The claims explainer (guidelines/claims.json): parses, ids unique, every claim cited, every linked
// item a contract id, and the claims of guideline-facts.md §8 present with their verdicts.
import { describe, expect, it } from 'vitest';
import raw from '../../guidelines/claims.json' with { type: 'json' };
import { claimsForItem, getClaims } from '../../guidelines/claims.ts';
import { type AnyCitation, claimsFileSchema, formatAnyCitation, isGuidelineCitation } from '../../guidelines/claims-schema.ts';
import { GUIDELINE_IDS, isItemId } from '../../guidelines/ids.ts';

function citationProblems(c: AnyCitation): string[] {
  const fields = isGuidelineCitation(c) ? (['document', 'reference', 'strength', 'evidence', 'url'] as const) : (['source', 'reference', 'url'] as const);
  const record = c as unknown as Record<string, string | undefined>;
  const problems = fields.filter((f) => !record[f]?.trim()).map((f) => `empty ${f}`);
  if (!/^https?:\/\//.test(c.url)) problems.push(`url ${c.url}`);
  if (isGuidelineCitation(c) && !GUIDELINE_IDS.includes(c.guideline)) problems.push(`guideline ${c.guideline}`);
  return problems;
}

describe('guidelines/claims.json', () => {
  it('parses with its schema', () => {
    const result = claimsFileSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = getClaims().map((c) => c.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('cites every claim, each citation complete', () => {
    for (const claim of getClaims()) {
      expect(claim.citations.length, claim.id).toBeGreaterThan(0);
      expect(claim.citations.flatMap(citationProblems), claim.id).toEqual([]);
      for (const c of claim.citations) expect(formatAnyCitation(c)).not.toBe('');
    }
  });

  it('links only contract item ids', () => {
    const bad = getClaims().flatMap((c) => c.relatedItems.filter((id) => !isItemId(id)).map((id) => `${c.id}: ${id}`));
    expect(bad).toEqual([]);
    for (const c of getClaims()) expect(c.relatedItems.length, c.id).toBeGreaterThan(0);
  });

  it('holds the six claims of guideline-facts.md §8 with their verdicts', () => {
    const verdicts = Object.fromEntries(getClaims().map((c) => [c.id, c.verdict]));
    expect(verdicts).toMatchObject({
      'nk-blood-test-shows-uterus': 'contradicted',
      'nk-threshold-24-percent': 'unsupported',
      'steroids-reduce-nk': 'contradicted',
      'ivig-heparin-for-high-nk': 'contradicted',
      'ask-gp-for-nk-test': 'contradicted',
      'uk-three-miscarriages': 'outdated',
    });
  });

  it('says that NK cell deficiency is a different condition, for immunologists', () => {
    const c = getClaims().find((x) => x.id === 'nk-cell-deficiency-is-different')!;
    expect(c.guidelinesSay).toMatch(/primary immunodeficiency/);
    expect(c.guidelinesSay).toMatch(/herpes/);
    expect(c.guidelinesSay).toMatch(/immunolog/);
    expect(c.plainText).toMatch(/does not show it/);
  });

  it('never gives the 24% threshold a source', () => {
    const c = getClaims().find((x) => x.id === 'nk-threshold-24-percent')!;
    expect(c.guidelinesSay).toMatch(/not found in any source read/);
  });

  it('writes the patient text in short sentences', () => {
    const long = getClaims().flatMap((c) =>
      c.plainText
        .split(/(?<=[.!?])\s+/)
        .filter((s) => s.split(/\s+/).length > 25)
        .map((s) => `${c.id}: ${s}`),
    );
    expect(long).toEqual([]);
  });

  it('finds the claims about an item, so a flag can link to them', () => {
    expect(claimsForItem('nk-cells-blood').map((c) => c.id)).toEqual(
      expect.arrayContaining(['nk-blood-test-shows-uterus', 'nk-threshold-24-percent', 'ask-gp-for-nk-test', 'nk-cell-deficiency-is-different']),
    );
    expect(claimsForItem('prednisolone').map((c) => c.id)).toEqual(['steroids-reduce-nk']);
    expect(claimsForItem('folic-acid')).toEqual([]);
  });
});
