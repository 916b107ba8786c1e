// The three guidelines side by side (compareGuidelines) and what changes on a switch (diffEvaluations).
import { describe, expect, it } from 'vitest';
import raw from '../../guidelines/disagreements.json' with { type: 'json' };
import { isGuidelineCitation } from '../../guidelines/claims-schema.ts';
import { getTopics, topicsFileSchema } from '../../guidelines/disagreements.ts';
import type { Case } from '../../src/engine/case-schema.ts';
import { compareGuidelines, diffEvaluations, NOT_READ_SUFFIX } from '../../src/engine/compare.ts';
import { evaluateCase, explainItem } from '../../src/engine/evaluate.ts';
import { ALL_ITEM_IDS, GUIDELINE_IDS, type ItemId } from '../../guidelines/ids.ts';
import { getGuideline } from '../../guidelines/index.ts';
import { losses, makeCase, result } from '../support/cases.ts';

const THREE = makeCase();
const TWO = makeCase({ pregnancies: losses(2) });
const TWO_AND_BIOCHEMICAL = makeCase({ pregnancies: [...losses(2), { outcome: 'loss', gestationWeeks: 5, visualised: false }] });
const SECOND = makeCase({ pregnancies: [...losses(1), { outcome: 'loss', gestationWeeks: 18, visualised: true }] });
const MILD_TSH = makeCase({ results: [result('tsh', undefined, '2026-03-01', { value: 3.1, unit: 'mIU/L' })] });

const row = (c: Case, id: ItemId) => compareGuidelines(c).rows.find((r) => r.id === id)!;

describe('guidelines/disagreements.json', () => {
  it('parses, has unique topic ids, and gives each item at most one topic', () => {
    const parsed = topicsFileSchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const ids = getTopics().map((t) => t.id);
    expect(ids.length).toBe(new Set(ids).size);
    const items = getTopics().flatMap((t) => t.items);
    expect(items.length).toBe(new Set(items).size);
    expect(
      getTopics()
        .filter((t) => t.definition)
        .map((t) => t.id),
    ).toEqual(['definition']);
  });

  it('cites every topic, with each guideline it names', () => {
    for (const t of getTopics()) {
      expect(t.citations.length, t.id).toBeGreaterThan(0);
      const cited = t.citations.filter(isGuidelineCitation).map((c) => c.guideline);
      expect(cited, t.id).toEqual(expect.arrayContaining(['eshre-2022', 'rcog-2023']));
    }
  });

  it('covers the disagreements the facts name (definition, tissue, karyotype, thrombophilia, progesterone, levothyroxine)', () => {
    const ids = getTopics().map((t) => t.id);
    expect(ids).toEqual(
      expect.arrayContaining(['definition', 'pregnancy-tissue-genetics', 'parental-karyotype', 'inherited-thrombophilia', 'progesterone', 'levothyroxine']),
    );
  });
});

