// Reads the Unicode code points a TrueType font maps to glyphs (cmap formats 4 and 12). Used by the
// font build script and the tests to prove that every character the PDF prints is in the subset.

function u16(b: Uint8Array, o: number): number {
  return (b[o]! << 8) | b[o + 1]!;
}
function u32(b: Uint8Array, o: number): number {
  return ((b[o]! << 24) >>> 0) + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
}

/** Every code point the font's Unicode cmap maps to a glyph other than .notdef. */
export function cmapCodePoints(font: Uint8Array): Set<number> {
  const numTables = u16(font, 4);
  let cmap = -1;
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    if (String.fromCharCode(font[rec]!, font[rec + 1]!, font[rec + 2]!, font[rec + 3]!) === 'cmap') cmap = u32(font, rec + 8);
  }
  if (cmap < 0) throw new Error('font has no cmap table');
  const out = new Set<number>();
  const subtables = u16(font, cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = u16(font, cmap + 4 + 8 * i);
    const encoding = u16(font, cmap + 6 + 8 * i);
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const st = cmap + u32(font, cmap + 8 + 8 * i);
    const format = u16(font, st);
    if (format === 4) {
      const segX2 = u16(font, st + 6);
      const ends = st + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const offsets = deltas + segX2;
      for (let s = 0; s < segX2 / 2; s++) {
        const end = u16(font, ends + 2 * s);
        const start = u16(font, starts + 2 * s);
        const delta = u16(font, deltas + 2 * s);
        const rangeOffset = u16(font, offsets + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const at = offsets + 2 * s + rangeOffset + 2 * (c - start);
            glyph = u16(font, at);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          if (glyph !== 0) out.add(c);
        }
      }
    } else if (format === 12) {
      const groups = u32(font, st + 12);
      for (let g = 0; g < groups; g++) {
        const start = u32(font, st + 16 + 12 * g);
        const end = u32(font, st + 20 + 12 * g);
        const glyph = u32(font, st + 24 + 12 * g);
        for (let c = start; c <= end; c++) if (glyph + (c - start) !== 0) out.add(c);
      }
    }
  }
  return out;
}
