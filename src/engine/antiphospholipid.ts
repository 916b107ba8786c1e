// Antiphospholipid results read against the laboratory criteria (Sydney 2006; RCOG §6.1.1): which
// results count, which cannot be read and why, and each antibody's course to a confirmed result.
import type { MedicineId } from '../../guidelines/ids.ts';
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case, Result } from './case-schema.ts';
import { addDays, isPositive, type ResultIndex } from './results.ts';

export const APS_TESTS = ['aps-lupus-anticoagulant', 'aps-anticardiolipin', 'aps-anti-b2gp1'] as const;
export type ApsTest = (typeof APS_TESTS)[number];

/** Units the guidelines write the anticardiolipin threshold in (> 40 GPL or MPL). */
const CRITERION_UNITS = ['GPL', 'MPL'];
/** Medicines that interfere with lupus anticoagulant clotting assays (Favaloro & Pasalic 2022). */
export const ANTICOAGULANTS: readonly string[] = ['oral-anticoagulant', 'heparin', 'aspirin-heparin-for-aps', 'thromboprophylaxis'] satisfies MedicineId[];

export type Unreadable = 'on-anticoagulant' | 'titre-not-judged' | 'inconclusive' | 'same-day-contradiction';

/** How one result reads: at the criterion level, below it (or negative), or not readable at all. */
export type Reading = { kind: 'counts' } | { kind: 'below'; lowTitrePositive: boolean } | { kind: 'unreadable'; reason: Unreadable };

export interface ReadResult {
  result: Result;
  reading: Reading;
}

/** The lupus anticoagulant sample was taken on an anticoagulant: marked so, or a listed medicine had started by then. */
export function takenOnAnticoagulant(r: Result, c: Case): boolean {
  if (r.onAnticoagulant === true) return true;
  return (c.medicines ?? []).some((m) => ANTICOAGULANTS.includes(m.id) && m.since !== undefined && m.since <= r.date);
}

/** A titre counts above 40 GPL/MPL or above the lab's own 99th centile (same unit); the lab's flag never lowers that. */
function readTitre(r: Result, g: Guideline): Reading {
  const flagged = isPositive(r);
  if (r.value === undefined) {
    if (flagged) return { kind: 'unreadable', reason: 'titre-not-judged' };
    return r.interpretation === 'negative' || r.interpretation === 'normal'
      ? { kind: 'below', lowTitrePositive: false }
      : { kind: 'unreadable', reason: 'inconclusive' };
  }
  const limits: number[] = [];
  if (r.p99 !== undefined) limits.push(r.p99);
  if (r.test === 'aps-anticardiolipin' && r.unit !== undefined && CRITERION_UNITS.includes(r.unit)) {
    limits.push(g.thresholds.anticardiolipinTitre.value);
  }
  if (limits.length === 0) return { kind: 'unreadable', reason: 'titre-not-judged' };
  return r.value > Math.min(...limits) ? { kind: 'counts' } : { kind: 'below', lowTitrePositive: flagged };
}

export function readResult(r: Result, c: Case, g: Guideline): Reading {
  if (r.test === 'aps-lupus-anticoagulant' && takenOnAnticoagulant(r, c)) return { kind: 'unreadable', reason: 'on-anticoagulant' };
  if (r.interpretation === 'inconclusive') return { kind: 'unreadable', reason: 'inconclusive' };
  if (r.test !== 'aps-lupus-anticoagulant') return readTitre(r, g);
  if (isPositive(r)) return { kind: 'counts' };
  if (r.interpretation === 'negative' || r.interpretation === 'normal') return { kind: 'below', lowTitrePositive: false };
  return { kind: 'unreadable', reason: 'titre-not-judged' };
}

/** Reads one series (one test, one isotype, oldest first); results that count and fail on the same day cancel out. */
function readSeries(series: readonly Result[], c: Case, g: Guideline): ReadResult[] {
  const read = series.map((result) => ({ result, reading: readResult(result, c, g) }));
  const byDate = new Map<string, ReadResult[]>();
  for (const x of read) {
    const day = byDate.get(x.result.date);
    if (day) day.push(x);
    else byDate.set(x.result.date, [x]);
  }
  for (const day of byDate.values()) {
    if (day.some((x) => x.reading.kind === 'counts') && day.some((x) => x.reading.kind === 'below')) {
      for (const x of day) x.reading = { kind: 'unreadable', reason: 'same-day-contradiction' };
    }
  }
  return read;
}

