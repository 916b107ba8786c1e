// The patient's age a case accepts (CONTRACT.md §1: years, 14..60): held apart from the case schema
// so screens that only show an age (the start screen's case list) need not load zod.
export const AGE_YEARS = { min: 14, max: 60 } as const;

/** A whole number of years the case schema accepts as the patient's age. */
export function isPatientAge(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= AGE_YEARS.min && n <= AGE_YEARS.max;
}
