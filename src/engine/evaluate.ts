// The pure engine: a case and a guideline in, the answer of CONTRACT.md §4 out. No I/O, no clock.
import { CATALOGUE, type CatalogueEntry } from '../../guidelines/catalogue.ts';
import { getGuideline } from '../../guidelines/index.ts';
import type { Deferral, Guideline, Rule } from '../../guidelines/schema.ts';
import type { Case } from './case-schema.ts';
import { holds } from './conditions.ts';
import { checkDefinition } from './definition.ts';
import type { CoreDomainState, EvaluatedItem, Evaluation, Flag, Prognosis } from './evaluation.ts';
import { summarise } from './evaluation.ts';
import { findingsFor } from './findings.ts';
import { computeFacts } from './facts.ts';
import type { Facts } from '../../guidelines/facts-catalogue.ts';
import { ALL_ITEM_IDS, CORE_DOMAINS, type GuidelineId, type ItemId, type Status } from '../../guidelines/ids.ts';
import { TAKEN_NOW } from '../../guidelines/wording.ts';
import { type ApsReading, type ApsTest, readAntiphospholipid } from './antiphospholipid.ts';
import { resultNotes } from './result-notes.ts';
import { indexResults, type ResultIndex } from './results.ts';

/** One item as every evaluation under a guideline reads it: its catalogue entry and its rules in file order. */
interface ItemRules {
  id: ItemId;
  info: CatalogueEntry;
  rules: Rule[];
}

// Built once per parsed guideline, in ALL_ITEM_IDS order (the order of the answer's items).
const itemRules = new WeakMap<Guideline, ItemRules[]>();
function itemRulesOf(g: Guideline): ItemRules[] {
  let list = itemRules.get(g);
  if (!list) {
    const byItem = new Map<string, Rule[]>();
    for (const r of g.rules) {
      const rules = byItem.get(r.item);
      if (rules) rules.push(r);
      else byItem.set(r.item, [r]);
    }
    list = ALL_ITEM_IDS.map((id) => ({ id, info: CATALOGUE[id], rules: byItem.get(id) ?? [] }));
    itemRules.set(g, list);
  }
  return list;
}

/** The first rule for the item whose condition holds; every guideline file ends each item with a catch-all. */
function matchRule(g: Guideline, item: ItemRules, facts: Facts): Rule {
  const rule = item.rules.find((r) => holds(r.when, facts));
  if (!rule) throw new Error(`${g.id} has no rule for ${item.id} that matches this case`);
  return rule;
}

/** What every item's status reads from the case, indexed once per evaluation. */
interface CaseIndex {
  pendingRepeat: Map<ItemId, string>;
  resultsByTest: ResultIndex;
  /** Antiphospholipid tests with a readable result (for anticardiolipin: IgG and IgM); the others are not done. */
  apsDone: ApsReading['done'];
  declined: Map<string, string>;
  /** A pregnancy-tissue result may be recorded on the pregnancy itself (pregnancies[].tissueGenetics) rather than in results. */
  tissueRecorded: boolean;
  /** Medicines she takes now. */
  takenNow: Set<string>;
  /** The guideline's deferrals that hold for this case, by item. */
  deferred: Map<ItemId, Deferral>;
}

function indexCase(c: Case, g: Guideline, facts: Facts, pendingRepeat: Map<ItemId, string>, resultsByTest: ResultIndex, aps: ApsReading): CaseIndex {
  return {
    pendingRepeat,
    resultsByTest,
    apsDone: aps.done,
    declined: new Map((c.declined ?? []).map((d) => [d.id, d.reason])),
    tissueRecorded: c.pregnancies.some((p) => p.tissueGenetics !== undefined && p.tissueGenetics !== 'not-done'),
    takenNow: facts.medicines as Set<string>,
    deferred: new Map((g.deferrals ?? []).filter((d) => holds(d.when, facts)).flatMap((d) => d.items.map((id): [ItemId, Deferral] => [id, d]))),
  };
}

/** The guideline calls for it here (recommended or conditional, and its condition applies to her). */
function supports(rule: Rule): boolean {
  return rule.applies && (rule.verdict === 'recommended' || rule.verdict === 'conditional');
}

