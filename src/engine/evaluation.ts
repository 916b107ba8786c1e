// The engine's answer, CONTRACT.md §4. Fields beyond the contract are additions, never renames.
import type { Citation, Guideline } from '../../guidelines/schema.ts';
import type { Result } from './case-schema.ts';
import type { DefinitionAnswer } from './definition.ts';
import type { CoreDomain, Domain, GuidelineId, ItemId, Severity, Status, Verdict } from '../../guidelines/ids.ts';

export interface EvaluatedItem {
  id: ItemId;
  name: string;
  plainName: string;
  domain: Domain;
  kind: 'investigation' | 'treatment';
  verdict: Verdict;
  status: Status;
  /** The rule that gave this verdict, e.g. `parental-karyotype.raised-risk`. */
  ruleId: string;
  condition: string;
  why: string;
  plainWhy: string;
  harms?: string;
  instead?: string;
  citation: Citation;
  /** Repeat-due items: the first date a valid repeat can be taken. */
  dueFrom?: string;
  /** Results recorded for this item, oldest first. */
  results: Result[];
  /** Done through another investigation that fulfils this one. */
  doneVia?: ItemId;
  /** The verdict is for this item as part of that combination (the rule's `partOf`). */
  partOf?: ItemId;
  declinedReason?: string;
  /** She takes this medicine now (case.medicines). Supported for her condition: never flagged, its why says continue. */
  takenNow?: true;
  /** Status `deferred`: why not now, and when (also at the start of `why`). */
  deferral?: { why: string; plainWhy: string; citation: Citation };
}

export interface Flag {
  id: ItemId;
  name: string;
  plainName: string;
  verdict: Verdict;
  /** requested: asked about or offered; result-entered: a result was recorded for it anyway; taken-now: listed in case.medicines. */
  source: 'requested' | 'result-entered' | 'taken-now';
  /** She takes this medicine now (whatever the source): the flag says so. */
  takenNow?: true;
  why: string;
  plainWhy: string;
  harms?: string;
  instead?: string;
  citation: Citation;
}

export interface Finding {
  id: string;
  /** urgent: act today; action: changes management; info: for information. Findings are sorted in this order. */
  severity: Severity;
  /** The workup step it belongs to, e.g. APS findings → antiphospholipid. */
  domain?: Domain;
  why: string;
  plainWhy: string;
  detail: string[];
  citation: Citation;
}

export interface Prognosis {
  text: string;
  plainText: string;
  citation: Citation;
}

export interface RedFlag {
  id: string;
  why: string;
  plainWhy: string;
  citation: Citation;
}

export interface CoreDomainState {
  domain: CoreDomain;
  resolved: boolean;
  /** Recommended items still to do or awaiting a repeat. */
  outstanding: ItemId[];
  /** No item of this step is addressed by the guideline (or by the part of it that was read): never resolved. */
  notAddressed?: true;
}

export interface Evaluation {
  guideline: {
    id: GuidelineId;
    title: string;
    shortTitle: string;
    published: string;
    url: string;
    reference: string;
    ruleVersion: string;
    verificationNote: string;
  };
  definition: DefinitionAnswer;
  items: EvaluatedItem[];
  flags: Flag[];
  /** Sorted urgent → action → info (file order within a severity). */
  findings: Finding[];
  /** In the guideline's own words from her age and number of losses; absent where the guideline gives none. */
  prognosis?: Prognosis;
  immuneGate: 'open' | 'closed';
  coreDomains: CoreDomainState[];
  referral: {
    meetsCriteria: boolean;
    rule: string;
    citation: Citation;
    missingBeforeReferral: ItemId[];
    redFlags: RedFlag[];
  };
}

export type GuidelineSummary = Evaluation['guideline'];
export function summarise(g: Guideline): GuidelineSummary {
  const { id, title, shortTitle, published, url, reference, ruleVersion, verificationNote } = g;
  return { id, title, shortTitle, published, url, reference, ruleVersion, verificationNote };
}
