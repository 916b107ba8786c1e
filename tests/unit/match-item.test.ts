// The shared item matcher: what a person types in the flags lookup, or an EHR order's display text,
// finds the catalogue item despite typos, plurals, doses and extra words; unrelated words find nothing.
import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, matchItem } from '../../src/engine/match-item.ts';

const best = (q: string) => matchItem(q)[0];

describe('matchItem', { timeout: 30_000 }, () => {
  it.each([
    ['nk-cells-blood', 'nk-cells-blood'],
    ['Natural killer (NK) cells in blood', 'nk-cells-blood'],
    ['NK cell blood test', 'nk-cells-blood'],
    ['NK cell test', 'nk-cells-blood'],
    ['steroids', 'prednisolone'],
    ['CLEXANE', 'heparin'],
    ['IVIG', 'ivig'],
    ['Lupus anticoagulant', 'aps-lupus-anticoagulant'],
  ])('an id, name, plain name or synonym ("%s") is an exact match', (q, id) => {
    expect(best(q)).toMatchObject({ id, score: 100 });
  });

  it.each([
    ['nk cels', 'nk-cells-blood'],
    ['prednisalone', 'prednisolone'],
    ['intralipd', 'intralipid'],
    ['Natural killer cell test', 'nk-cells-blood'],
    ['cardiolipn', 'aps-anticardiolipin'],
    ['nkcells', 'nk-cells-blood'],
    ['anti phospholipid', 'aps-lupus-anticoagulant'],
  ])('tolerates typos, plurals, joined and split words: "%s" → %s', (q, id) => {
    const m = best(q)!;
    expect(m.id).toBe(id);
    expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(m.score).toBeLessThanOrEqual(100);
  });

  it.each([
    ['aspirin 75 mg', 'low-dose-aspirin'],
    ['Prednisone 10 mg oral tablet', 'prednisolone'],
    ['Lupus anticoagulant screen (dRVVT)', 'aps-lupus-anticoagulant'],
    ['Anticardiolipin antibody IgG', 'aps-anticardiolipin'],
    ['NK cell assay (CD56+ CD16+)', 'nk-cells-blood'],
    ['IVIG urgent, as discussed with the patient', 'ivig'],
  ])('reads order text with doses and lab words: "%s" → %s', (q, id) => {
    expect(best(q)?.id).toBe(id);
  });

  it('ranks the more specific item first and says which wording matched', () => {
    expect(
      matchItem('Natural killer cell test')
        .map((m) => m.id)
        .slice(0, 2),
    ).toEqual(['nk-cells-blood', 'nk-cells-uterine']);
    expect(best('Natural killer cell test')!.matchedName).toBe('natural killer cells');
    expect(best('uterine NK')!.id).toBe('nk-cells-uterine');
    expect(best('aspirin')!.id).toBe('low-dose-aspirin');
    expect(best('progesteron')!.id).toBe('progesterone');
    const scores = matchItem('heparin').map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('matches what someone is still typing', () => {
    expect(best('hep')!.id).toBe('heparin');
    expect(best('intral')!.id).toBe('intralipid');
  });

  it.each(['', 'a', 'st', 'test', 'blood test', 'paracetamol', 'banana', 'hello world', 'CD16 count'])(
    'finds nothing for "%s" (too short, generic or unrelated)',
    (q) => {
      expect(matchItem(q)).toEqual([]);
    },
  );

  it('never returns a score under the threshold', () => {
    for (const q of ['cells', 'thyroid', 'scan', 'anti', 'protein', 'immune']) {
      for (const m of matchItem(q)) expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    }
  });
});