function statusOf(item: ItemId, rule: Rule, x: CaseIndex): Pick<EvaluatedItem, 'status' | 'dueFrom' | 'doneVia' | 'declinedReason'> {
  const declinedReason = x.declined.get(item);
  if (declinedReason !== undefined) return { status: 'declined', declinedReason };
  const due = x.pendingRepeat.get(item);
  if (due) return { status: 'repeat-due', dueFrom: due };
  const has = (id: ItemId) =>
    id.startsWith('aps-') ? x.apsDone.has(id as ApsTest) : x.resultsByTest.has(id) || (id === 'pregnancy-tissue-genetics' && x.tissueRecorded);
  if (has(item)) return { status: 'done' };
  const via = rule.satisfiedBy?.find(has);
  if (via) return { status: 'done', doneVia: via };
  // A medicine she already takes, and the guideline supports for her: in place, nothing to do.
  if (x.takenNow.has(item) && supports(rule)) return { status: 'done' };
  if (!supports(rule)) return { status: 'not-applicable' };
  const status: Status = x.deferred.has(item) ? 'deferred' : 'to-do';
  return { status };
}

function evaluateItem(g: Guideline, entry: ItemRules, facts: Facts, x: CaseIndex): EvaluatedItem {
  const rule = matchRule(g, entry, facts);
  const { id, info } = entry;
  // Built field by field (no object spreads): this runs for every item of every evaluation.
  const item: EvaluatedItem = {
    id,
    name: info.name,
    plainName: info.plainName,
    domain: info.domain,
    kind: info.kind,
    verdict: rule.verdict,
    status: 'to-do',
    ruleId: rule.id,
    condition: rule.condition,
    why: rule.why,
    plainWhy: rule.plainWhy,
    citation: rule.citation,
    results: x.resultsByTest.get(id) ?? [],
  };
  if (rule.harms) item.harms = rule.harms;
  if (rule.instead) item.instead = rule.instead;
  if (rule.partOf) item.partOf = rule.partOf;
  // Field by field too: Object.assign onto this object was the engine's most expensive line.
  const { status, dueFrom, doneVia, declinedReason } = statusOf(id, rule, x);
  item.status = status;
  if (declinedReason !== undefined) item.declinedReason = declinedReason;
  if (dueFrom !== undefined) item.dueFrom = dueFrom;
  if (doneVia !== undefined) item.doneVia = doneVia;
  if (x.takenNow.has(id)) {
    item.takenNow = true;
    const words = supports(rule) ? TAKEN_NOW.continue : TAKEN_NOW.review;
    item.why = `${words.text} ${item.why}`;
    item.plainWhy = `${words.plain} ${item.plainWhy}`;
  }
  const deferral = item.status === 'deferred' ? x.deferred.get(id) : undefined;
  if (deferral) {
    item.why = `${deferral.why} ${item.why}`;
    item.plainWhy = `${deferral.plainWhy} ${item.plainWhy}`;
    item.deferral = { why: deferral.why, plainWhy: deferral.plainWhy, citation: deferral.citation };
  }
  return item;
}

/** Recommended items that apply to this case and are not yet settled. */
function isOutstanding(item: EvaluatedItem): boolean {
  return item.verdict === 'recommended' && (item.status === 'to-do' || item.status === 'repeat-due');
}

/** Everything the rules read from a case under one guideline. */
function prepare(c: Case, guidelineId: GuidelineId) {
  const g = getGuideline(guidelineId);
  const definition = checkDefinition(c, g);
  const results = indexResults(c);
  const aps = readAntiphospholipid(c, g, results);
  const facts = computeFacts(c, g, definition, results, aps);
  const pendingRepeat = new Map<ItemId, string>();
  for (const k of aps.courses) {
    if (k.state === 'pending' && !pendingRepeat.has(k.test)) pendingRepeat.set(k.test, k.dueFrom!);
  }
  return { g, definition, aps, facts, index: indexCase(c, g, facts, pendingRepeat, results, aps) };
}

