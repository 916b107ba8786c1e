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

export function referencesBlock(L: Layout, e: Evaluation, refs: References, title = 'References'): void {
  L.heading(title);
  // A note on an unverified citation is printed in full the first time and referred to after that.
  const firstWithNote = new Map<string, number>();
  L.list(refs.list.map((c, i) => {
    let note: Para[] = [];
    if (c.unverified) {
      const seen = firstWithNote.get(c.unverified);
      if (seen === undefined) firstWithNote.set(c.unverified, i + 1);
      note = [{ text: seen === undefined ? `Not verified: ${c.unverified}` : `Not verified: as [${seen}].`, size: SMALL, color: COLOR.alert }];
    }
    return { marker: `[${i + 1}]`, cell: [{ text: formatCitation(c), size: 8 }, muted(c.url), ...note] };
  }), { markerWidth: 9 });
  const documents = [...new Set(refs.list.map((c) => c.document))];
  L.space(1.5);
  L.paragraph([
    { text: `Document${documents.length === 1 ? '' : 's'} read for these citations`, bold: true, size: 8 },
    ...documents.map((d) => ({ text: d, size: 8 })),
  ], { keepTogether: true });
  L.space(1.5);
  L.paragraph([
    { text: `Guideline: ${e.guideline.title}`, bold: true, size: 8 },
    { text: e.guideline.reference, size: 8 },
    muted(e.guideline.url),
    muted(`Rules ${e.guideline.ruleVersion}, published ${e.guideline.published}.`),
  ], { keepTogether: true });
  const unverified = unverifiedItems(e).length + refs.list.filter((c) => c.unverified).length;
  L.space(1.5);
  L.box([
    { text: 'About this edition', bold: true, size: 8 },
    { text: `${unverified ? 'Citations marked "UNVERIFIED for this edition" could not be checked against the current wording. ' : ''}${e.guideline.verificationNote}`, size: 8 },
  ], COLOR.groupFill);
}
