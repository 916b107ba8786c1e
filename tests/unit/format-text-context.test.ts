// The CLI text puts findings first, most urgent first, each with its citation; never calls a step
// "settled"; and says plainly when the guideline's definition is not met.
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/cli/format-text.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { losses, makeCase, result } from '../support/cases.ts';
import { CONTEXT } from '../support/context-rows.ts';

const LA_TWICE = [result('aps-lupus-anticoagulant', 'positive', '2026-01-05'), result('aps-lupus-anticoagulant', 'positive', '2026-04-06')];

describe('CLI text with context', () => {
  it('opens with the urgent finding and its citation, before the definition', () => {
    const text = formatText(evaluateCase(CONTEXT.BLEEDING, 'eshre-2022'), 'gp');
    const urgent = text.indexOf('⚠ URGENT: Bleeding or pain in the pregnancy now');
    expect(urgent).toBeGreaterThan(0);
    expect(urgent).toBeLessThan(text.indexOf('Definition:'));
    expect(text.slice(urgent)).toMatch(/^.*\n\s+NICE NG126 · 1\.2\.3; 1\.5\.2/);
  });

  it('a confirmed APS with the workup done reads as an action, never as settled', () => {
    const done = ['pelvic-ultrasound-3d', 'tsh', 'tpo-antibodies', 'aps-anticardiolipin'].map((t) => result(t as 'tsh', 'normal', '2026-04-06'));
    const c = makeCase({ results: [...LA_TWICE, ...done] });
    for (const role of ['gp', 'nurse', 'patient'] as const) {
      const text = formatText(evaluateCase(c, 'eshre-2022'), role);
      expect(text, role).not.toMatch(/settled/i);
    }
    expect(formatText(evaluateCase(c, 'eshre-2022'), 'gp')).toMatch(/! ACTION: Antiphospholipid laboratory criteria met/);
  });

  it('says the definition is not met and that steps are not applicable for that reason', () => {
    const text = formatText(evaluateCase(makeCase({ pregnancies: losses(1) }), 'eshre-2022'), 'gp');
    expect(text).toMatch(/Definition: NOT MET/);
    expect(text).toMatch(/read "not applicable" for this reason, not because anything has been done/);
    expect(text).not.toMatch(/settled/i);
    expect(text).toMatch(/Immune step: not applicable — the definition is not met/);
  });

  it('lists deferred items with when, and medicines taken now', () => {
    const c = makeCase({ ...CONTEXT.BLEEDING, medicines: [{ id: 'levothyroxine' }], history: { currentlyPregnant: true, thyroidDisease: true } });
    const text = formatText(evaluateCase(c, 'eshre-2022'), 'gp');
    expect(text).toMatch(
      /DEFERRED \(not now: see when\)\n(?:.*\n)*? {2}» Transvaginal 3D ultrasound of the uterus \[Recommended\]\n {6}Deferred: she is pregnant now/,
    );
    expect(text).toMatch(/MEDICINES TAKEN NOW\n {2}☑ Levothyroxine \[Recommended\]\n {6}She takes this now: continue\./);
  });
});
