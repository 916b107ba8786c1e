// Which draft orders a call is about, and which catalogue item each one is for: first by the
// project's own code (ITEM_SYSTEM), then by its wording through the shared typo-tolerant matcher.
import { isItemId, type ItemId } from '../../guidelines/ids.ts';
import { matchItem } from '../engine/match-item.ts';
import type { Hook } from './services.ts';
import type { FhirResource, HookRequest } from './request.ts';
import { conceptItemCode, conceptTexts } from './patient-context.ts';

export interface DraftOrder {
  resource: FhirResource & { id?: string };
  /** "ServiceRequest/abc" when the order has an id (needed to suggest deleting it). */
  reference?: string;
  /** What the order says, as the EHR wrote it. */
  text: string;
  item: ItemId;
  /** How it was recognised: `code`, or the catalogue wording its text matched. */
  matchedBy: { code: true } | { wording: string };
}

const ORDER_TYPES = new Set(['ServiceRequest', 'MedicationRequest']);

function orderConcepts(r: Record<string, unknown>): unknown[] {
  if (r.resourceType === 'ServiceRequest') return [r.code];
  const reference = r.medicationReference as { display?: unknown } | undefined;
  return [r.medicationCodeableConcept, typeof reference?.display === 'string' ? { text: reference.display } : undefined];
}

function recognise(r: FhirResource & { id?: string }): Omit<DraftOrder, 'resource' | 'reference'> | undefined {
  const concepts = orderConcepts(r);
  const texts = concepts.flatMap(conceptTexts);
  const code = concepts.map(conceptItemCode).find((c) => c !== undefined && isItemId(c));
  if (code) return { item: code as ItemId, text: texts[0] ?? code, matchedBy: { code: true } };
  const best = texts
    .map((text) => ({ text, match: matchItem(text)[0] }))
    .filter((t) => t.match)
    .sort((a, b) => b.match!.score - a.match!.score)[0];
  return best ? { item: best.match!.id, text: best.text, matchedBy: { wording: best.match!.matchedName } } : undefined;
}

export interface DraftOrders {
  /** order-select: the newly selected orders; order-sign: every draft order. Orders not to do are skipped. */
  toCheck: DraftOrder[];
  /** Every item the draft orders are for, selected or not (so it is not suggested again). */
  ordered: Set<ItemId>;
}

export function readDraftOrders(request: HookRequest, hook: Hook): DraftOrders {
  const selections = hook === 'order-select' ? new Set(request.context.selections ?? []) : undefined;
  const toCheck: DraftOrder[] = [];
  const ordered = new Set<ItemId>();
  for (const entry of request.context.draftOrders.entry ?? []) {
    const resource = entry.resource as (FhirResource & { id?: string; doNotPerform?: unknown }) | undefined;
    if (!resource || !ORDER_TYPES.has(resource.resourceType) || resource.doNotPerform === true) continue;
    const found = recognise(resource);
    if (!found) continue;
    ordered.add(found.item);
    const reference = typeof resource.id === 'string' ? `${resource.resourceType}/${resource.id}` : undefined;
    // With no selections listed, an order-select call is read as being about all its draft orders.
    if (selections?.size && (!reference || !selections.has(reference))) continue;
    toCheck.push({ resource, ...(reference ? { reference } : {}), ...found });
  }
  return { toCheck, ordered };
}
