// Reading the results a user entered: which are positive, which antiphospholipid antibody is
// confirmed at the repeat interval, and when a repeat falls due. Thresholds come from the guideline.
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case, Result } from './case-schema.ts';
import type { InvestigationId } from '../../guidelines/ids.ts';

export const APS_TESTS = ['aps-lupus-anticoagulant', 'aps-anticardiolipin', 'aps-anti-b2gp1'] as const;
const TITRE_UNITS = ['GPL', 'MPL'];

export function resultsFor(c: Case, test: InvestigationId): Result[] {
  return (c.results ?? []).filter((r) => r.test === test).sort((a, b) => a.date.localeCompare(b.date));
}

export function latest(c: Case, test: InvestigationId): Result | undefined {
  return resultsFor(c, test).at(-1);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An antiphospholipid result is positive when the lab says so or an aCL titre exceeds the guideline's level. */
function isAntiphospholipidPositive(r: Result, g: Guideline): boolean {
  if (r.interpretation) return r.interpretation === 'positive' || r.interpretation === 'abnormal';
  return (
    r.test === 'aps-anticardiolipin' && r.value !== undefined && r.unit !== undefined &&
    TITRE_UNITS.includes(r.unit) && r.value > g.thresholds.anticardiolipinTitre.value
  );
}

export interface AntibodyCourse {
  test: (typeof APS_TESTS)[number];
  isotype?: 'IgG' | 'IgM';
  /** confirmed: positive twice at least the repeat interval apart; pending: positive, repeat not yet valid; not-persistent: negative on a valid repeat; negative: never positive. */
  state: 'confirmed' | 'pending' | 'not-persistent' | 'negative';
  firstPositive?: string;
  dueFrom?: string;
}

/** Follows each antibody (and each isotype separately: "the same antibody") through its results. */
export function antibodyCourses(c: Case, g: Guideline): AntibodyCourse[] {
  const days = g.thresholds.apsRepeatDays.value;
  const courses: AntibodyCourse[] = [];
  for (const test of APS_TESTS) {
    const all = resultsFor(c, test);
    const isotypes = [...new Set(all.map((r) => r.isotype))];
    for (const isotype of isotypes) {
      const series = all.filter((r) => r.isotype === isotype);
      const base = { test, ...(isotype ? { isotype } : {}) };
      const first = series.find((r) => isAntiphospholipidPositive(r, g));
      if (!first) {
        courses.push({ ...base, state: 'negative' });
        continue;
      }
      const dueFrom = addDays(first.date, days);
      // An inconclusive repeat settles nothing: the repeat is still due.
      const valid = series.filter((r) => r.date >= dueFrom && r.interpretation !== 'inconclusive');
      const state = valid.some((r) => isAntiphospholipidPositive(r, g))
        ? 'confirmed'
        : valid.length > 0 ? 'not-persistent' : 'pending';
      courses.push({ ...base, state, firstPositive: first.date, dueFrom });
    }
  }
  return courses;
}

export function describeCourse(course: AntibodyCourse, name: string, repeatDays: number): string {
  const label = course.isotype ? `${name} ${course.isotype}` : name;
  switch (course.state) {
    case 'confirmed': return `${label}: positive on ${course.firstPositive} and again at least ${repeatDays / 7} weeks later`;
    case 'pending': return `${label}: positive on ${course.firstPositive}; repeat due from ${course.dueFrom}`;
    case 'not-persistent': return `${label}: positive on ${course.firstPositive}, negative on repeat`;
    case 'negative': return `${label}: negative`;
  }
}

function positive(r: Result | undefined): boolean {
  return r?.interpretation === 'positive' || r?.interpretation === 'abnormal';
}

export interface ThyroidReading {
  tshTested: boolean;
  tshAboveUpper: boolean;
  tshAboveMild: boolean;
  tpoPositive: boolean;
  freeT4Abnormal: boolean;
  freeT4Normal: boolean;
}

/** TSH is compared with the guideline's limits when a value is given, otherwise the lab's interpretation is used. */
export function readThyroid(c: Case, g: Guideline): ThyroidReading {
  const tsh = latest(c, 'tsh');
  const above = (limit: number | undefined) =>
    tsh !== undefined && limit !== undefined &&
    (tsh.value !== undefined ? tsh.value > limit : tsh.interpretation === 'abnormal');
  const ft4 = latest(c, 'free-t4');
  return {
    tshTested: tsh !== undefined,
    tshAboveUpper: above(g.thresholds.tshUpper.value),
    tshAboveMild: above(g.thresholds.tshMild?.value),
    tpoPositive: positive(latest(c, 'tpo-antibodies')),
    freeT4Abnormal: positive(ft4),
    freeT4Normal: ft4?.interpretation === 'normal',
  };
}

export { positive as isPositive };
