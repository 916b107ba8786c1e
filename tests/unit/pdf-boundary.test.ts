// @vitest-environment node
// jsPDF and the embedded font stay out of the first page load: nothing imports them statically;
// render.ts loads both with import(), and the app reaches src/pdf only through kinds.ts or import().
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|tsx)$/.test(d.name) ? [join(dir, d.name)] : []);
}

/** Static value imports and re-exports (`import type` and `export type` are erased and do not count). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(?!type\b)([^;]*?)\s+from\s+['"]([^'"]+)['"]/gms)) out.push(m[3]!);
  for (const m of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  return out;
}

describe('the PDF module boundary', () => {
  const all = files(src);

  it('no file imports jspdf or the font statically', () => {
    const offenders = all.flatMap((f) => staticImports(readFileSync(f, 'utf8'))
      .filter((s) => s === 'jspdf' || s.includes('fonts/dejavu-sans'))
      .map((s) => `${relative(src, f)} → ${s}`));
    expect(offenders).toEqual([]);
  });

  it('render.ts loads jspdf and the font with import()', () => {
    const code = readFileSync(join(src, 'pdf/render.ts'), 'utf8');
    expect(code).toMatch(/import\('jspdf'\)/);
    expect(code).toMatch(/import\('\.\/fonts\/dejavu-sans\.ts'\)/);
  });

  it('outside src/pdf, only kinds.ts is imported statically', () => {
    const offenders = all.filter((f) => !f.startsWith(join(src, 'pdf'))).flatMap((f) =>
      staticImports(readFileSync(f, 'utf8'))
        .filter((s) => /(^|\/)pdf\//.test(s) && !/pdf\/kinds(\.ts)?$/.test(s))
        .map((s) => `${relative(src, f)} → ${s}`));
    expect(offenders).toEqual([]);
  });
});
