// guidelines/catalogue.json (names, plain words and units of every contract id), parsed with its
// schema once (or checked with it when the app was built: checked-at-build.ts): every ItemId has exactly one entry, so callers index it without casts.
import { z } from './zod.ts';
import raw from './catalogue.json' with { type: 'json' };
import { ALL_ITEM_IDS, DOMAINS, type ItemId } from './ids.ts';
import { parsedUnlessChecked } from './checked-at-build.ts';

const text = z.string().trim().min(1);

export const catalogueEntrySchema = z.strictObject({
  domain: z.enum(DOMAINS),
  kind: z.enum(['investigation', 'treatment']),
  name: text,
  plainName: text,
  /** What it is, in plain words. */
  plainWhat: text,
  /** Other names people use for it (for matching what a user types). */
  synonyms: z.array(text),
  /** Units a value may be written in; a value without one of them is refused. */
  units: z.array(text).min(1).optional(),
  /** Values outside [low, high] are refused as implausible. */
  plausibleRange: z.tuple([z.number(), z.number()]).optional(),
  /** Antibody isotypes the result may name. */
  isotypes: z.array(z.enum(['IgG', 'IgM'])).optional(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueSchema = z.strictObject({
  $comment: z.string().optional(),
  // A record keyed by an enum must have every key: a new id without an entry fails here.
  items: z.record(z.enum(ALL_ITEM_IDS), catalogueEntrySchema),
});

export const CATALOGUE: Readonly<Record<ItemId, CatalogueEntry>> = parsedUnlessChecked(catalogueSchema, raw).items;

export function catalogueEntry(id: ItemId): CatalogueEntry {
  return CATALOGUE[id];
}
