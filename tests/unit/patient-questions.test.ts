// @vitest-environment node
// Her questions for the appointment: one list (screen, question sheet and command line all show it),
// in the first person, each once, and true to her: a medicine she already takes is not something she
// "was offered".
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { patientQuestions } from '../../src/engine/patient-questions.ts';
import { exampleCases, validCase } from '../support/pdf.ts';

const base = () => structuredClone(exampleCases().find((x) => x.name === 'new-referral-three-losses')!.c);

describe('patientQuestions', () => {
  it('asks about a not-advised medicine she takes as hers to review, and names only the others as offered', () => {
    const c = validCase({ ...base(), medicines: [{ id: 'prednisolone' }], requested: ['ivig'] });
    const e = evaluateCase(c, 'eshre-2022');
    expect(e.flags.map((f) => [f.id, f.takenNow === true])).toEqual(
      expect.arrayContaining([
        ['prednisolone', true],
        ['ivig', false],
      ]),
    );
    const questions = patientQuestions(e).map((q) => q.question);
    const offered = questions.find((q) => q.startsWith('I was offered or read about'));
    expect(offered).toBeDefined();
    expect(offered!.toLowerCase()).toContain(e.flags.find((f) => f.id === 'ivig')!.plainName.toLowerCase());
    expect(offered!.toLowerCase()).not.toContain(e.flags.find((f) => f.id === 'prednisolone')!.plainName.toLowerCase());
    expect(questions).toContain('I take a medicine my summary says is not advised. Should I keep taking it until I talk to whoever prescribed it?');
  });

  it('asks one question about the results, worded for one result or several', () => {
    for (const { c } of exampleCases()) {
      const e = evaluateCase(c, 'eshre-2022');
      const about = patientQuestions(e).filter((q) => /mean for me and my next pregnancy/.test(q.question));
      expect(about.length).toBe(e.findings.length ? 1 : 0);
      if (e.findings.length === 1) expect(about[0]!.question).toMatch(/^What does this result mean/);
      if (e.findings.length > 1) expect(about[0]!.question).toMatch(/^What do these results mean/);
    }
  });

  it('every question is asked once, in the first person', () => {
    for (const { c } of exampleCases()) {
      const questions = patientQuestions(evaluateCase(c, 'eshre-2022')).map((q) => q.question);
      expect(new Set(questions).size).toBe(questions.length);
      for (const q of questions) expect(q).not.toMatch(/\b(you|your)\b/i);
    }
  });
});
