// The shape of guidelines/claims.json: things people hear about recurrent miscarriage (often about NK
// cells), checked against the guidelines. A claim is shown only with the sources that answer it.
import { z } from './zod.ts';
import { ALL_ITEM_IDS, type ItemId } from './ids.ts';
import { formatCitation } from './wording.ts';
import { type Citation, citationSchema } from './schema.ts';

const text = z.string().trim().min(1);
const itemId = z.enum(ALL_ITEM_IDS);

/** A source outside the three rule files: the HFEA, an RCOG Scientific Impact Paper, NICE, a study, a local NHS pathway. */
export const sourceCitationSchema = z.strictObject({
  /** Who published it and its title, e.g. "NICE NG126: Ectopic pregnancy and miscarriage". */
  source: text,
  /** Recommendation, section or finding, as the source writes it. */
  reference: text,
  url: z.url(),
  unverified: text.optional(),
});
export type SourceCitation = z.infer<typeof sourceCitationSchema>;

/** Either a citation of one of the three guidelines (same shape as in the rule files) or another source. */
export const anyCitationSchema = z.union([citationSchema, sourceCitationSchema]);
export type AnyCitation = Citation | SourceCitation;

export function isGuidelineCitation(c: AnyCitation): c is Citation {
  return 'guideline' in c;
}

/** One line: "RCOG GTG 17 (2023) · §6.5 · Grade C · Evidence level 2–" or "NICE NG126: … · 1.2.3". */
export function formatAnyCitation(c: AnyCitation): string {
  if (isGuidelineCitation(c)) return formatCitation(c);
  return [c.source, c.reference, ...(c.unverified ? ['UNVERIFIED'] : [])].join(' · ');
}

/** contradicted: the guidelines say otherwise; unsupported: nothing read supports it; outdated: true of older guidance only. */
export const CLAIM_VERDICTS = ['contradicted', 'unsupported', 'outdated'] as const;
export type ClaimVerdict = (typeof CLAIM_VERDICTS)[number];

export const CLAIM_VERDICT_LABEL: Record<ClaimVerdict, { text: string; plain: string }> = {
  contradicted: { text: 'Contradicted by the guidelines', plain: 'The guidelines say otherwise' },
  unsupported: { text: 'Not supported by any source read', plain: 'Nothing we checked supports this' },
  outdated: { text: 'Outdated or oversimplified', plain: 'Out of date' },
};

export const claimSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The claim as people hear it. */
  claim: text,
  verdict: z.enum(CLAIM_VERDICTS),
  /** What the guidelines say, for clinicians, with recommendation numbers. */
  guidelinesSay: text,
  /** The same for patients, in short sentences. */
  plainText: text,
  citations: z.array(anyCitationSchema).min(1),
  /** Contract item ids the claim is about, so a flag on an item can link to it. */
  relatedItems: z.array(itemId),
});
export type Claim = Omit<z.infer<typeof claimSchema>, 'relatedItems' | 'citations'> & {
  relatedItems: ItemId[];
  citations: AnyCitation[];
};

export const claimsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  claims: z.array(claimSchema).min(1),
});
