// The catalogue entry of a test or treatment (names, units, isotypes, plausible range) for the
// screens. Finding what someone typed is the engine's shared matcher (src/engine/match-item.ts).
import catalogue from '../../../guidelines/catalogue.json' with { type: 'json' };
import type { ItemId } from '../../../guidelines/ids.ts';

interface Entry {
  name: string;
  plainName: string;
  synonyms?: string[];
}
const entries: Record<ItemId, Entry> = catalogue.items;

export function catalogueEntry(id: ItemId): Entry & { plainWhat?: string; units?: string[]; isotypes?: string[]; plausibleRange?: number[] } {
  return entries[id];
}
