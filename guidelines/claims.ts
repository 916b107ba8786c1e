// The claims explainer, parsed with its schema once, on first use.
import type { ItemId } from './ids.ts';
import raw from './claims.json' with { type: 'json' };
import { type Claim, claimsFileSchema } from './claims-schema.ts';

let parsed: Claim[] | undefined;

export function getClaims(): Claim[] {
  parsed ??= claimsFileSchema.parse(raw).claims as Claim[];
  return parsed;
}

/** Claims about an item, e.g. for a flagged NK cell test. */
export function claimsForItem(id: ItemId): Claim[] {
  return getClaims().filter((c) => c.relatedItems.includes(id));
}
