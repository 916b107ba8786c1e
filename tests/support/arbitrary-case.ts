// fast-check arbitraries: valid cases (CONTRACT.md §1), hostile free text, junk, and valid cases with
// known defects. Valid means valid for validateCase(…, TODAY): units from guidelines/catalogue.json,
// values in the plausible range, past dates (today included), a date of birth that fits the age, tissue
// genetics only on losses, each item declined at most once. The edge cases are generated on purpose:
// text at its length limit, repeated results and requests, and now and then long lists.
import fc from 'fast-check';
import catalogue from '../../guidelines/catalogue.json' with { type: 'json' };
import type { Case, Result } from '../../src/engine/case-schema.ts';
import { ALL_INVESTIGATION_IDS, ALL_ITEM_IDS, GUIDELINE_IDS, INTERPRETATIONS, OUTCOMES, TISSUE_GENETICS, type InvestigationId } from '../../guidelines/ids.ts';

export const TODAY = '2026-11-23';

/**
 * Runs of a property: `n`, scaled by PROPERTY_RUN_SCALE when set (mutation testing runs every covering
 * test once per mutant, so it asks for fewer runs; the suite itself always runs all of them).
 */
export function runs(n: number): number {
  const scale = Number(process.env.PROPERTY_RUN_SCALE ?? '1');
  return Math.max(5, Math.round(n * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

type Entry = { units?: string[]; plausibleRange?: [number, number]; isotypes?: string[] };
const entries = catalogue.items as unknown as Record<string, Entry>;

/** Strings that look like markup, script, template or control characters. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</script><script>alert(document.cookie)</script>',
  "javascript:alert('x')",
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder typed as text is the hostile input
  '${process.exit(1)}',
  "'; DROP TABLE cases; --",
  '&lt;b&gt; &amp; &#60;script&#62;',
  '<!-- comment --> <![CDATA[ x ]]>',
  '\u202Eevil\u202C right-to-left override',
  'nul\u0000byte and bell\u0007',
  'line\nbreak\r\nand\ttab',
  'separators \u2028 \u2029',
  '__proto__',
  'constructor',
  '{"schemaVersion":2,"patient":{}}',
  '\\"already escaped\\" \\u0041',
  '≥ 12 weeks, β2-glycoprotein I, 5 µg/L, ≤ 2.5 mIU/L',
  '😀 👩🏽‍⚕️ 🇬🇧',
  '%PDF-1.7',
  '   leading and trailing spaces   ',
  'x'.repeat(500),
] as const;

function fitting(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
      { weight: 2, arbitrary: fc.string({ maxLength: 60, unit: 'grapheme' }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 60, unit: 'binary' }) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE_STRINGS), { maxLength: 4 }).map((a) => a.join(' ')) },
    )
    .filter((s) => s.length <= max);
}

/** Text of exactly `max` code units: the longest the schema accepts. */
function longest(max: number): fc.Arbitrary<string> {
  // Built by repeating one string (generating thousands of random characters one by one is slow).
  return fc.constantFrom('x', 'é', '😀', ...HOSTILE_STRINGS).map((t) => t.repeat(Math.ceil(max / t.length)).slice(0, max));
}

function fittingOrLongest(max: number): fc.Arbitrary<string> {
  return fc.oneof({ weight: 5, arbitrary: fitting(max) }, { weight: 1, arbitrary: longest(max) });
}

/** Free text up to `max` UTF-16 code units (the schema's limit), often hostile. */
export const freeText = fittingOrLongest;

/** A non-empty reason with no surrounding white space (the schema trims reasons). */
export const reasonText = fitting(500)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const DAY = 86_400_000;
const FIRST_DAY = Date.parse('2005-01-01T00:00:00Z');
const LAST_DAY = Date.parse(`${TODAY}T00:00:00Z`);

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** An ISO calendar date on or before TODAY; TODAY itself and the first day often. */
export const pastDate = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / DAY }).map((n) => isoDay(FIRST_DAY + n * DAY)) },
  { weight: 1, arbitrary: fc.constantFrom(TODAY, isoDay(FIRST_DAY)) },
);

/** An ISO calendar date after TODAY (tomorrow often): never valid for a result or a date of birth. */
export const futureDate = fc.oneof(
  fc.constant(isoDay(LAST_DAY + DAY)),
  fc.integer({ min: 1, max: 3650 }).map((n) => isoDay(LAST_DAY + n * DAY)),
);

