// One row per regimen: treatments that one recommendation covers together (ESHRE rec 44: low-dose
// aspirin + heparin, and the combined "aspirin + heparin for APS" item) are shown as one row.
import type { EvaluatedItem, Flag } from '../../engine/evaluation.ts';

/** Items that are themselves a regimen of other items. */
const COMBINED: ReadonlySet<string> = new Set(['aspirin-heparin-for-aps']);

export interface Row<T extends EvaluatedItem | Flag> {
  key: string;
  /** The item whose name and reason stand for the row (the combined item when there is one). */
  lead: T;
  items: T[];
}

/** Groups items cited to the same recommendation; order of first appearance is kept. */
export function regimenRows<T extends EvaluatedItem | Flag>(items: T[]): Row<T>[] {
  const rows = new Map<string, T[]>();
  for (const i of items) {
    const key = `${i.citation.guideline}|${i.citation.reference}`;
    rows.set(key, [...(rows.get(key) ?? []), i]);
  }
  return [...rows.entries()].map(([key, list]) => ({
    key,
    lead: list.find((i) => COMBINED.has(i.id)) ?? list[0]!,
    items: list,
  }));
}

/** The row's name: a combined item names its regimen; otherwise the items' names joined with "+". */
export function rowName<T extends EvaluatedItem | Flag>(row: Row<T>, name: (i: T) => string): string {
  return COMBINED.has(row.lead.id) || row.items.length === 1 ? name(row.lead) : row.items.map(name).join(' + ');
}
