// The guideline registry: each rule file is parsed with the schema once, on first use (or was
// checked with it when the app was built: guidelines/checked-at-build.ts).
import type { GuidelineId } from './ids.ts';
import asrm from './asrm-2012.json' with { type: 'json' };
import eshre from './eshre-2022.json' with { type: 'json' };
import rcog from './rcog-2023.json' with { type: 'json' };
import { parsedUnlessChecked } from './checked-at-build.ts';
import { type Guideline, guidelineSchema } from './schema.ts';

export const rawGuidelines: Partial<Record<GuidelineId, unknown>> = { 'eshre-2022': eshre, 'rcog-2023': rcog, 'asrm-2012': asrm };
const parsed = new Map<GuidelineId, Guideline>();

export function getGuideline(id: GuidelineId): Guideline {
  let g = parsed.get(id);
  if (!g) {
    if (!rawGuidelines[id]) throw new Error(`No rule file for ${id} yet`);
    g = parsedUnlessChecked(guidelineSchema, rawGuidelines[id]);
    parsed.set(id, g);
  }
  return g;
}
