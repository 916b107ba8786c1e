// Which guideline rule files this build has, for the guideline choosers.
import { getGuideline, rawGuidelines } from '../../guidelines/index.ts';
import { GUIDELINE_IDS, type GuidelineId } from '../engine/ids.ts';
import { guidelineName } from '../engine/wording.ts';

/** Guidelines with a rule file, in the contract's order (ESHRE 2022 first). */
export function availableGuidelines(): GuidelineId[] {
  return GUIDELINE_IDS.filter((id) => rawGuidelines[id] !== undefined);
}

export function guidelineLabel(id: GuidelineId): string {
  return guidelineName(id);
}

/** Edition and rule version, for the header and footer of every screen. */
export function guidelineEdition(id: GuidelineId): { title: string; shortTitle: string; published: string; ruleVersion: string; url: string } {
  const g = getGuideline(id);
  return { title: g.title, shortTitle: g.shortTitle, published: g.published, ruleVersion: g.ruleVersion, url: g.url };
}
