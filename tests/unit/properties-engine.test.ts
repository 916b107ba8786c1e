// Properties of the engine (src/engine/evaluate.ts) over generated valid cases, for every guideline
// that has a rule file: it never throws; every verdict carries a complete citation of that guideline;
// statuses and verdicts are contract words; no requested item the guideline does not recommend goes
// unflagged; the immune gate opens only when the core workup is settled; the worklist never turns a
// conditional item into one to order nor offers immune tests early; and the antiphospholipid
// repeat interval is counted exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getGuideline, rawGuidelines } from '../../guidelines/index.ts';
import type { Citation } from '../../guidelines/schema.ts';
import type { Case } from '../../src/engine/case-schema.ts';
import { evaluateCase, explainItem } from '../../src/engine/evaluate.ts';
import type { Evaluation } from '../../src/engine/evaluation.ts';
import { CORE_DOMAINS, DOMAINS, type GuidelineId, type ItemId, STATUSES, VERDICTS } from '../../guidelines/ids.ts';
import { addDays } from '../../src/engine/results.ts';
import { worklist } from '../../src/engine/summary.ts';
import { pastDate, runs, TODAY, validCaseArb } from '../support/arbitrary-case.ts';

const available = Object.keys(rawGuidelines) as GuidelineId[];
const RUNS = runs(250);

function expectCompleteCitation(c: Citation, guideline: GuidelineId, where: string): void {
  for (const field of ['document', 'reference', 'strength', 'evidence', 'url'] as const) {
    const v = c[field];
    if (typeof v !== 'string' || v.trim() === '') throw new Error(`${where}: citation.${field} is missing`);
  }
  expect(() => new URL(c.url), `${where}: citation.url`).not.toThrow();
  expect(c.guideline, `${where}: cites another guideline`).toBe(guideline);
}

function evaluateOrExplain(c: Case, g: GuidelineId): Evaluation {
  try {
    return evaluateCase(c, g);
  } catch (error) {
    throw new Error(`${g} threw ${String(error)} for ${JSON.stringify(c)}`);
  }
}

