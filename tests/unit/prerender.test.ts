// The built index.html carries the start screen rendered by React (scripts/prerender-plugin.ts),
// so the first screen paints before any JavaScript runs. This builds the app as `vite build` does
// (the project's own config) into a temporary folder and reads what would be served.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectStartScreen, lowerScriptPriority } from '../../scripts/prerender-plugin.ts';
import { COPY, ROLE_OPTIONS, START_COPY } from '../../src/app/copy.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'rpl-prerender-test-'));
let html = '';
let root = '';

beforeAll(async () => {
  await build({ root: ROOT, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  html = readFileSync(join(outDir, 'index.html'), 'utf8');
  root = html.slice(html.indexOf('<div id="root"'), html.lastIndexOf('</body>'));
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const text = (markup: string) =>
  markup
    .replace(/<!--.*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('built index.html', () => {
  it('holds the whole start screen, not only its title', () => {
    const words = text(root);
    expect(root).toContain('<h1 id="page-title">RPL Workup</h1>');
    for (const s of [START_COPY.lead, START_COPY.privacy, COPY.gp.startHeading, COPY.gp.startButton, 'Open a case file', 'Saved on this device (0)']) {
      expect(words).toContain(s);
    }
    for (const o of ROLE_OPTIONS) expect(root).toContain(`id="role-${o.role}"`);
    // The flags panel's search, prerendered with the screen though its code loads later.
    expect(root).toContain('id="flag-search-input"');
  });

  it('renders a first visit: default role checked, nothing from this device', () => {
    expect(root).toMatch(/<input type="radio" id="role-gp"[^>]*checked=""/);
    expect(root).not.toMatch(/<input type="radio" id="role-nurse"[^>]*checked/);
    expect(text(root)).not.toContain('Saving problem');
  });

  it('keeps the root hidden until the stylesheet, which shows it, has arrived (no unstyled layout first)', () => {
    expect(root.startsWith('<div id="root" hidden>')).toBe(true);
    const stylesheet = html.match(/<link rel="stylesheet"[^>]*href="\/(assets\/index-[^"]+\.css)"/)?.[1];
    expect(stylesheet, 'index.html links the app stylesheet').toBeDefined();
    expect(readFileSync(join(outDir, stylesheet!), 'utf8')).toMatch(/#root\s*\{\s*display:\s*block/);
  });

  it("adds no inline script (the CSP allows only the app's own files) and loads the app script at low priority", () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toMatch(/<script type="module" fetchpriority="low"[^>]*src="\/assets\/index-[^"]+\.js"/);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });
});

describe('prerender plugin', () => {
  it('fails the build when index.html has no empty root to fill, or the markup holds an inline script', () => {
    expect(() => injectStartScreen('<div id="app"></div>', '<h1>x</h1>')).toThrow(/no empty <div id="root"><\/div>/);
    expect(() => injectStartScreen('<div id="root"></div>', '<script>alert(1)</script>')).toThrow(/inline script/);
    expect(injectStartScreen('<body><div id="root"></div></body>', '<h1>x</h1>')).toBe('<body><div id="root" hidden><h1>x</h1></div></body>');
  });

  it('lowers the priority of module scripts and preloads once', () => {
    const once = lowerScriptPriority('<script type="module" crossorigin src="/a.js"></script><link rel="modulepreload" href="/b.js">');
    expect(once).toBe('<script type="module" fetchpriority="low" crossorigin src="/a.js"></script><link rel="modulepreload" fetchpriority="low" href="/b.js">');
    expect(lowerScriptPriority(once)).toBe(once);
  });
});
