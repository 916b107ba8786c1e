// Case validation: a bad case is refused with every problem named by field path.
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/engine/case-schema.ts';

const TODAY = '2026-11-23';
const base = { schemaVersion: 1, patient: { age: 30 }, pregnancies: [] };

function problems(input: unknown) {
  const v = validateCase(input, TODAY);
  if (v.ok) throw new Error('expected the case to be refused');
  return v.problems;
}

describe('validateCase', () => {
  it('accepts a minimal case', () => {
    expect(validateCase(base, TODAY).ok).toBe(true);
  });

  it('names every problem at once, by field path', () => {
    const found = problems({
      schemaVersion: 2,
      patient: { age: 9, bmi: 200 },
      pregnancies: [{ outcome: 'miscarriage', gestationWeeks: -3 }],
      results: [
        { test: 'nk-count', date: '03/02/2026' },
        { test: 'tsh', date: '2027-05-01', value: 2, unit: 'mIU/L' },
      ],
      declined: [{ id: 'tsh', reason: '  ' }],
      requested: ['steroids'],
    });
    const paths = found.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'patient.age',
        'patient.bmi',
        'pregnancies[0].outcome',
        'pregnancies[0].gestationWeeks',
        'results[0].test',
        'results[0].date',
        'results[1].date',
        'declined[0].reason',
        'requested[0]',
      ]),
    );
  });

  it('refuses a missing age with a message that says it is required', () => {
    expect(problems({ ...base, patient: {} })).toEqual([{ path: 'patient.age', message: 'is required: a number of years' }]);
  });

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    expect(problems({ ...base, pregnancies: [{ outcome: 'loss', visualized: true }] })[0]!.path).toBe('pregnancies[0]');
  });

  it('refuses a result dated in the future', () => {
    const found = problems({ ...base, results: [{ test: 'tsh', date: '2027-01-01', value: 2, unit: 'mIU/L' }] });
    expect(found).toEqual([{ path: 'results[0].date', message: expect.stringContaining('in the future') }]);
  });

  it('refuses a value in the wrong unit and names the right one', () => {
    const found = problems({ ...base, results: [{ test: 'tsh', date: '2026-01-01', value: 2, unit: 'pmol/L' }] });
    expect(found[0]).toEqual({ path: 'results[0].unit', message: expect.stringContaining('mIU/L') });
  });

  it('refuses an implausible value', () => {
    const found = problems({ ...base, results: [{ test: 'tsh', date: '2026-01-01', value: 4000, unit: 'mIU/L' }] });
    expect(found[0]!.path).toBe('results[0].value');
  });

  it('needs a value or an interpretation for a result', () => {
    expect(problems({ ...base, results: [{ test: 'tsh', date: '2026-01-01' }] })[0]!.path).toBe('results[0]');
  });

  it('keeps markup-looking free text as it was typed', () => {
    const text = '<script>alert("x")</script> **bold**';
    const v = validateCase({ ...base, notes: text, declined: [{ id: 'tsh', reason: text }] }, TODAY);
    expect(v.ok && v.value.notes).toBe(text);
  });

  it('does not throw on junk', () => {
    for (const junk of [null, 42, 'case', [], { schemaVersion: 1 }]) {
      expect(validateCase(junk, TODAY).ok).toBe(false);
    }
  });
});
