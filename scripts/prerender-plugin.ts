// A Vite plugin that prerenders the start screen into the built index.html with React's server
// renderer (src/prerender.tsx), so the first screen paints from the HTML alone, before the
// JavaScript has loaded; src/main.tsx hydrates it. The markup is the app's own render, so it cannot
// drift from what the client draws. No inline script is added (the strict CSP stays as it is).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
export const ROOT_ELEMENT = '<div id="root"></div>';

/** Bundles src/prerender.tsx for Node (as the browser build sees the app: same transforms) and runs it. */
export async function renderStartScreenHtml(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rpl-prerender-'));
  try {
    await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: [react()],
      ssr: { noExternal: true },
      build: {
        ssr: join(ROOT, 'src/prerender.tsx'),
        outDir,
        emptyOutDir: true,
        target: 'node20',
        rolldownOptions: { output: { entryFileNames: 'prerender.mjs', chunkFileNames: '[name]-[hash].mjs' } },
      },
    });
    const { renderStartScreen } = (await import(pathToFileURL(join(outDir, 'prerender.mjs')).href)) as typeof import('../src/prerender.tsx');
    return await renderStartScreen();
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Puts the markup into the empty root element; fails the build if index.html has none. The root is
 * `hidden` until the app's stylesheet shows it (`#root { display: block }`): the screen cannot paint
 * before the stylesheet anyway, and where the HTML has arrived first (a slow network) Chromium would
 * otherwise lay the whole screen out unstyled, then again styled — wasted main-thread time before
 * the first paint (99 ms of 146 ms observed in a Lighthouse trace).
 */
export function injectStartScreen(html: string, markup: string): string {
  if (!html.includes(ROOT_ELEMENT)) throw new Error(`prerender: index.html has no empty ${ROOT_ELEMENT} to fill`);
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(markup)) throw new Error('prerender: the start screen markup holds an inline script, which the CSP would block');
  return html.replace(ROOT_ELEMENT, `<div id="root" hidden>${markup}</div>`);
}

/**
 * The screen now paints from the HTML and CSS alone, so the app's script is fetched at low priority:
 * it no longer competes with the stylesheet for the first paint, and it runs (hydrates) after it.
 */
export function lowerScriptPriority(html: string): string {
  return html.replace(/<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g, '<$1 fetchpriority="low"');
}

export function prerenderStartScreen(): Plugin {
  return {
    name: 'rpl-workup:prerender-start-screen',
    apply: 'build',
    transformIndexHtml: {
      // After Vite has added the script and preload tags, so their priority can be lowered.
      order: 'post',
      async handler(html) {
        return lowerScriptPriority(injectStartScreen(html, await renderStartScreenHtml()));
      },
    },
  };
}
