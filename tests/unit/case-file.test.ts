// src/io/case-file.ts: the case file of CONTRACT.md §1 — export, import, every problem named, round trip.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/engine/case-schema.ts';
import {
  caseFileName,
  exportCaseFile,
  importCaseFile,
  LIST_LIMITS,
  MAX_CASE_FILE_BYTES,
  parseCaseFile,
  readCaseFileBytes,
  serializeCase,
} from '../../src/io/case-file.ts';
import { makeCase, result } from '../support/cases.ts';

const TODAY = '2026-11-23';
const EXAMPLES = new URL('../fixtures/', import.meta.url);
const exampleNames = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .sort();

function mustParse(text: string): Case {
  const r = parseCaseFile(text, TODAY);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.case;
}

describe('case file: the shared examples', () => {
  it('there are examples to read', () => {
    expect(exampleNames.length).toBeGreaterThanOrEqual(4);
  });
  for (const name of exampleNames) {
    it(`${name}: imports, and export → import gives the same case`, () => {
      const original = mustParse(readFileSync(new URL(name, EXAMPLES), 'utf8'));
      const text = serializeCase(original);
      expect(mustParse(text)).toEqual(original);
      expect(serializeCase(mustParse(text))).toBe(text); // stable: exporting twice writes the same bytes
      expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(new URL(name, EXAMPLES), 'utf8')));
    });
  }
});

describe('case file: export', () => {
  const c = makeCase({
    notes: 'n',
    requested: ['nk-cells-blood'],
    guideline: 'eshre-2022',
    results: [result('tsh', 'normal', '2026-03-01', { value: 2.1, unit: 'mIU/L' })],
  });

  it('is pretty JSON with schemaVersion 1 first, keys in contract order and a final newline', () => {
    const text = serializeCase(c);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "guideline": "eshre-2022",\n  "patient": {')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'guideline', 'patient', 'pregnancies', 'results', 'requested', 'notes']);
  });

  it('names the file by date only (no patient identifiers)', () => {
    expect(caseFileName(new Date(2026, 2, 5, 23, 59))).toBe('rpl-case-2026-03-05.json');
    const withName = makeCase({ patient: { age: 30, name: 'Jane Doe', nhsNumber: '943 476 5919' } });
    expect(exportCaseFile(withName, new Date(2026, 10, 23)).filename).toBe('rpl-case-2026-11-23.json');
  });

  it('gives a JSON Blob holding exactly the text', async () => {
    const out = exportCaseFile(c, new Date(2026, 10, 23));
    expect(out.blob.type).toBe('application/json;charset=utf-8');
    expect(await out.blob.text()).toBe(out.text);
    expect(out.text).toBe(serializeCase(c));
  });
});

describe('case file: import refuses with every problem named', () => {
  it('text that is not JSON: a clear message with where the JSON breaks', () => {
    const r = parseCaseFile('{\n  "schemaVersion": 1,\n  "patient": { age: 30 }\n}', TODAY);
    expect(r).toEqual({ ok: false, problems: [{ path: '(file)', message: expect.stringMatching(/not valid JSON \(problem at line 3, column \d+\)/) }] });
  });

  it('a file cut short says so', () => {
    const r = parseCaseFile('{"schemaVersion": 1, "patient": {"age": 3', TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/not valid JSON/);
  });

  it('empty, a PDF, an array, a newer format', () => {
    const msg = (text: string) => {
      const r = parseCaseFile(text, TODAY);
      return r.ok ? '' : r.problems.map((p) => `${p.path}: ${p.message}`).join(' | ');
    };
    expect(msg('')).toMatch(/^\(file\): is empty/);
    expect(msg('  \n ')).toMatch(/^\(file\): is empty/);
    expect(msg('%PDF-1.7\n...')).toMatch(/^\(file\): is a PDF/);
    expect(msg('[1,2]')).toMatch(/^\(case\): must be a JSON object/);
    expect(msg('null')).toMatch(/^\(case\)/);
    expect(msg('{"schemaVersion": 2, "patient": {"age": 30}, "pregnancies": []}')).toMatch(/^schemaVersion: is 2: this file was written by a newer version/);
  });

  it('a byte-order mark is accepted', () => {
    expect(parseCaseFile(`\uFEFF${serializeCase(makeCase())}`, TODAY).ok).toBe(true);
  });

  it('lists every problem of an invalid case with its field path, and changes nothing', () => {
    const bad = {
      schemaVersion: 1,
      patient: { age: 9, bmi: 'heavy' },
      pregnancies: [{ outcome: 'miscarriage' }, { outcome: 'loss', gestationWeeks: 7.5 }],
      results: [{ test: 'nk-cells-blood', date: '2026-13-01', interpretation: 'high' }],
      declined: [{ id: 'parental-karyotype', reason: '   ' }],
      requested: ['magic-test'],
      extra: 1,
    };
    const text = JSON.stringify(bad);
    const r = parseCaseFile(text, TODAY);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'patient.age',
        'patient.bmi',
        'pregnancies[0].outcome',
        'pregnancies[1].gestationWeeks',
        'results[0].date',
        'results[0].interpretation',
        'declined[0].reason',
        'requested[0]',
        '(case)',
      ]),
    );
    for (const p of r.problems) expect(p.message.length).toBeGreaterThan(3);
    expect(JSON.stringify(bad)).toBe(text);
  });

  it('cross-field problems: wrong unit, implausible value, future date, repeated decline', () => {
    const c = {
      schemaVersion: 1,
      patient: { age: 30 },
      pregnancies: [],
      results: [
        { test: 'tsh', date: '2026-03-01', value: 2, unit: 'ng/mL' },
        { test: 'tsh', date: '2026-03-02', value: 2000, unit: 'mIU/L' },
        { test: 'tsh', date: '2027-01-01', interpretation: 'normal' },
      ],
      declined: [
        { id: 'tsh', reason: 'a' },
        { id: 'tsh', reason: 'b' },
      ],
    };
    const r = parseCaseFile(JSON.stringify(c), TODAY);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['results[0].unit', 'results[1].value', 'results[2].date', 'declined[1].id']);
  });
});

