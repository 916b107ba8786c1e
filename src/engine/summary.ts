// What the evaluation means for the next step, grouped the same way everywhere it is shown.
import type { EvaluatedItem, Evaluation } from './evaluation.ts';

export interface Worklist {
  /** Recommended investigations not yet done: order or arrange now. */
  orderNow: EvaluatedItem[];
  /** Tests awaiting a confirmatory repeat, with the date it falls due. */
  repeatsDue: EvaluatedItem[];
  /** Conditional investigations that apply to this case: consider (immune ones only once the gate is open). */
  consider: EvaluatedItem[];
  /**
   * Treatments the guideline recommends or suggests for this case. A part of a combination that is
   * itself listed (aspirin, heparin beside aspirin plus heparin for APS) is not listed alone: read on
   * its own it would offer the part as a treatment by itself. (A medicine she takes now is in takenNow.)
   */
  treatments: EvaluatedItem[];
  done: EvaluatedItem[];
  declined: EvaluatedItem[];
  /** Called for, but not now (e.g. investigations that belong after the current pregnancy); each why says when. */
  deferred: EvaluatedItem[];
  /** Medicines she takes now, supported for her (continue) or not (also flagged). */
  takenNow: EvaluatedItem[];
}

export function worklist(e: Evaluation): Worklist {
  const investigations = e.items.filter((i) => i.kind === 'investigation');
  const toDiscuss = e.items.filter((i) => i.kind === 'treatment' && i.status === 'to-do' && i.verdict !== 'not-recommended');
  const listed = new Set(toDiscuss.map((i) => i.id));
  return {
    orderNow: investigations.filter((i) => i.verdict === 'recommended' && i.status === 'to-do'),
    repeatsDue: e.items.filter((i) => i.status === 'repeat-due'),
    consider: investigations.filter((i) => i.verdict === 'conditional' && i.status === 'to-do' && (i.domain !== 'immune' || e.immuneGate === 'open')),
    treatments: toDiscuss.filter((i) => !(i.partOf && listed.has(i.partOf))),
    done: e.items.filter((i) => i.status === 'done'),
    declined: e.items.filter((i) => i.status === 'declined'),
    deferred: e.items.filter((i) => i.status === 'deferred'),
    takenNow: e.items.filter((i) => i.takenNow),
  };
}

/** Rules shown on this case whose wording for the chosen edition is not verified. */
export function unverifiedItems(e: Evaluation): EvaluatedItem[] {
  return e.items.filter((i) => i.citation.unverified && i.status !== 'not-applicable');
}
