// Small presentation helpers shared by the screens.
import type { EvaluatedItem, Flag } from '../../engine/evaluation.ts';
import type { Role } from '../../../guidelines/ids.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-08-24" → "24 Aug 2026" (no locale surprises: the ISO date is always given too, in <time dateTime>). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** Free text from the engine with every ISO date written as people write it ("on 2026-02-03" → "on 3 Feb 2026"). */
export function peopleDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, formatDate);
}

/** The first sentence: a one-line reason for the compact views; the whole text is one click away. */
export function firstSentence(text: string): string {
  // A sentence ends at . ! or ? followed by a capital or the end (so "e.g. a…" does not end it).
  const m = /^(.+?[.!?])(?=\s+[A-Z(]|\s*$)/.exec(text);
  return m ? m[1]! : text;
}

export function itemName(i: Pick<EvaluatedItem | Flag, 'name' | 'plainName'>, role: Role): string {
  return role === 'patient' ? i.plainName : i.name;
}

export function oneLineWhy(i: Pick<EvaluatedItem | Flag, 'why' | 'plainWhy'>, role: Role): string {
  return peopleDates(role === 'patient' ? i.plainWhy : firstSentence(i.why));
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
