// Finds the test or treatment someone typed ("NK cell test", "steroids", "clexane", "prednisalone")
// in the catalogue, with the same matcher the CDS Hooks service reads orders with.
import catalogue from '../../../guidelines/catalogue.json' with { type: 'json' };
import type { ItemId } from '../../../guidelines/ids.ts';
import { matchItem } from '../../engine/match-item.ts';

interface Entry { name: string; plainName: string; synonyms?: string[] }
const entries = catalogue.items as unknown as Record<ItemId, Entry>;

export interface Match { id: ItemId; score: number }

/** Best matches first (the engine's typo-tolerant matcher); an empty query matches nothing. */
export function matchItems(query: string, limit = 6): Match[] {
  return matchItem(query).slice(0, limit).map(({ id, score }) => ({ id, score }));
}

export function catalogueEntry(id: ItemId): Entry & { plainWhat?: string; units?: string[]; isotypes?: string[]; plausibleRange?: number[] } {
  return entries[id];
}
