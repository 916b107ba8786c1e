// Issue 14: dates that cannot be right are refused with every problem named, by field.
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/engine/case-schema.ts';

const TODAY = '2026-11-23';
const base = { schemaVersion: 1, patient: { age: 34 }, pregnancies: [{ outcome: 'loss', gestationWeeks: 7 }] };
const problems = (c: unknown) => {
  const v = validateCase(c, TODAY);
  return v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('plausible dates', () => {
  it('refuses year 0 and 1800 wherever a date is written, naming each field', () => {
    const c = {
      ...base,
      pregnancies: [{ outcome: 'loss', gestationWeeks: 7, endDate: '0000-03-01' }],
      results: [{ test: 'tsh', date: '1800-01-01', value: 2, unit: 'mIU/L' }],
      medicines: [{ id: 'heparin', since: '1899-12-31' }],
    };
    expect(problems(c)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^pregnancies\[0\]\.endDate: /),
        'results[0].date: is before 1900: check the year',
        'medicines[0].since: is before 1900: check the year',
      ]),
    );
    expect(problems({ ...base, results: [{ test: 'tsh', date: '1900-01-01', value: 2, unit: 'mIU/L' }] })).toEqual([]);
  });

  it('a date of birth that does not fit the age is named on the age', () => {
    expect(problems({ ...base, patient: { age: 34, dateOfBirth: '1990-05-01' } })).toEqual([
      'patient.age: 34 does not fit the date of birth 1990-05-01: she is 36 today',
    ]);
    expect(problems({ ...base, patient: { age: 37, dateOfBirth: '1990-05-01' } })).toEqual([
      'patient.age: 37 does not fit the date of birth 1990-05-01: she is 36 today',
    ]);
    // With no date recorded, the file is taken as written within the last year.
    expect(problems({ ...base, patient: { age: 36, dateOfBirth: '1990-05-01' } })).toEqual([]);
    expect(problems({ ...base, patient: { age: 35, dateOfBirth: '1990-05-01' } })).toEqual([]);
  });

  it('a case saved earlier keeps its age: the age on the latest recorded date is accepted', () => {
    const saved = { ...base, patient: { age: 35, dateOfBirth: '1990-05-01' }, results: [{ test: 'tsh', date: '2026-03-02', value: 2, unit: 'mIU/L' }] };
    expect(problems(saved)).toEqual([]);
    const tooYoung = { ...saved, patient: { age: 34, dateOfBirth: '1990-05-01' } };
    expect(problems(tooYoung)).toEqual([
      'patient.age: 34 does not fit the date of birth 1990-05-01: she is 36 today (35 on 2026-03-02, the latest date in the file)',
    ]);
  });

  it('a result dated before her birth is named', () => {
    const c = { ...base, patient: { age: 36, dateOfBirth: '1990-05-01' }, results: [{ test: 'tsh', date: '1985-01-01', value: 2, unit: 'mIU/L' }] };
    expect(problems(c)).toContain('results[0].date: 1985-01-01 is before the date of birth 1990-05-01');
  });

  it('names every problem at once: a duplicate declined id beside an unknown one, and a bad age beside a bad date', () => {
    const c = {
      ...base,
      patient: { age: 20, dateOfBirth: '1990-05-01' },
      results: [{ test: 'tsh', date: '1800-01-01', value: 2, unit: 'mIU/L' }],
      declined: [
        { id: 'tsh', reason: 'a' },
        { id: 'tsh', reason: 'b' },
        { id: 'not-an-id', reason: 'c' },
      ],
    };
    const p = problems(c);
    expect(p).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^patient\.age: 20 does not fit/),
        'results[0].date: is before 1900: check the year',
        'declined[1].id: tsh is declined twice',
        expect.stringMatching(/^declined\[2\]\.id: /),
      ]),
    );
  });
});

describe('declined: every problem, and never a crash', () => {
  it('a declined list that is not a list is named, not thrown', () => {
    expect(problems({ ...base, declined: 'tsh' })).toEqual([expect.stringMatching(/^declined: /)]);
  });
});

describe('a future date', () => {
  it('is refused on its own field and says nothing about her age', () => {
    const c = { ...base, patient: { age: 36, dateOfBirth: '1990-05-01' }, results: [{ test: 'tsh', date: '2031-01-01', value: 2, unit: 'mIU/L' }] };
    expect(problems(c)).toEqual([expect.stringMatching(/^results\[0\]\.date: is in the future/)]);
  });
});
