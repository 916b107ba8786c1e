// The shared context example (tests/fixtures/context/pregnant-now-context.json, a copy of
// ../shared/examples/context/): 36, pregnant at 6 weeks and bleeding after three losses, on levothyroxine,
// a previous VTE after major surgery; asks about progesterone, heparin and levothyroxine. Its answer, pinned.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Case, validateCase } from '../../src/engine/case-schema.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { GUIDELINE_IDS } from '../../guidelines/ids.ts';

function fixture(): Case {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/context/pregnant-now-context.json', import.meta.url), 'utf8'));
  const v = validateCase(raw, '2026-11-23');
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.value;
}

describe('pregnant-now-context.json under ESHRE 2022 (its own guideline)', () => {
  const e = evaluateCase(fixture());
  const item = (id: string) => e.items.find((i) => i.id === id)!;

  it('puts the bleeding first (urgent), then the VTE plan and her thyroid treatment (action)', () => {
    expect(e.findings.map((f) => [f.id, f.severity])).toEqual([
      ['bleeding-in-pregnancy-now', 'urgent'],
      ['previous-vte-surgical', 'action'],
      ['treated-hypothyroidism', 'action'],
    ]);
  });

  it('flags none of what she asked about', () => {
    expect(e.flags).toEqual([]);
  });

  it('offers progesterone (NICE NG126), heparin as thromboprophylaxis (GTG 37a), and continues levothyroxine', () => {
    expect(item('progesterone')).toMatchObject({ ruleId: 'progesterone.bleeding-now', verdict: 'recommended', status: 'to-do' });
    expect(item('heparin')).toMatchObject({ ruleId: 'heparin.previous-vte-surgical', verdict: 'conditional', status: 'to-do' });
    expect(item('thromboprophylaxis')).toMatchObject({ ruleId: 'thromboprophylaxis.previous-vte-surgical', status: 'to-do' });
    expect(item('levothyroxine')).toMatchObject({ ruleId: 'levothyroxine.taken-now', status: 'done', takenNow: true });
  });

  it('defers uterine imaging until after this pregnancy; thyroid and antiphospholipid tests stay due', () => {
    expect(item('pelvic-ultrasound-3d')).toMatchObject({ status: 'deferred', why: expect.stringMatching(/^Deferred: she is pregnant now/) });
    expect(item('tpo-antibodies').status).toBe('to-do');
    expect(item('aps-lupus-anticoagulant').status).toBe('to-do');
    expect(e.referral.missingBeforeReferral).toEqual(['tpo-antibodies', 'aps-lupus-anticoagulant', 'aps-anticardiolipin']);
  });

  it("gives the prognosis in ESHRE's words (rec 10), without a number", () => {
    expect(e.prognosis!.text).toMatch(/^ESHRE bases her prognosis on her age and the number of previous losses \(rec 10\)/);
    expect(e.prognosis!.text).not.toMatch(/%/);
  });
});

describe.each(GUIDELINE_IDS)('pregnant-now-context.json under %s', (g) => {
  it('flags none of progesterone, heparin or levothyroxine, and puts the bleeding first', () => {
    const e = evaluateCase(fixture(), g);
    expect(e.flags.map((f) => f.id)).toEqual([]);
    expect(e.findings[0]!.id).toBe('bleeding-in-pregnancy-now');
  });
});
