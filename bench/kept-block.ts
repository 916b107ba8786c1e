// docs/performance.md is rewritten by `npm run bench`, but one block in it belongs to another
// writer (the CDS Hooks load test): the bench carries it over byte for byte.
export const KEPT_START = '<!-- cds-hooks:start -->';
export const KEPT_END = '<!-- cds-hooks:end -->';

/** The block between the markers (markers included) in `doc`, or null when there is none. */
export function keptBlock(doc: string): string | null {
  const start = doc.indexOf(KEPT_START);
  if (start < 0) return null;
  const end = doc.indexOf(KEPT_END, start);
  return end < 0 ? null : doc.slice(start, end + KEPT_END.length);
}

/** The new document with the old one's kept block appended unchanged (if the old one had it). */
export function withKeptBlock(fresh: string, old: string | null): string {
  const block = old === null ? null : keptBlock(old);
  return block === null ? fresh : `${fresh.trimEnd()}\n\n${block}\n`;
}
