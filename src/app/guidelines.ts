// Which guideline rule files this build has, and their editions, without loading the rules
// (guidelines/editions.json mirrors the rule files; a test keeps them in step).
import editions from '../../guidelines/editions.json' with { type: 'json' };
import { GUIDELINE_IDS, type GuidelineId } from '../../guidelines/ids.ts';
import { guidelineName } from '../../guidelines/wording.ts';

export interface Edition {
  id: GuidelineId;
  title: string;
  shortTitle: string;
  published: string;
  ruleVersion: string;
  url: string;
}

const byId = new Map((editions.editions as Edition[]).map((e) => [e.id, e]));

/** Guidelines with a rule file, in the contract's order (ESHRE 2022 first). */
export function availableGuidelines(): GuidelineId[] {
  return GUIDELINE_IDS.filter((id) => byId.has(id));
}

export function guidelineLabel(id: GuidelineId): string {
  return guidelineName(id);
}

/** Edition and rule version, for the header and footer of every screen. */
export function guidelineEdition(id: GuidelineId): Edition {
  const e = byId.get(id);
  if (!e) throw new Error(`no edition for ${id}`);
  return e;
}
