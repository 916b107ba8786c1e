// The patient's age a case accepts (CONTRACT.md §1: years, 14..60): held apart from the case schema
// so screens that only show an age (the start screen's case list) need not load zod. Plain
// constants, not an object: the bundler can then drop wording that uses them from chunks that do
// not show it (a property read might run a getter, so it keeps such wording wherever it is imported).
export const MIN_AGE_YEARS = 14;
export const MAX_AGE_YEARS = 60;

/** A whole number of years the case schema accepts as the patient's age. */
export function isPatientAge(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= MIN_AGE_YEARS && n <= MAX_AGE_YEARS;
}
