// Where a bundle carries a guideline's reason and citation, in FHIR's own places: the request's
// `instantiatesUri` (the guideline followed), `reasonCode.text` (why), `note` (the recommendation,
// strength, evidence, URL, and what is unverified) and `supportingInfo` → a DocumentReference
// describing the guideline document.
import type { Annotation, DocumentReference } from '@medplum/fhirtypes';
import type { Citation } from '../../guidelines/schema.ts';
import { formatCitation } from '../../guidelines/wording.ts';
import type { GuidelineSummary } from '../engine/evaluation.ts';

/** "Guideline: ESHRE 2022 · 2017 rec 22 · Strong · ⊕○○○ very low — https://…" */
export function citationNote(c: Citation): Annotation {
  return { text: `Guideline: ${formatCitation(c)} — ${c.document} — ${c.url}${c.unverified ? ` — Unverified: ${c.unverified}` : ''}` };
}

export function textNotes(lines: (string | undefined)[]): Annotation[] {
  return lines.filter((l): l is string => Boolean(l)).map((text) => ({ text }));
}

/** The guideline the whole evaluation followed, as a document an EHR can file and link. */
export function guidelineDocument(g: GuidelineSummary): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    status: 'current',
    type: { text: 'Clinical practice guideline' },
    description: `${g.title} (${g.published}). ${g.reference}. Rules version ${g.ruleVersion}. ${g.verificationNote}`,
    content: [{ attachment: { contentType: 'text/html', url: g.url, title: g.title } }],
  };
}