/** A date of birth that gives `age` whole years on TODAY. */
function birthDateFor(age: number): fc.Arbitrary<string> {
  const [y, m, d] = TODAY.split('-').map(Number) as [number, number, number];
  const latest = Date.UTC(y - age, m - 1, d); // the birthday is today
  const earliest = Date.UTC(y - age - 1, m - 1, d) + DAY; // the next birthday is tomorrow
  return fc.integer({ min: 0, max: (latest - earliest) / DAY }).map((n) => isoDay(earliest + n * DAY));
}

/** A list, usually short, one time in twenty long (up to `long` entries). */
function list<T>(arb: fc.Arbitrary<T>, short: number, long: number): fc.Arbitrary<T[]> {
  return fc.oneof(
    { weight: 19, arbitrary: fc.array(arb, { maxLength: short }) },
    { weight: 1, arbitrary: fc.array(arb, { minLength: short, maxLength: long }) },
  );
}

/** Some entries repeated word for word (the same result entered twice, the same test asked for twice). */
function withRepeats<T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> {
  return arb.chain((xs) =>
    xs.length === 0
      ? fc.constant(xs)
      : fc.array(fc.nat({ max: xs.length - 1 }), { maxLength: 3 }).map((picks) => [...xs, ...picks.map((i) => structuredClone(xs[i]!))]),
  );
}

/** A finite double in [min, max], never -0 (JSON cannot carry -0). */
function number(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER)) }),
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
  );
}

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

/** Drops keys whose value is undefined (a valid case has absent, not undefined, optional fields). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const pregnancyArb: fc.Arbitrary<Case['pregnancies'][number]> = fc
  .record({
    outcome: fc.constantFrom(...OUTCOMES),
    gestationWeeks: optional(fc.integer({ min: 0, max: 45 })),
    visualised: optional(fc.boolean()),
    tissueGenetics: optional(fc.constantFrom(...TISSUE_GENETICS)),
  })
  .map((p) => compact({ ...p, tissueGenetics: p.outcome === 'loss' ? p.tissueGenetics : undefined }));

export function resultArb(test: InvestigationId): fc.Arbitrary<Result> {
  const entry = entries[test] ?? {};
  const interpretation = fc.constantFrom(...INTERPRETATIONS);
  const isotype = entry.isotypes ? optional(fc.constantFrom('IgG' as const, 'IgM' as const)) : fc.constant(undefined);
  const [lo, hi] = entry.plausibleRange ?? [-1e6, 1e6];
  const measured = entry.units
    ? fc.oneof(
        // a value always with one of the catalogue's units, with or without the lab's reading
        fc.record({ value: number(lo, hi), unit: fc.constantFrom(...entry.units), interpretation: optional(interpretation) }),
        fc.record({ interpretation }),
      )
    : fc.oneof(fc.record({ interpretation }), fc.record({ interpretation: optional(interpretation), value: number(lo, hi) }));
  return fc
    .record({ date: pastDate, measured, isotype, note: optional(freeText(500)) })
    .map(({ date, measured: m, isotype: iso, note }) => compact({ test, date, ...(iso ? { isotype: iso } : {}), ...compact(m), note }) as Result);
}

export const anyResultArb: fc.Arbitrary<Result> = fc.constantFrom(...ALL_INVESTIGATION_IDS).chain(resultArb);

const historyArb = fc.record(
  {
    currentlyPregnant: fc.boolean(),
    venousThrombosis: fc.boolean(),
    arterialThrombosis: fc.boolean(),
    sle: fc.boolean(),
    thyroidDisease: fc.boolean(),
    diabetes: fc.boolean(),
    menstrualIrregularity: fc.boolean(),
    familyThrombophilia: fc.boolean(),
    previousUnbalancedOffspring: fc.boolean(),
    familyChromosomalRearrangement: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const validCaseArb: fc.Arbitrary<Case> = fc
  .record({
    guideline: optional(fc.constantFrom(...GUIDELINE_IDS)),
    patient: fc
      .integer({ min: 14, max: 60 })
      .chain((age) =>
        fc.record({
          name: optional(freeText(120)),
          nhsNumber: optional(freeText(40)),
          dateOfBirth: optional(birthDateFor(age)),
          age: fc.constant(age),
          bmi: optional(number(12, 80)),
          smoker: optional(fc.boolean()),
        }),
      )
      .map(compact),
    pregnancies: list(pregnancyArb, 8, 40),
    history: optional(historyArb),
    results: optional(withRepeats(list(anyResultArb, 10, 50))),
    declined: optional(fc.uniqueArray(fc.record({ id: fc.constantFrom(...ALL_ITEM_IDS), reason: reasonText }), { selector: (d) => d.id, maxLength: 6 })),
    requested: optional(list(fc.constantFrom(...ALL_ITEM_IDS), 6, 40)),
    referralQuestion: optional(freeText(1000)),
    notes: optional(freeText(4000)),
    clinicalDiscretion: optional(fc.boolean()),
  })
  .map(({ patient: { dateOfBirth: dob, ...patient }, ...c }) => {
    // Nothing recorded before her birth: otherwise leave the date of birth out.
    const dates = (c.results ?? []).map((r) => r.date);
    const fits = dob !== undefined && dates.every((d) => d >= dob);
    return compact({ schemaVersion: 1 as const, ...c, patient: fits ? { ...patient, dateOfBirth: dob } : patient }) as Case;
  });

/** Every path (as keys) to a value inside a JSON-like value, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => void out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function setAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = replacement;
  return copy;
}

/** Arbitrary JSON, arbitrary values, and valid cases with one value replaced by junk or one unknown key added. */
export const junkArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.tuple(validCaseArb, fc.jsonValue(), fc.nat()).map(([c, junk, n]) => {
    const paths = pathsOf(c);
    return setAt(c, paths[n % paths.length]!, junk);
  }),
  fc.tuple(validCaseArb, fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue()).map(([c, key, v]) => ({ ...c, [key]: v })),
);

