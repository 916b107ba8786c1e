// Numbered references: each citation gets a number on first use, and the list is printed at the end.
import type { Citation } from '../../guidelines/schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { unverifiedItems } from '../engine/summary.ts';
import { formatCitation } from '../../guidelines/wording.ts';
import type { Layout } from './layout.ts';
import { muted, SMALL } from './labels.ts';
import { COLOR, type Para } from './style.ts';

export /** Numbered references in order of first use; identical citations share a number. */
class References {
  readonly list: Citation[] = [];
  private readonly index = new Map<string, number>();
  ref(c: Citation): string {
    const key = JSON.stringify([c.guideline, c.document, c.reference, c.strength, c.evidence, c.url, c.unverified ?? '']);
    let n = this.index.get(key);
    if (n === undefined) {
      this.list.push(c);
      n = this.list.length;
      this.index.set(key, n);
    }
    return `[${n}]`;
  }
}

/**
 * The numbered references, the documents read, the guideline and its verification note. `compact`
 * (the patient sheet): smaller, each verification note once, no list of documents.
 */
export function referencesBlock(L: Layout, e: Evaluation, refs: References, title = 'References', compact = false): void {
  L.heading(title);
  const size = compact ? 7 : 8;
  // A note on an unverified citation is printed in full the first time and referred to after that.
  const firstWithNote = new Map<string, number>();
  L.list(
    refs.list.map((c, i) => {
      let note: Para[] = [];
      if (c.unverified) {
        const seen = firstWithNote.get(c.unverified);
        if (seen === undefined) firstWithNote.set(c.unverified, i + 1);
        if (seen === undefined || !compact) {
          note = [
            { text: seen === undefined ? `Not verified: ${c.unverified}` : `Not verified: as [${seen}].`, size: compact ? 7 : SMALL, color: COLOR.alert },
          ];
        }
      }
      // The guideline's own link is printed once, below; other documents' links with their citation.
      const own = c.url === e.guideline.url;
      const cite = compact
        ? [{ text: own ? formatCitation(c) : `${formatCitation(c)} · ${c.url}`, size }]
        : [{ text: formatCitation(c), size }, ...(own ? [] : [muted(c.url)])];
      return { marker: `[${i + 1}]`, cell: [...cite, ...note] };
    }),
    { markerWidth: 9 },
  );
  const documents = [...new Set(refs.list.map((c) => c.document))];
  if (!compact) {
    L.space(1.5);
    L.paragraph(
      [{ text: `Document${documents.length === 1 ? '' : 's'} read for these citations`, bold: true, size }, ...documents.map((d) => ({ text: d, size }))],
      { keepTogether: true },
    );
  }
  L.space(1.5);
  L.paragraph(
    [
      { text: `Guideline: ${e.guideline.title}`, bold: true, size },
      { text: e.guideline.reference, size },
      muted(e.guideline.url),
      muted(`Rules ${e.guideline.ruleVersion}, published ${e.guideline.published}.`),
    ],
    { keepTogether: true },
  );
  const unverified = unverifiedItems(e).length + refs.list.filter((c) => c.unverified).length;
  L.space(1.5);
  L.box(
    [
      { text: 'About this edition', bold: true, size },
      {
        text: `${unverified ? 'Citations marked "UNVERIFIED for this edition" could not be checked against the current wording. ' : ''}${e.guideline.verificationNote}`,
        size,
      },
    ],
    COLOR.groupFill,
  );
}