describe('engine properties', () => {
  it('there is at least one guideline rule file to check', () => {
    expect(available).toContain('eshre-2022');
  });

  for (const g of available) {
    describe(g, () => {
      it('never throws, and every item, flag, finding, red flag and the referral carry a complete citation of this guideline', () => {
        fc.assert(
          fc.property(validCaseArb, (c) => {
            const e = evaluateOrExplain(c, g);
            expect(e.guideline.id).toBe(g);
            for (const i of e.items) expectCompleteCitation(i.citation, g, `item ${i.id}`);
            for (const f of e.flags) expectCompleteCitation(f.citation, g, `flag ${f.id}`);
            for (const f of e.findings) expectCompleteCitation(f.citation, g, `finding ${f.id}`);
            for (const r of e.referral.redFlags) expectCompleteCitation(r.citation, g, `red flag ${r.id}`);
            expectCompleteCitation(e.referral.citation, g, 'referral');
          }),
          { numRuns: RUNS },
        );
      });

      it('uses only contract words: verdicts, statuses, domains, gate; each item once', () => {
        fc.assert(
          fc.property(validCaseArb, (c) => {
            const e = evaluateOrExplain(c, g);
            const ids = e.items.map((i) => i.id);
            expect(new Set(ids).size).toBe(ids.length);
            for (const i of e.items) {
              expect(VERDICTS).toContain(i.verdict);
              expect(STATUSES).toContain(i.status);
              expect(DOMAINS).toContain(i.domain);
              expect(i.why.trim()).not.toBe('');
              expect(i.plainWhy.trim()).not.toBe('');
              if (i.status === 'declined') expect(i.declinedReason?.trim()).toBeTruthy();
              if (i.status === 'repeat-due') expect(i.dueFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            }
            for (const f of e.flags) expect(['not-recommended', 'not-addressed']).toContain(f.verdict);
            expect(['open', 'closed']).toContain(e.immuneGate);
            expect(e.coreDomains.map((d) => d.domain)).toEqual([...CORE_DOMAINS]);
          }),
          { numRuns: RUNS },
        );
      });

      it('the immune gate is open exactly when the definition is met (or discretion applies) and every core domain is addressed by the guideline with no recommended item still to do or awaiting a repeat', () => {
        fc.assert(
          fc.property(validCaseArb, (c) => {
            const e = evaluateOrExplain(c, g);
            const outstanding = e.items.filter(
              (i) =>
                (CORE_DOMAINS as readonly string[]).includes(i.domain) && i.verdict === 'recommended' && (i.status === 'to-do' || i.status === 'repeat-due'),
            );
            // Every item with a verdict other than not-addressed is listed, so a domain with none of them is one the
            // guideline's text (as read) says nothing about: having nothing to do there does not settle it.
            const addressed = (domain: string) => e.items.some((i) => i.domain === domain && i.verdict !== 'not-addressed');
            const workupIndicated = e.definition.met || e.definition.evaluatedAtDiscretion;
            const settled = outstanding.length === 0 && CORE_DOMAINS.every(addressed);
            expect(e.immuneGate).toBe(workupIndicated && settled ? 'open' : 'closed');
            for (const d of e.coreDomains) {
              expect(d.outstanding).toEqual(outstanding.filter((i) => i.domain === d.domain).map((i) => i.id));
              expect(d.notAddressed === true, `${d.domain} not addressed`).toBe(!addressed(d.domain));
            }
          }),
          { numRuns: RUNS },
        );
      });

      it('no flag is missed: every requested item, and every result for an item, is either recommended/conditional or flagged', () => {
        fc.assert(
          fc.property(validCaseArb, (c) => {
            const e = evaluateOrExplain(c, g);
            const flagged = new Map(e.flags.map((f) => [f.id, f]));
            // Asked about: flagged unless recommended or conditional. A result entered: flagged when not recommended
            // (a result for an item the guideline does not address is not flagged).
            const requested = new Set<string>(c.requested ?? []);
            const asked = [...requested, ...(c.results ?? []).map((r) => r.test)];
            for (const id of asked) {
              const verdict = explainItem(c, g, id as ItemId).verdict;
              const shouldFlag = verdict === 'not-recommended' || (verdict === 'not-addressed' && requested.has(id));
              expect(flagged.has(id as never), `${id} (${verdict})`).toBe(shouldFlag);
            }
            for (const id of c.requested ?? []) {
              const f = flagged.get(id as never);
              if (f) expect(f.source).toBe('requested');
            }
          }),
          { numRuns: RUNS },
        );
      });

      it('the worklist never shows a conditional item as one to order, nor any immune test before the gate opens', () => {
        fc.assert(
          fc.property(validCaseArb, (c) => {
            const e = evaluateOrExplain(c, g);
            const w = worklist(e);
            for (const i of w.orderNow) expect([i.id, i.verdict, i.status]).toEqual([i.id, 'recommended', 'to-do']);
            for (const i of w.consider) expect([i.id, i.verdict]).toEqual([i.id, 'conditional']);
            for (const i of w.treatments) expect(i.verdict, i.id).not.toBe('not-recommended');
            const ordered = new Set(w.orderNow.map((i) => i.id));
            for (const i of w.consider) expect(ordered.has(i.id)).toBe(false);
            if (e.immuneGate === 'closed') {
              const early = [...w.orderNow, ...w.consider].filter((i) => i.domain === 'immune').map((i) => i.id);
              expect(early, 'immune tests offered before the core workup is settled').toEqual([]);
            }
          }),
          { numRuns: RUNS },
        );
      });

      it('the worklist leaves nothing out: every item to do, due again, done or declined is in its group', () => {
        fc.assert(
          fc.property(validCaseArb, (c) => {
            const e = evaluateOrExplain(c, g);
            const w = worklist(e);
            const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
            const where = (test: (i: Evaluation['items'][number]) => boolean) => ids(e.items.filter(test));
            const toDo = (i: Evaluation['items'][number]) => i.status === 'to-do';
            expect(ids(w.orderNow)).toEqual(where((i) => toDo(i) && i.kind === 'investigation' && i.verdict === 'recommended'));
            expect(ids(w.consider)).toEqual(
              where((i) => toDo(i) && i.kind === 'investigation' && i.verdict === 'conditional' && (i.domain !== 'immune' || e.immuneGate === 'open')),
            );
            // A treatment to discuss is listed, or is a part of a combination that is listed (partOf).
            const discuss = where((i) => toDo(i) && i.kind === 'treatment' && i.verdict !== 'not-recommended');
            const listed = ids(w.treatments);
            expect(listed.every((id) => discuss.includes(id))).toBe(true);
            for (const id of discuss.filter((d) => !listed.includes(d))) expect(listed).toContain(e.items.find((i) => i.id === id)!.partOf);
            expect(ids(w.repeatsDue)).toEqual(where((i) => i.status === 'repeat-due'));
            expect(ids(w.done)).toEqual(where((i) => i.status === 'done'));
            expect(ids(w.declined)).toEqual(where((i) => i.status === 'declined'));
          }),
          { numRuns: RUNS },
        );
      });

      it('antiphospholipid: two positive results confirm only when at least the repeat interval apart; otherwise the repeat is due on the exact day', () => {
        const days = getGuideline(g).thresholds.apsRepeatDays.value;
        const hasFinding = getGuideline(g).findings.some((f) => f.id === 'aps-laboratory-criteria-met');
        const criteria: readonly string[] | undefined = getGuideline(g).apsCriteria?.tests;
        const lastFirst = addDays(TODAY, -200);
        fc.assert(
          fc.property(
            validCaseArb,
            pastDate.filter((d) => d <= lastFirst),
            fc.integer({ min: 0, max: 200 }),
            fc.constantFrom('aps-lupus-anticoagulant', 'aps-anticardiolipin', 'aps-anti-b2gp1'),
            (base, first, gap, test) => {
              // Titres above the criterion level (a lab's positive flag alone does not show it).
              const isotype =
                test === 'aps-lupus-anticoagulant'
                  ? {}
                  : test === 'aps-anticardiolipin'
                    ? { isotype: 'IgG' as const, value: 60, unit: 'GPL' }
                    : { isotype: 'IgG' as const, value: 30, unit: 'U/mL', p99: 20 };
              const c: Case = {
                ...base,
                declined: (base.declined ?? []).filter((d) => d.id !== test),
                results: [
                  ...(base.results ?? []).filter((r) => !r.test.startsWith('aps-')),
                  // Anticardiolipin is done only with IgG and IgM both read.
                  ...(test === 'aps-anticardiolipin'
                    ? [{ test, date: first, isotype: 'IgM' as const, value: 2, unit: 'MPL', interpretation: 'negative' as const }]
                    : []),
                  { test, date: first, interpretation: 'positive', ...isotype },
                  { test, date: addDays(first, gap), interpretation: 'positive', ...isotype },
                ],
              };
              const e = evaluateOrExplain(c, g);
              const item = e.items.find((i) => i.id === test);
              const confirmed = e.findings.some((f) => f.id === 'aps-laboratory-criteria-met');
              if (criteria && !criteria.includes(test)) {
                // An antibody outside the guideline's criteria (RCOG: anti-β2GP1) never meets them.
                expect(confirmed).toBe(false);
              } else if (gap >= days) {
                if (hasFinding) expect(confirmed).toBe(true);
                if (item) expect(item.status).not.toBe('repeat-due');
              } else {
                expect(confirmed).toBe(false);
                if (item) {
                  expect(item.status).toBe('repeat-due');
                  expect(item.dueFrom).toBe(addDays(first, days));
                }
              }
            },
          ),
          { numRuns: RUNS },
        );
      });
    });
  }
});