type Draft = Record<string, unknown> & { patient: Record<string, unknown>; pregnancies: unknown[] };

/** One defect of a valid case: what it breaks, and the field path a refusal must name for it. */
interface Defect {
  name: string;
  apply: (c: Draft, future: string) => string;
}

/** Defects at distinct paths, so any set of them can be applied to one case together. */
const DEFECTS: Defect[] = [
  {
    name: 'a result dated in the future',
    apply: (c, future) => {
      const results = [...((c.results as unknown[]) ?? []), { test: 'tsh', date: future, interpretation: 'normal' }];
      c.results = results;
      return `results[${results.length - 1}].date`;
    },
  },
  {
    name: 'a date of birth in the future',
    apply: (c, future) => {
      c.patient.dateOfBirth = future;
      return 'patient.dateOfBirth';
    },
  },
  {
    name: 'notes one character too long',
    apply: (c) => {
      c.notes = 'n'.repeat(4001);
      return 'notes';
    },
  },
  {
    name: 'a name one character too long',
    apply: (c) => {
      c.patient.name = 'a'.repeat(121);
      return 'patient.name';
    },
  },
  {
    name: 'an item declined twice',
    apply: (c) => {
      const declined = ((c.declined as { id: string; reason: string }[]) ?? []).filter((d) => d.id !== 'hysteroscopy');
      c.declined = [...declined, { id: 'hysteroscopy', reason: 'first' }, { id: 'hysteroscopy', reason: 'again' }];
      return `declined[${declined.length + 1}].id`;
    },
  },
  {
    name: 'an unknown requested id',
    apply: (c) => {
      const requested = [...((c.requested as string[]) ?? []), 'not-an-id'];
      c.requested = requested;
      return `requested[${requested.length - 1}]`;
    },
  },
  {
    name: 'an age below 14',
    apply: (c) => {
      c.patient.age = 13;
      return 'patient.age';
    },
  },
  {
    name: 'a pregnancy of 46 weeks',
    apply: (c) => {
      c.pregnancies = [...c.pregnancies, { outcome: 'live-birth', gestationWeeks: 46 }];
      return `pregnancies[${c.pregnancies.length - 1}].gestationWeeks`;
    },
  },
];

/** A valid case with one or more known defects, and the field path each defect must be named by. */
export const defectiveCaseArb: fc.Arbitrary<{ input: unknown; paths: string[]; defects: string[] }> = fc
  .tuple(validCaseArb, fc.subarray(DEFECTS, { minLength: 1 }), futureDate)
  .map(([c, defects, future]) => {
    const draft = structuredClone(c) as unknown as Draft;
    const paths = defects.map((d) => d.apply(draft, future));
    return { input: draft, paths, defects: defects.map((d) => d.name) };
  });
