// jsPDF and the embedded font stay out of the first page load: nothing imports them statically;
// render.ts loads both with import(), and the app reaches src/pdf only through kinds.ts or import().
// Imports are read by the bundler's own parser (oxc, through vite), not by a pattern over the text,
// so multi-line imports, re-exports and `import type` are told apart exactly as the bundler does.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|tsx)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** What a module loads: static value imports and re-exports (type-only ones are erased), and import() targets. */
function loads(name: string, code: string): { static: string[]; dynamic: string[] } {
  const { module } = parseSync(name, code);
  const values = module.staticImports.filter((i) => i.entries.length === 0 || i.entries.some((e) => !e.isType)).map((i) => i.moduleRequest.value);
  const reExports = module.staticExports.flatMap((e) => e.entries.filter((x) => x.moduleRequest && !x.isType).map((x) => x.moduleRequest!.value));
  const dynamic = module.dynamicImports.map((d) => code.slice(d.moduleRequest.start, d.moduleRequest.end).replace(/^['"`]|['"`]$/g, ''));
  return { static: [...values, ...reExports], dynamic };
}

const isHeavy = (s: string) => s === 'jspdf' || s.includes('fonts/dejavu-sans');

describe('the PDF module boundary', () => {
  const all = files(src).map((f) => ({ f, deps: loads(f, readFileSync(f, 'utf8')) }));

  it('the import reader sees static imports and re-exports, and ignores type-only ones', () => {
    const planted = loads(
      'planted.ts',
      "import type { jsPDF } from 'jspdf';\nimport {\n  type A,\n  b,\n} from './fonts/dejavu-sans.ts';\nexport { c } from 'jspdf';\nconst d = import('./later.ts');\n",
    );
    expect(planted).toEqual({ static: ['./fonts/dejavu-sans.ts', 'jspdf'], dynamic: ['./later.ts'] });
  });

  it('no file imports jspdf or the font statically', () => {
    const offenders = all.flatMap(({ f, deps }) => deps.static.filter(isHeavy).map((s) => `${relative(src, f)} → ${s}`));
    expect(offenders).toEqual([]);
  });

  it('render.ts loads jspdf and the font with import()', () => {
    const render = all.find(({ f }) => f === join(src, 'pdf/render.ts'))!;
    expect(render.deps.dynamic).toEqual(expect.arrayContaining(['jspdf', './fonts/dejavu-sans.ts']));
  });

  it('outside src/pdf, only kinds.ts is imported statically', () => {
    const offenders = all
      .filter(({ f }) => !f.startsWith(join(src, 'pdf')))
      .flatMap(({ f, deps }) => deps.static.filter((s) => /(^|\/)pdf\//.test(s) && !/pdf\/kinds(\.ts)?$/.test(s)).map((s) => `${relative(src, f)} → ${s}`));
    expect(offenders).toEqual([]);
  });
});
