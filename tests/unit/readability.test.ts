// Every patient-facing string, measured: each guideline's plain wording, the app's patient copy
// (src/app/copy.ts, including the words that used to sit inline in components) and the question
// list. Each group must read at Flesch–Kincaid grade 6 or below (reading age 9–11).
import { describe, expect, it } from 'vitest';
import { aggregateGrade, count, grade, patientGroups } from '../../scripts/readability.ts';

describe('reading level of patient text', () => {
  it.each(patientGroups().map((g) => [g.name, g] as const))('%s: grade 6 or below', (_, group) => {
    expect(group.strings.length).toBeGreaterThan(0);
    expect(aggregateGrade(group)).toBeLessThanOrEqual(6);
  });

  it('the measure can fail: a long clinician sentence is far above grade 6', () => {
    expect(grade(count('Antiphospholipid antibody positivity necessitates confirmatory immunological reassessment after twelve weeks.'))).toBeGreaterThan(6);
  });
});
