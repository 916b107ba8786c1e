// @vitest-environment node
// The summary step prepares the role's own PDF in idle time and the first click only saves it: the
// document kept must be exactly the one that would be made now, and never one made before the case
// changed, even when the case object was changed in place.
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { preparePdf } from '../../src/pdf/export.ts';
import { renderPdf } from '../../src/pdf/render.ts';
import { exampleCases, GENERATED_ON } from '../support/pdf.ts';

const opts = { generatedOn: GENERATED_ON };
const example = () => structuredClone(exampleCases().find((x) => x.name === 'new-referral-three-losses')!.c);

describe('preparePdf', () => {
  it('gives the bytes a fresh render gives, and the same bytes again for the same content', async () => {
    const c = example();
    const first = await preparePdf('clinician', c, evaluateCase(c, 'eshre-2022'), opts);
    expect(first).toEqual(await renderPdf('clinician', c, evaluateCase(c, 'eshre-2022'), opts));
    const copy = structuredClone(c);
    expect(await preparePdf('clinician', copy, evaluateCase(copy, 'eshre-2022'), opts)).toBe(first);
  });

  it('makes a new document when the case changed in place after one was prepared', async () => {
    const c = example();
    const before = await preparePdf('referral', c, evaluateCase(c, 'eshre-2022'), opts);
    c.patient!.age = 41;
    const e = evaluateCase(c, 'eshre-2022');
    const after = await preparePdf('referral', c, e, opts);
    expect(after).not.toEqual(before);
    expect(after).toEqual(await renderPdf('referral', c, e, opts));
  });

  it('keeps each kind of document apart, and the date is part of what a document is', async () => {
    const c = example();
    const e = evaluateCase(c, 'eshre-2022');
    const clinician = await preparePdf('clinician', c, e, opts);
    const patient = await preparePdf('patient', c, e, opts);
    expect(patient).not.toEqual(clinician);
    expect(await preparePdf('clinician', c, e, opts)).toBe(clinician);
    expect(await preparePdf('clinician', c, e, { generatedOn: '2026-11-24' })).not.toEqual(clinician);
  });
});