describe('case file: reading a File or Blob', () => {
  it('importCaseFile reads and checks', async () => {
    const c = makeCase();
    expect(await importCaseFile(new Blob([serializeCase(c)]), TODAY)).toEqual({ ok: true, case: c });
    const bad = await importCaseFile(new Blob(['not json']), TODAY);
    expect(bad.ok).toBe(false);
  });

  it('a read error is a problem, not a rejection', async () => {
    const broken = new Blob(['x']);
    broken.arrayBuffer = () => Promise.reject(new Error('permission denied'));
    expect(await importCaseFile(broken, TODAY)).toEqual({ ok: false, problems: [{ path: '(file)', message: 'could not be read: permission denied' }] });
  });

  it('a huge file is refused before reading', async () => {
    const r = await importCaseFile(new Blob(['x'.repeat(2_000_001)]), TODAY);
    expect(r.ok ? '' : r.problems[0]!.message).toMatch(/too large/);
  });
});

describe('case file: limits that keep opening a file quick', () => {
  it('a list longer than any real case is refused before the case is checked, naming each list', () => {
    const c = { ...makeCase(), pregnancies: Array.from({ length: 10_000 }, () => ({ outcome: 'loss' })), requested: Array(201).fill('tsh') };
    const r = parseCaseFile(JSON.stringify(c), TODAY);
    expect(r.ok ? [] : r.problems).toEqual([
      { path: 'pregnancies', message: 'lists 10,000 entries: a case file holds at most 60 (is this the right file?)' },
      { path: 'requested', message: 'lists 201 entries: a case file holds at most 200 (is this the right file?)' },
    ]);
  });

  it('lists at the limit are read', () => {
    const c = makeCase({ pregnancies: Array.from({ length: LIST_LIMITS.pregnancies }, () => ({ outcome: 'loss' as const, gestationWeeks: 6 })) });
    expect(parseCaseFile(serializeCase(c), TODAY)).toEqual({ ok: true, case: c });
  });

  it('bytes: a UTF-16 byte-order mark chooses the encoding; bytes that are not text are refused; the size limit is in bytes', () => {
    const text = serializeCase(makeCase());
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((ch) => ch.charCodeAt(0))).buffer)]);
    expect(readCaseFileBytes(le, TODAY)).toEqual({ ok: true, case: makeCase() });
    expect(readCaseFileBytes(new Uint8Array([0x7b, 0xff, 0x7d]), TODAY)).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: 'is not UTF-8 text: choose a case file saved by RPL Workup (.json)' }],
    });
    const big = readCaseFileBytes(new Uint8Array(MAX_CASE_FILE_BYTES + 1).fill(0x20), TODAY);
    expect(big.ok ? '' : big.problems[0]!.message).toMatch(/^is too large \(2,000,001 bytes\)/);
  });
});
