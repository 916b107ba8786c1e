// The claims explainer, parsed with its schema once, on first use (or checked with it when the app
// was built: checked-at-build.ts).
import type { ItemId } from './ids.ts';
import raw from './claims.json' with { type: 'json' };
import { parsedUnlessChecked } from './checked-at-build.ts';
import { type Claim, claimsFileSchema } from './claims-schema.ts';

let parsed: Claim[] | undefined;

export function getClaims(): Claim[] {
  parsed ??= parsedUnlessChecked(claimsFileSchema, raw).claims as Claim[];
  return parsed;
}

/** Claims about an item, e.g. for a flagged NK cell test. */
export function claimsForItem(id: ItemId): Claim[] {
  return getClaims().filter((c) => c.relatedItems.includes(id));
}
