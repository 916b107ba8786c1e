// fast-check arbitraries: valid cases (CONTRACT.md §1), hostile free text, and junk.
// Valid means valid for validateCase(…, TODAY): units from guidelines/catalogue.json, values in the
// plausible range, past dates, tissue genetics only on losses, each item declined at most once.
import fc from 'fast-check';
import catalogue from '../../guidelines/catalogue.json' with { type: 'json' };
import type { Case, Result } from '../../src/engine/case-schema.ts';
import { ALL_INVESTIGATION_IDS, ALL_ITEM_IDS, GUIDELINE_IDS, INTERPRETATIONS, OUTCOMES, TISSUE_GENETICS, type InvestigationId } from '../../guidelines/ids.ts';

export const TODAY = '2026-11-23';

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

/** Free text up to `max` UTF-16 code units (the schema's limit), often hostile. */
export const freeText = fitting;

/** A non-empty reason with no surrounding white space (the schema trims reasons). */
export const reasonText = fitting(500)
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

const DAY = 86_400_000;
const FIRST_DAY = Date.parse('2005-01-01T00:00:00Z');
const LAST_DAY = Date.parse(`${TODAY}T00:00:00Z`);

/** An ISO calendar date on or before TODAY. */
export const pastDate = fc.integer({ min: 0, max: (LAST_DAY - FIRST_DAY) / DAY }).map((n) => new Date(FIRST_DAY + n * DAY).toISOString().slice(0, 10));

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
      .record({
        name: optional(freeText(120)),
        nhsNumber: optional(freeText(40)),
        dateOfBirth: optional(pastDate),
        age: fc.integer({ min: 14, max: 60 }),
        bmi: optional(number(12, 80)),
        smoker: optional(fc.boolean()),
      })
      .map(compact),
    pregnancies: fc.array(pregnancyArb, { maxLength: 8 }),
    history: optional(historyArb),
    results: optional(fc.array(anyResultArb, { maxLength: 10 })),
    declined: optional(fc.uniqueArray(fc.record({ id: fc.constantFrom(...ALL_ITEM_IDS), reason: reasonText }), { selector: (d) => d.id, maxLength: 6 })),
    requested: optional(fc.array(fc.constantFrom(...ALL_ITEM_IDS), { maxLength: 6 })),
    referralQuestion: optional(freeText(1000)),
    notes: optional(freeText(4000)),
    clinicalDiscretion: optional(fc.boolean()),
  })
  .map((c) => compact({ schemaVersion: 1 as const, ...c }) as Case);

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
