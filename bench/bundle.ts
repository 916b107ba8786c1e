// First-load and lazy bundle sizes of a Vite build, read from its index.html and assets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Issue 13: the first screen's JS+CSS (gzip) stays within this multiple of the bare React page's. */
export const FIRST_LOAD_BUDGET = 1.4;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizesOf(buffers: Buffer[]): Sizes {
  return buffers.reduce<Sizes>(
    (s, b) => ({
      raw: s.raw + b.length,
      gzip: s.gzip + gzipSync(b, { level: 9 }).length,
      brotli: s.brotli + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/** Files the browser fetches before first paint: scripts, module preloads and stylesheets named in index.html. */
export function firstLoadFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

export function assetFiles(dist: string): string[] {
  return readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`);
}

/**
 * Sizes of a build. `first`: the files its first screen loads; by default those named in index.html
 * (right for a page with no lazy loading; the app's list is observed in the browser, see bench/browser.ts).
 */
export function measureBuild(dist: string, first = firstLoadFiles(dist)) {
  const read = (f: string) => readFileSync(join(dist, f));
  const lazy = assetFiles(dist).filter((f) => f.endsWith('.js') && !first.includes(f));
  return {
    firstLoad: sizesOf(first.map(read)),
    firstLoadFiles: first,
    lazy: lazy.map((f) => ({ file: f, ...sizesOf([read(f)]) })).sort((a, b) => b.raw - a.raw),
  };
}
