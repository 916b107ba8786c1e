// Where ESHRE, RCOG and ASRM disagree (guidelines/disagreements.json): the explanation shown beside a
// row of the side-by-side comparison. Parsed with its schema once, on first use (or
// checked with it when the app was built: checked-at-build.ts).
import { z } from './zod.ts';
import { ALL_ITEM_IDS, GUIDELINE_IDS, type GuidelineId, type ItemId } from './ids.ts';
import { type AnyCitation, anyCitationSchema } from './claims-schema.ts';
import raw from './disagreements.json' with { type: 'json' };
import { parsedUnlessChecked } from './checked-at-build.ts';

const text = z.string().trim().min(1);

export const topicSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: text,
  /** The topic explains a difference in the definition of recurrent pregnancy loss. */
  definition: z.boolean().optional(),
  /** Contract item ids whose rows this topic explains. */
  items: z.array(z.enum(ALL_ITEM_IDS)),
  summary: text,
  plainSummary: text,
  /** Each guideline's position in a few words. */
  positions: z.strictObject(Object.fromEntries(GUIDELINE_IDS.map((id) => [id, text])) as Record<GuidelineId, typeof text>),
  citations: z.array(anyCitationSchema).min(1),
});
export type Topic = Omit<z.infer<typeof topicSchema>, 'items' | 'citations' | 'positions'> & {
  items: ItemId[];
  positions: Record<GuidelineId, string>;
  citations: AnyCitation[];
};

export const topicsFileSchema = z.strictObject({ $comment: z.string().optional(), topics: z.array(topicSchema).min(1) });

let parsed: Topic[] | undefined;

export function getTopics(): Topic[] {
  parsed ??= parsedUnlessChecked(topicsFileSchema, raw).topics as Topic[];
  return parsed;
}

export function topicForItem(id: ItemId): Topic | undefined {
  return getTopics().find((t) => t.items.includes(id));
}

export function definitionTopic(): Topic | undefined {
  return getTopics().find((t) => t.definition);
}
