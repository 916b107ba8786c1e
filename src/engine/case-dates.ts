// Dates in a case file that cannot be right: before 1900 (a year typed as 0 or 1800), or a date of
// birth that does not fit the age. Checked even when other fields are wrong, so every problem is named.
import { z } from '../../guidelines/zod.ts';

/**
 * The earliest date accepted anywhere in a case. Patients are 14–60 years old (CONTRACT.md §1), so no
 * birth, pregnancy, result or medicine of theirs is older than this; an earlier year is a typing slip.
 */
export const EARLIEST_DATE = '1900-01-01';

export const plausibleDate = z.iso
  .date({ error: 'must be a calendar date written YYYY-MM-DD' })
  .refine((d) => d >= EARLIEST_DATE, `is before ${EARLIEST_DATE.slice(0, 4)}: check the year`);

/** Whole years from one ISO date to another. */
export function yearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && v >= EARLIEST_DATE;

/** The latest date the file records (results, pregnancy ends, medicine starts): the case is at least that recent. */
function latestRecorded(c: Record<string, unknown>, today: string): string | undefined {
  let latest: string | undefined;
  // A date after today is refused on its own field; it says nothing about her age.
  const see = (v: unknown) => {
    if (isDate(v) && v <= today && (latest === undefined || v > latest)) latest = v;
  };
  for (const list of [c.results, c.pregnancies, c.medicines]) {
    if (!Array.isArray(list)) continue;
    for (const x of list) {
      const o = record(x);
      see(o.date);
      see(o.endDate);
      see(o.since);
    }
  }
  return latest;
}

/**
 * The age must be one she has had: not more than her age today, and not less than her age on the
 * latest date the file records (a case saved years ago keeps the age it was written with). A file
 * that records no date is taken as written within the last year.
 */
export function refineBirthDate(today: string) {
  return (value: unknown, ctx: z.RefinementCtx): void => {
    const c = record(value);
    const p = record(c.patient);
    const dob = p.dateOfBirth;
    const age = p.age;
    if (!isDate(dob) || typeof age !== 'number' || dob > today) return;
    const now = yearsBetween(dob, today);
    const recorded = latestRecorded(c, today);
    const then = recorded !== undefined && recorded >= dob ? yearsBetween(dob, recorded) : undefined;
    if (age > now || age < (then ?? now - 1)) {
      const since = then !== undefined && then !== now ? ` (${then} on ${recorded}, the latest date in the file)` : '';
      ctx.addIssue({ code: 'custom', path: ['patient', 'age'], message: `${age} does not fit the date of birth ${dob}: she is ${now} today${since}` });
    }
    for (const list of ['results', 'pregnancies', 'medicines'] as const) {
      const items = c[list];
      if (!Array.isArray(items)) continue;
      items.forEach((x, i) => {
        const o = record(x);
        for (const key of ['date', 'endDate', 'since']) {
          const d = o[key];
          if (isDate(d) && d < dob) ctx.addIssue({ code: 'custom', path: [list, i, key], message: `${d} is before the date of birth ${dob}` });
        }
      });
    }
  };
}
