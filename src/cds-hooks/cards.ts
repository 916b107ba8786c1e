// The answer to a hook call: one warning card per draft order for an item the guideline does not
// recommend for this patient — why, harms, citation, what could not be known, a suggestion to remove
// the order and, where the rule says what to do instead, the proven-value investigations to order.
import { getGuideline } from '../../guidelines/index.ts';
import type { GuidelineId, ItemId } from '../../guidelines/ids.ts';
import { formatCitation, guidelineName } from '../../guidelines/wording.ts';
import { evaluateCase } from '../engine/evaluate.ts';
import type { EvaluatedItem, Evaluation } from '../engine/evaluation.ts';
import { ITEM_SYSTEM, itemName } from '../fhir/systems.ts';
import type { DraftOrder, DraftOrders } from './orders.ts';
import type { PatientContext } from './patient-context.ts';

export interface Action {
  type: 'create' | 'update' | 'delete';
  description: string;
  resource?: unknown;
  resourceId?: string[];
}
export interface Suggestion {
  label: string;
  uuid: string;
  isRecommended?: boolean;
  actions: Action[];
}
export interface Card {
  uuid: string;
  summary: string;
  detail: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url: string };
  suggestions?: Suggestion[];
  selectionBehavior?: 'at-most-one' | 'any';
  links: { label: string; url: string; type: 'absolute' }[];
}

/** Text from the EHR shown inside markdown: its markup characters are escaped, never interpreted. */
const md = (s: string) => s.replace(/[\\`*_{}[\]()<>#+!|~-]/g, (c) => `\\${c}`);

export function summaryLine(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139).trimEnd()}…`;
}

/** Conditions under which the guideline does support the item, when its verdict depends on the patient. */
function supportedWhen(guideline: GuidelineId, item: ItemId): string[] {
  return getGuideline(guideline)
    .rules.filter((r) => r.item === item && r.applies !== false && (r.verdict === 'recommended' || r.verdict === 'conditional'))
    .map((r) => r.condition);
}

function insteadOrders(e: Evaluation, alreadyOrdered: Set<ItemId>, patientId: string, newId: () => string): Suggestion | undefined {
  const outstanding = e.coreDomains.flatMap((d) => d.outstanding).filter((id) => !alreadyOrdered.has(id));
  if (outstanding.length === 0) return undefined;
  return {
    label: `Order the investigations with proven value first (${outstanding.length})`,
    uuid: newId(),
    actions: outstanding.map((id) => ({
      type: 'create',
      description: `Order ${itemName(id)}`,
      resource: {
        resourceType: 'ServiceRequest',
        status: 'draft',
        intent: 'order',
        code: { coding: [{ system: ITEM_SYSTEM, code: id, display: itemName(id) }], text: itemName(id) },
        subject: { reference: `Patient/${patientId}` },
      },
    })),
  };
}

function detailOf(order: DraftOrder, item: EvaluatedItem, ctx: PatientContext, guideline: GuidelineId, withOrders: boolean): string {
  const name = guidelineName(guideline);
  const matched = 'code' in order.matchedBy ? 'by its code' : `by its wording ("${md(order.matchedBy.wording)}")`;
  const lines = [`**Why:** ${item.why}`];
  if (item.harms) lines.push(`**Harms:** ${item.harms}`);
  if (item.instead)
    lines.push(`**Instead:** ${item.instead}${withOrders ? ' The investigations still outstanding for this patient are offered as orders below.' : ''}`);
  const when = supportedWhen(guideline, item.id);
  if (when.length) lines.push(`**${name} does support it when:** ${when.join('; ')}. Check these before removing the order.`);
  if (ctx.unknowns.length) lines.push(`**Not known to this service:** ${ctx.unknowns.join(' ')}`);
  if (withOrders && !ctx.resultsSent) lines.push('Some of the investigations offered below may already be done: no results were sent.');
  lines.push(`The order "${md(order.text)}" was read as *${item.name}* ${matched}.`);
  lines.push(`**Source:** ${formatCitation(item.citation)}. ${item.citation.document}. <${item.citation.url}>`);
  lines.push('Decision support, not a diagnosis: the ordering clinician decides.');
  return lines.join('\n\n');
}

export function cardsFor({ toCheck, ordered }: DraftOrders, ctx: PatientContext, guideline: GuidelineId, patientId: string, newId: () => string): Card[] {
  if (toCheck.length === 0) return [];
  const evaluation = evaluateCase(ctx.case, guideline);
  const cards: Card[] = [];
  for (const order of toCheck) {
    // Items the guideline addresses are in the evaluation; others (not addressed) never warn.
    const item = evaluation.items.find((i) => i.id === order.item);
    if (item?.verdict !== 'not-recommended') continue;
    const suggestions: Suggestion[] = [];
    if (order.reference) {
      suggestions.push({
        label: `Remove the order for ${item.name}`,
        uuid: newId(),
        isRecommended: true,
        actions: [{ type: 'delete', description: `Remove the draft order for ${item.name}`, resourceId: [order.reference] }],
      });
    }
    const instead = item.instead && item.kind === 'investigation' ? insteadOrders(evaluation, ordered, patientId, newId) : undefined;
    if (instead) suggestions.push(instead);
    cards.push({
      uuid: newId(),
      summary: summaryLine(`${item.name}: not recommended by ${guidelineName(guideline)}, ${item.citation.reference}`),
      detail: detailOf(order, item, ctx, guideline, Boolean(instead)),
      indicator: 'warning',
      source: { label: `RPL Workup · ${guidelineName(guideline)}`, url: evaluation.guideline.url },
      ...(suggestions.length ? { suggestions, selectionBehavior: 'any' as const } : {}),
      links: [{ label: `${guidelineName(guideline)}: ${item.citation.reference}`, url: item.citation.url, type: 'absolute' }],
    });
  }
  return cards;
}
