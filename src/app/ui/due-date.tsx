// A due date in people's words: "repeat due from 12 Aug 2026", or "overdue since 12 Aug 2026" once
// it has passed. The ISO date stays machine-readable in <time dateTime>.
import { todayIso } from '../../engine/case-schema.ts';
import { formatDate } from './format.ts';
import { WORDS } from '../copy.ts';

export function isOverdue(iso: string, today = todayIso()): boolean {
  return iso < today;
}

export function dueText(iso: string, plain: boolean, today = todayIso()): string {
  if (isOverdue(iso, today)) return 'overdue since';
  return WORDS.repeatDueFrom[plain ? 'patient' : 'clinician'];
}

export function DueDate({ iso, plain, capital = false }: { iso: string; plain: boolean; capital?: boolean }) {
  const words = dueText(iso, plain);
  const overdue = isOverdue(iso);
  return (
    <span className={overdue ? 'due-date overdue' : 'due-date'}>
      {overdue ? <span aria-hidden="true">⚠ </span> : null}
      {capital ? words.charAt(0).toUpperCase() + words.slice(1) : words} <time dateTime={iso}>{formatDate(iso)}</time>
    </span>
  );
}
