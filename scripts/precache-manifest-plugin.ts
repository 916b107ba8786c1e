// Vite plugin: after `vite build`, lists every file in dist/ (app shell, hashed JS/CSS, lazily loaded
// jsPDF and font chunks, icons, web manifest), hashes their contents, writes
// dist/precache-manifest.json and injects the same list into dist/sw.js, so the hand-written service
// worker (public/sw.js) precaches all of it on install, and every build changes sw.js (the browser
// then installs the new worker and drops the old cache).
//
// Use in vite.config.ts:  plugins: [react(), precacheManifest()]
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

export const PLACEHOLDER = "'__RPL_WORKUP_PRECACHE_MANIFEST__'";
export const SW_FILE = 'sw.js';
export const MANIFEST_FILE = 'precache-manifest.json';

export interface PrecacheManifest {
  /** Hash of every precached file's path and content: changes whenever any file changes. */
  version: string;
  /** Paths relative to the service worker's scope, with forward slashes, sorted. */
  files: string[];
}

/** Never precached: the worker itself, this list, source maps, editor and OS litter. */
function excluded(path: string): boolean {
  return path === SW_FILE || path === MANIFEST_FILE || path.endsWith('.map') || path.split('/').some((part) => part.startsWith('.'));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The precache list of a built directory. */
export function buildPrecacheManifest(outDir: string): PrecacheManifest {
  const files = walk(outDir)
    .map((full) => relative(outDir, full).split(sep).join('/'))
    .filter((path) => !excluded(path))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(outDir, file)))
      .update('\0');
  return { version: hash.digest('hex').slice(0, 16), files };
}

/** Writes precache-manifest.json and injects the list into sw.js. Throws if sw.js lacks the placeholder. */
export function writePrecacheManifest(outDir: string): PrecacheManifest {
  const manifest = buildPrecacheManifest(outDir);
  writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  const swPath = join(outDir, SW_FILE);
  if (existsSync(swPath)) {
    const sw = readFileSync(swPath, 'utf8');
    if (!sw.includes(PLACEHOLDER)) {
      throw new Error(`${SW_FILE} in ${outDir} has no ${PLACEHOLDER} to replace: the service worker would precache nothing`);
    }
    writeFileSync(swPath, sw.replace(PLACEHOLDER, JSON.stringify(manifest)));
  }
  return manifest;
}

export function precacheManifest(): Plugin {
  let outDir = '';
  let failed = false;
  return {
    name: 'rpl-workup:precache-manifest',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildEnd(error) {
      failed = Boolean(error);
    },
    // closeBundle runs after every file, public/ included, is in outDir.
    closeBundle() {
      if (failed || !existsSync(join(outDir, 'index.html'))) return;
      const { files } = writePrecacheManifest(outDir);
      this.info?.(`precache manifest: ${files.length} files`);
    },
  };
}
