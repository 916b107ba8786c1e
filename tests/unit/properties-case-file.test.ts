// Properties of the case file (src/io/case-file.ts): export → import gives back the same case for
// any valid case; hostile free text comes back byte for byte; import never throws on any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../src/engine/case-schema.ts';
import { parseCaseFile, serializeCase } from '../../src/io/case-file.ts';
import { HOSTILE_STRINGS, runs, TODAY, validCaseArb } from '../support/arbitrary-case.ts';

describe('case file properties', () => {
  it('export → import is the identity on valid cases, and exporting again writes the same bytes', () => {
    fc.assert(
      fc.property(validCaseArb, (c) => {
        const text = serializeCase(c);
        const back = parseCaseFile(text, TODAY);
        if (!back.ok) throw new Error(JSON.stringify(back.problems));
        expect(back.case).toEqual(c);
        expect(serializeCase(back.case)).toBe(text);
      }),
      { numRuns: runs(400) },
    );
  });

  it('hostile free text (markup, script, control and bidi characters) in names, notes and reasons round-trips unchanged', () => {
    const hostile = fc.constantFrom(...HOSTILE_STRINGS);
    fc.assert(
      fc.property(validCaseArb, hostile, hostile, hostile, hostile, hostile, (base, name, notes, reason, note, question) => {
        const c = structuredClone(base);
        c.patient.name = name.slice(0, 120);
        c.notes = notes;
        c.referralQuestion = question;
        c.declined = [{ id: 'parental-karyotype', reason: reason.trim() }];
        c.results = [{ test: 'nk-cells-blood', date: '2026-01-02', interpretation: 'abnormal', note }];
        const valid = validateCase(c, TODAY);
        if (!valid.ok) throw new Error(JSON.stringify(valid.problems));
        const back = parseCaseFile(serializeCase(valid.value), TODAY);
        if (!back.ok) throw new Error(JSON.stringify(back.problems));
        expect(back.case.patient.name).toBe(name.slice(0, 120));
        expect(back.case.notes).toBe(notes);
        expect(back.case.referralQuestion).toBe(question);
        expect(back.case.declined![0]!.reason).toBe(reason.trim());
        expect(back.case.results![0]!.note).toBe(note);
        expect(back.case).toEqual(valid.value);
      }),
      { numRuns: runs(200) },
    );
  });

  it('the exported text is JSON that holds exactly the case, whatever the free text holds', () => {
    // Parsed back with plain JSON.parse (not the importer): an export that drops or alters anything fails.
    fc.assert(
      fc.property(validCaseArb, (c) => {
        expect(JSON.parse(serializeCase(c))).toEqual(c);
      }),
      { numRuns: runs(100) },
    );
  });

  it('import never throws, whatever the text, and every refusal names a path', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      validCaseArb.chain((c) => {
        const t = serializeCase(c);
        return fc.tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length })).map(([a, b]) => t.slice(0, Math.min(a, b)) + t.slice(Math.max(a, b) + 1));
      }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        let r: ReturnType<typeof parseCaseFile> | undefined;
        expect(() => {
          r = parseCaseFile(text, TODAY);
        }).not.toThrow();
        if (!r!.ok) for (const p of r!.problems) expect(p.path.length).toBeGreaterThan(0);
      }),
      { numRuns: runs(500) },
    );
  });
});
