// Finds the test or treatment someone typed ("NK cell test", "steroids", "clexane") in the
// catalogue: ids, names, plain names and synonyms, case-insensitive.
import catalogue from '../../../guidelines/catalogue.json' with { type: 'json' };
import { ALL_ITEM_IDS, type ItemId } from '../../../guidelines/ids.ts';

interface Entry { name: string; plainName: string; synonyms?: string[] }
const entries = catalogue.items as unknown as Record<ItemId, Entry>;

export function normalise(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9α-ωβ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const terms: { id: ItemId; terms: string[] }[] = ALL_ITEM_IDS.map((id) => {
  const e = entries[id];
  return { id, terms: [id, e.name, e.plainName, ...(e.synonyms ?? [])].map(normalise).filter(Boolean) };
});

function score(q: string, term: string): number {
  if (term === q) return 100;
  if (term.startsWith(`${q} `) || term.startsWith(q)) return 70 - Math.min(20, term.length - q.length);
  const words = q.split(' ');
  const termWords = term.split(' ');
  if (words.every((w) => termWords.some((t) => t.startsWith(w)))) return 50;
  if (` ${q} `.includes(` ${term} `)) return 40 + Math.min(10, term.length);
  return 0;
}

export interface Match { id: ItemId; score: number }

/** Best matches first; an empty query matches nothing. */
export function matchItems(query: string, limit = 6): Match[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  return terms
    .map(({ id, terms: t }) => ({ id, score: Math.max(...t.map((term) => score(q, term))) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || ALL_ITEM_IDS.indexOf(a.id) - ALL_ITEM_IDS.indexOf(b.id))
    .slice(0, limit);
}

export function catalogueEntry(id: ItemId): Entry & { plainWhat?: string; units?: string[]; isotypes?: string[]; plausibleRange?: number[] } {
  return entries[id];
}