describe('compareGuidelines', () => {
  it('has a row for every item, with each guideline answering as evaluateCase does', () => {
    const comparison = compareGuidelines(THREE);
    expect(comparison.rows.map((r) => r.id)).toEqual([...ALL_ITEM_IDS]);
    expect(comparison.guidelines.map((g) => g.id)).toEqual([...GUIDELINE_IDS]);
    for (const r of comparison.rows) {
      for (const g of GUIDELINE_IDS) {
        const item = explainItem(THREE, g, r.id);
        expect(r.cells[g], `${r.id} under ${g}`).toMatchObject({ verdict: item.verdict, status: item.status, ruleId: item.ruleId, citation: item.citation });
      }
    }
  });

  it('is pure: the case is not changed and the answer is the same twice', () => {
    const before = structuredClone(SECOND);
    expect(compareGuidelines(SECOND)).toEqual(compareGuidelines(SECOND));
    expect(SECOND).toEqual(before);
  });

  it('definition: 2 visualised + 1 biochemical loss is met under ESHRE and ASRM, at discretion under RCOG', () => {
    const d = compareGuidelines(TWO_AND_BIOCHEMICAL).definition;
    expect(d.cells['eshre-2022']).toMatchObject({ met: true, losses: 3 });
    expect(d.cells['rcog-2023']).toMatchObject({ met: false, losses: 2, discretion: true });
    expect(d.cells['asrm-2012']).toMatchObject({ met: true, losses: 2 });
    expect(d.disagree).toBe(true);
    expect(d.topic?.id).toBe('definition');
    expect(d.topic?.summary).toMatch(/two|three/);
  });

  it('definition: three first-trimester clinical losses meet all three, no topic', () => {
    const d = compareGuidelines(THREE).definition;
    expect(d.disagree).toBe(false);
    expect(d.topic).toBeUndefined();
  });

  it('pregnancy-tissue genetics: explanatory under ESHRE, offered from the third loss under RCOG', () => {
    const r = row(THREE, 'pregnancy-tissue-genetics');
    expect(r.cells['eshre-2022'].verdict).toBe('conditional');
    expect(r.cells['rcog-2023'].verdict).toBe('recommended');
    expect(r.disagree).toBe(true);
    expect(r.topic?.id).toBe('pregnancy-tissue-genetics');
    expect(r.unknownIn).toEqual(['asrm-2012']);
  });

  it('parental karyotype: after risk assessment (ESHRE) vs when no tissue result is available (RCOG)', () => {
    const r = row(THREE, 'parental-karyotype');
    expect(r.cells['eshre-2022'].status).toBe('not-applicable');
    expect(r.cells['rcog-2023']).toMatchObject({ verdict: 'recommended', status: 'to-do' });
    expect(r.topic?.id).toBe('parental-karyotype');
  });

  it('inherited thrombophilia after a second-trimester loss: not recommended (ESHRE) vs may be offered (RCOG)', () => {
    const r = row(SECOND, 'inherited-thrombophilia');
    expect(r.cells['eshre-2022'].verdict).toBe('not-recommended');
    expect(r.cells['rcog-2023']).toMatchObject({ verdict: 'conditional', status: 'to-do' });
    expect(r.topic?.id).toBe('inherited-thrombophilia');
    expect(row(THREE, 'inherited-thrombophilia').disagree).toBe(false);
  });

  it('progesterone: ESHRE (no bleeding) against RCOG (consider with bleeding)', () => {
    const r = row(THREE, 'progesterone');
    expect(r.cells['eshre-2022'].verdict).toBe('not-recommended');
    expect(r.cells['rcog-2023'].verdict).toBe('conditional');
    expect(r.topic?.id).toBe('progesterone');
    expect(r.topic?.citations.some((c) => !isGuidelineCitation(c) && c.source.startsWith('NICE NG126'))).toBe(true);
  });

  it('levothyroxine thresholds: TSH 3.1 is mild subclinical under RCOG only', () => {
    const r = row(MILD_TSH, 'levothyroxine');
    expect(r.cells['eshre-2022'].ruleId).toBe('levothyroxine.no-indication');
    expect(r.cells['rcog-2023'].ruleId).toBe('levothyroxine.mild-subclinical');
    expect(r.disagree).toBe(true);
    expect(r.topic?.id).toBe('levothyroxine');
    expect(row(THREE, 'levothyroxine').disagree).toBe(false);
  });

  it('an unread guideline is not counted as a disagreement', () => {
    const r = row(THREE, 'nk-cells-blood');
    expect(r.cells['asrm-2012'].known).toBe(false);
    expect(r.unknownIn).toEqual(['asrm-2012']);
    expect(r.disagree).toBe(false);
    expect(r.topic).toBeUndefined();
  });

  it('only not-read rules are unknown, and every ASRM not-addressed rule is one', () => {
    for (const g of GUIDELINE_IDS) {
      for (const rule of getGuideline(g).rules.filter((x) => x.id.endsWith(NOT_READ_SUFFIX))) expect(rule.verdict, rule.id).toBe('not-addressed');
    }
    for (const rule of getGuideline('asrm-2012').rules.filter((x) => x.verdict === 'not-addressed'))
      expect(rule.id.endsWith(NOT_READ_SUFFIX), rule.id).toBe(true);
  });

  it('agreement: supportive care is recommended by all three', () => {
    const r = row(THREE, 'supportive-care');
    expect(GUIDELINE_IDS.map((g) => r.cells[g].verdict)).toEqual(['recommended', 'recommended', 'recommended']);
    expect(r.disagree).toBe(false);
    expect(r.unknownIn).toEqual([]);
  });

  it('rows that disagree and have a topic carry it; rows that agree never do', () => {
    for (const r of compareGuidelines(SECOND).rows) if (!r.disagree) expect(r.topic, r.id).toBeUndefined();
  });
});

describe('diffEvaluations', () => {
  it('lists the items whose verdict or status changes from ESHRE to RCOG', () => {
    const diff = diffEvaluations(evaluateCase(THREE, 'eshre-2022'), evaluateCase(THREE, 'rcog-2023'));
    expect(diff).toMatchObject({ from: 'eshre-2022', to: 'rcog-2023', definition: null });
    const byId = Object.fromEntries(diff.items.map((i) => [i.id, i]));
    // RCOG's progestogen is for bleeding in a pregnancy (§7.5): not to do for a woman not pregnant now.
    expect(byId.progesterone).toMatchObject({ before: { verdict: 'not-recommended' }, after: { verdict: 'conditional', status: 'not-applicable' } });
    expect(byId['pregnancy-tissue-genetics']).toMatchObject({ before: { verdict: 'conditional' }, after: { verdict: 'recommended' } });
    expect(byId.tsh).toBeUndefined(); // recommended and to do under both
    // Not addressed by RCOG: listed under ESHRE, absent (null) under RCOG.
    expect(byId.prednisolone).toMatchObject({ before: { verdict: 'not-recommended' }, after: null });
    expect(diff.items.map((i) => i.id)).toEqual(ALL_ITEM_IDS.filter((id) => byId[id]));
  });

  it('reports a change in whether the definition is met', () => {
    const diff = diffEvaluations(evaluateCase(TWO, 'eshre-2022'), evaluateCase(TWO, 'rcog-2023'));
    expect(diff.definition).toEqual({ before: true, after: false });
    expect(diff.items.find((i) => i.id === 'aps-lupus-anticoagulant')).toMatchObject({
      before: { verdict: 'recommended', status: 'to-do' },
      after: { verdict: 'conditional', status: 'to-do' },
    });
  });

  it('finds nothing between an evaluation and itself', () => {
    const e = evaluateCase(SECOND, 'rcog-2023');
    expect(diffEvaluations(e, e)).toEqual({ from: 'rcog-2023', to: 'rcog-2023', definition: null, items: [] });
  });

  it('sees a status change within one guideline (a result entered)', () => {
    const after = makeCase({ results: [result('tsh', 'normal')] });
    const diff = diffEvaluations(evaluateCase(THREE, 'rcog-2023'), evaluateCase(after, 'rcog-2023'));
    expect(diff.items).toEqual([
      {
        id: 'tsh',
        name: expect.any(String),
        plainName: expect.any(String),
        before: { verdict: 'recommended', status: 'to-do', ruleId: 'tsh.recurrent-miscarriage' },
        after: { verdict: 'recommended', status: 'done', ruleId: 'tsh.recurrent-miscarriage' },
      },
    ]);
  });
});