export interface AntibodyCourse {
  test: ApsTest;
  isotype?: 'IgG' | 'IgM';
  /** confirmed: counts twice at least the repeat interval apart; pending: counts, repeat not yet valid; not-persistent: below on a valid repeat; negative: never counts. */
  state: 'confirmed' | 'pending' | 'not-persistent' | 'negative';
  /** The guideline's laboratory criteria include this antibody (RCOG: anti-β2GP1 only within audit or research). */
  criterion: boolean;
  firstPositive?: string;
  dueFrom?: string;
}

export interface ApsReading {
  courses: AntibodyCourse[];
  /** Every antiphospholipid result with how it was read. */
  read: ReadResult[];
  /** Tests with a readable result for each isotype the guideline names (IgG and IgM for anticardiolipin). */
  done: Set<ApsTest>;
  /** Anticardiolipin isotypes with no result while another result is recorded (the other isotype, or one without an isotype). */
  anticardiolipinMissing: ('IgG' | 'IgM')[];
}

function course(test: ApsTest, isotype: Result['isotype'], series: ReadResult[], days: number, criterion: boolean): AntibodyCourse {
  const base = { test, ...(isotype ? { isotype } : {}), criterion };
  const readable = series.filter((x) => x.reading.kind !== 'unreadable');
  const first = readable.find((x) => x.reading.kind === 'counts');
  if (!first) return { ...base, state: 'negative' };
  const dueFrom = addDays(first.result.date, days);
  const valid = readable.filter((x) => x.result.date >= dueFrom);
  const state = valid.some((x) => x.reading.kind === 'counts') ? 'confirmed' : valid.length > 0 ? 'not-persistent' : 'pending';
  return { ...base, state, firstPositive: first.result.date, dueFrom };
}

/** Follows each antibody (and each isotype separately: "the same antibody") through its readable results. */
export function readAntiphospholipid(c: Case, g: Guideline, x: ResultIndex): ApsReading {
  const days = g.thresholds.apsRepeatDays.value;
  const criteria: readonly string[] = g.apsCriteria?.tests ?? APS_TESTS;
  const out: ApsReading = { courses: [], read: [], done: new Set(), anticardiolipinMissing: [] };
  for (const test of APS_TESTS) {
    const all = x.get(test) ?? [];
    const covered = new Set<Result['isotype']>();
    const recorded = new Set(all.map((r) => r.isotype));
    for (const isotype of recorded) {
      const series = readSeries(
        all.filter((r) => r.isotype === isotype),
        c,
        g,
      );
      for (const s of series) out.read.push(s); // no spread: a series can hold any number of results
      if (series.some((s) => s.reading.kind !== 'unreadable')) covered.add(isotype);
      // A series with nothing readable has no course: it is neither negative nor positive.
      if (covered.has(isotype)) out.courses.push(course(test, isotype, series, days, criteria.includes(test)));
    }
    if (test === 'aps-anticardiolipin') {
      if (covered.has('IgG') && covered.has('IgM')) out.done.add(test);
      // An isotype with no result at all while the other has one (an unreadable result has its own finding).
      const missing = (['IgG', 'IgM'] as const).filter((i) => !recorded.has(i));
      if (missing.length === 1 || (missing.length === 2 && recorded.has(undefined))) out.anticardiolipinMissing = missing;
    } else if (covered.size > 0) out.done.add(test);
  }
  return out;
}

/** A course in words; "positive" means at the criterion level (a low-titre positive is not). */
export function describeCourse(k: AntibodyCourse, name: string, repeatDays: number): string {
  const label = k.isotype ? `${name} ${k.isotype}` : name;
  switch (k.state) {
    case 'confirmed':
      return `${label}: positive on ${k.firstPositive} and again at least ${repeatDays / 7} weeks later`;
    case 'pending':
      return `${label}: positive on ${k.firstPositive}; repeat due from ${k.dueFrom}`;
    case 'not-persistent':
      return `${label}: positive on ${k.firstPositive}, negative on repeat`;
    case 'negative':
      return `${label}: negative`;
  }
}
