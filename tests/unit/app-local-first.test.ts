// @vitest-environment node
// The web app stays local-first: nothing it loads reaches the CDS Hooks service (or any server).
// Checked twice: the module graph from src/main.tsx, and the production build itself.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Every file reachable from the app's entry by static or dynamic relative imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    // Specifiers may leave out the extension; a match inside a comment that names no file is skipped.
    const file = [path, `${path}.ts`, `${path}.tsx`].find((f) => existsSync(f) && statSync(f).isFile());
    if (!file || seen.has(file)) return;
    seen.add(file);
    if (!/\.(ts|tsx)$/.test(file)) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return seen;
}

const SERVICE_WORDS = /cds-services|cds-hooks|8089/;

describe('the app never calls the CDS Hooks service', () => {
  it('no module the app loads is part of the service or names it', () => {
    const files = [...reachable(join(root, 'src/main.tsx'))];
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.includes('/src/fhir/bundle.ts'))).toBe(true); // the export is reached (on click)
    expect(files.filter((f) => f.includes('/src/cds-hooks/')).map((f) => relative(root, f))).toEqual([]);
    expect(files.filter((f) => SERVICE_WORDS.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f))).toEqual([]);
  });

  it('the production build has no reference to the service', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'rpl-app-build-'));
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const all = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? all(join(dir, d.name)) : [join(dir, d.name)]));
    const built = all(outDir).filter((f) => /\.(js|html|json|webmanifest)$/.test(f));
    expect(built.some((f) => f.endsWith('.js'))).toBe(true);
    expect(built.filter((f) => SERVICE_WORDS.test(readFileSync(f, 'utf8'))).map((f) => relative(outDir, f))).toEqual([]);
  }, 180_000);
});