/** The first prognosis statement that holds, in the guideline's words; none where the guideline gives none. */
function prognosisFor(g: Guideline, facts: Facts): Prognosis | undefined {
  const p = g.prognosis?.find((s) => holds(s.when, facts));
  return p ? { text: p.text, plainText: p.plainText, citation: p.citation } : undefined;
}

/** One item's answer for this case, including items the guideline does not address. */
export function explainItem(c: Case, guidelineId: GuidelineId, id: ItemId): EvaluatedItem {
  const { g, facts, index } = prepare(c, guidelineId);
  const entry = itemRulesOf(g).find((i) => i.id === id) ?? { id, info: CATALOGUE[id], rules: [] };
  return evaluateItem(g, entry, facts, index);
}

export function evaluateCase(c: Case, guidelineId: GuidelineId = c.guideline ?? 'eshre-2022'): Evaluation {
  const { g, definition, aps, facts, index } = prepare(c, guidelineId);

  const all = itemRulesOf(g).map((entry) => evaluateItem(g, entry, facts, index));
  const items = all.filter((i) => i.verdict !== 'not-addressed' || i.status === 'done' || i.takenNow);
  const flags = flagsFor(c, all);
  const nameOf = (id: string) => CATALOGUE[id as ItemId]?.name ?? id;
  const findings = findingsFor(g, facts, aps.courses, resultNotes(c, g, index.resultsByTest, aps, nameOf), nameOf);
  const prognosis = prognosisFor(g, facts);

  const coreDomains: CoreDomainState[] = CORE_DOMAINS.map((domain) => {
    const outstanding = items.filter((i) => i.domain === domain && isOutstanding(i)).map((i) => i.id);
    // A step the guideline says nothing about (in the text read) is not settled by having nothing to do.
    const addressed = all.some((i) => i.domain === domain && i.verdict !== 'not-addressed');
    return { domain, resolved: addressed && outstanding.length === 0, outstanding, ...(addressed ? {} : { notAddressed: true as const }) };
  });

  return {
    guideline: summarise(g),
    definition,
    items,
    flags,
    findings,
    ...(prognosis ? { prognosis } : {}),
    // No immune step for a case outside the guideline's definition: there is no workup to complete first.
    immuneGate: facts.definitionMet && coreDomains.every((d) => d.resolved) ? 'open' : 'closed',
    coreDomains,
    referral: {
      meetsCriteria: holds(g.referral.when, facts),
      rule: g.referral.rule,
      citation: g.referral.citation,
      missingBeforeReferral: items.filter((i) => i.kind === 'investigation' && isOutstanding(i)).map((i) => i.id),
      redFlags: g.redFlags.filter((r) => holds(r.when, facts)).map(({ id, why, plainWhy, citation }) => ({ id, why, plainWhy, citation })),
    },
  };
}

/**
 * Asked about: flagged unless the guideline recommends it. A result entered or a medicine taken now:
 * flagged only if not recommended (a result or a medicine the guideline is silent on is not a warning
 * sign: a medicine she takes is listed with "review it with whoever prescribed it" instead). A medicine
 * she takes that the guideline supports for her is never flagged.
 */
function flagsFor(c: Case, all: EvaluatedItem[]): Flag[] {
  const asked = new Map<ItemId, Flag['source']>();
  for (const id of c.requested ?? []) asked.set(id, 'requested');
  for (const r of c.results ?? []) if (!asked.has(r.test)) asked.set(r.test, 'result-entered');
  for (const m of c.medicines ?? []) if (!asked.has(m.id)) asked.set(m.id, 'taken-now');
  const flagged = (i: EvaluatedItem) => i.verdict === 'not-recommended' || (i.verdict === 'not-addressed' && asked.get(i.id) === 'requested' && !i.takenNow);
  return all
    .filter((i) => asked.has(i.id) && flagged(i))
    .map((i) => ({
      id: i.id,
      name: i.name,
      plainName: i.plainName,
      verdict: i.verdict,
      source: asked.get(i.id)!,
      ...(i.takenNow ? { takenNow: true as const } : {}),
      why: i.why,
      plainWhy: i.plainWhy,
      ...(i.harms ? { harms: i.harms } : {}),
      ...(i.instead ? { instead: i.instead } : {}),
      citation: i.citation,
    }));
}
