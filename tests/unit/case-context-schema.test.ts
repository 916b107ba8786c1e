// The patient-context fields of CONTRACT.md §1a: accepted when right, refused field by field when wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/engine/case-schema.ts';

const TODAY = '2026-11-23';
const base = { schemaVersion: 1, patient: { age: 30 }, pregnancies: [] };

function problems(input: unknown) {
  const v = validateCase(input, TODAY);
  if (v.ok) throw new Error('expected the case to be refused');
  return v.problems;
}

describe('patient context (§1a)', () => {
  it('accepts the shared example of a pregnant woman with her medicines and a previous VTE', () => {
    const raw = JSON.parse(readFileSync(new URL('../fixtures/context/pregnant-now-context.json', import.meta.url), 'utf8'));
    const v = validateCase(raw, TODAY);
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('accepts every §1a field', () => {
    const v = validateCase(
      {
        ...base,
        patient: { age: 41, partnerAge: 47, partnerSmoker: true },
        history: { currentlyPregnant: true, venousThrombosis: true, venousThrombosisCause: 'unprovoked' },
        currentPregnancy: {
          gestationWeeks: 20,
          intrauterineConfirmed: true,
          heartbeat: true,
          bleeding: false,
          pain: false,
          cervicalLengthMm: 18,
          cervicalLengthAtWeeks: 18,
        },
        medicines: [
          { id: 'levothyroxine', note: '100 micrograms daily' },
          { id: 'oral-anticoagulant', note: 'rivaroxaban 20 mg', since: '2025-06-01' },
        ],
        pregnancies: [{ outcome: 'loss', gestationWeeks: 8, endDate: '2026-01-10' }],
        results: [
          { test: 'aps-lupus-anticoagulant', date: '2026-03-02', interpretation: 'positive', onAnticoagulant: true },
          { test: 'aps-anticardiolipin', date: '2026-03-02', isotype: 'IgG', value: 26, unit: 'GPL', p99: 20, interpretation: 'positive' },
          { test: 'aps-anticardiolipin', date: '2026-03-02', isotype: 'IgM', value: 12, unit: 'CU' },
        ],
      },
      TODAY,
    );
    expect(v.ok ? [] : v.problems).toEqual([]);
  });

  it('names every contradictory or impossible context field at once, each in words', () => {
    const found = problems({
      ...base,
      patient: { age: 30, partnerAge: 7 },
      history: { currentlyPregnant: false, venousThrombosisCause: 'major-surgery' },
      currentPregnancy: { gestationWeeks: 12, cervicalLengthAtWeeks: 20 },
      medicines: [{ id: 'levothyroxine' }, { id: 'levothyroxine' }, { id: 'warfarin' }, { id: 'heparin', since: '2027-01-01' }],
      pregnancies: [{ outcome: 'loss', endDate: '2027-02-01' }],
      results: [{ test: 'tsh', date: '2026-01-01', value: 2, unit: 'mIU/L', p99: 3 }],
    });
    const byPath = Object.fromEntries(found.map((p) => [p.path, p.message]));
    expect(byPath).toMatchObject({
      'patient.partnerAge': expect.stringContaining('at least'),
      'history.venousThrombosisCause': expect.stringContaining('venousThrombosis is not true'),
      currentPregnancy: expect.stringContaining('currentlyPregnant is false'),
      'currentPregnancy.cervicalLengthAtWeeks': expect.stringMatching(/without cervicalLengthMm|later than the pregnancy now/),
      'medicines[1].id': expect.stringContaining('listed twice'),
      'medicines[2].id': expect.stringContaining('not a known medicine'),
      'medicines[3].since': expect.stringContaining('future'),
      'pregnancies[0].endDate': expect.stringContaining('future'),
      'results[0].p99': expect.stringContaining('antiphospholipid'),
    });
    expect(found.filter((p) => p.path === 'currentPregnancy.cervicalLengthAtWeeks')).toHaveLength(2);
  });

  it('refuses a pregnancy now outside 3–42 weeks and a cervical length outside 0–80 mm', () => {
    const found = problems({ ...base, history: { currentlyPregnant: true }, currentPregnancy: { gestationWeeks: 50, cervicalLengthMm: 300 } });
    expect(found.map((p) => p.path).sort()).toEqual(['currentPregnancy.cervicalLengthMm', 'currentPregnancy.gestationWeeks']);
  });

  it('a heartbeat without saying where the pregnancy was seen is asked for', () => {
    expect(problems({ ...base, currentPregnancy: { heartbeat: true } })).toEqual([
      { path: 'currentPregnancy.intrauterineConfirmed', message: expect.stringContaining('in the womb') },
    ]);
  });

  it('refuses an antibody titre in a unit that is not an antibody unit, naming GPL, MPL, U/mL and CU', () => {
    const found = problems({ ...base, results: [{ test: 'aps-anticardiolipin', date: '2026-01-01', isotype: 'IgG', value: 30, unit: 'IU/mL' }] });
    expect(found[0]).toEqual({ path: 'results[0].unit', message: expect.stringMatching(/GPL.*MPL.*U\/mL.*CU/) });
  });
});
