// scripts/precache-manifest-plugin.ts, public/manifest.webmanifest, icons and scripts/csp.ts.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, cspMeta, DEV_CSP_HEADER, SECURITY_HEADERS } from '../../scripts/csp.ts';
import { buildPrecacheManifest, PLACEHOLDER, writePrecacheManifest } from '../../scripts/precache-manifest-plugin.ts';

const PUBLIC = new URL('../../public/', import.meta.url);

function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rpl-dist-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'icons'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-abc.js"></script>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'import("./jspdf.es.min-xyz.js")');
  writeFileSync(join(dir, 'assets', 'jspdf.es.min-xyz.js'), '/* jspdf */');
  writeFileSync(join(dir, 'assets', 'dejavu-font-123.js'), '/* font */');
  writeFileSync(join(dir, 'assets', 'index-abc.js.map'), '{}');
  writeFileSync(join(dir, 'icons', 'icon-192.png'), 'png');
  writeFileSync(join(dir, '.DS_Store'), 'x');
  writeFileSync(join(dir, 'manifest.webmanifest'), '{}');
  writeFileSync(join(dir, 'sw.js'), readFileSync(new URL('sw.js', PUBLIC)));
  return dir;
}

describe('precache manifest', () => {
  it('lists every built file (lazy jsPDF and font chunks included) but not sw.js, source maps or dot files', () => {
    const dir = fakeDist();
    expect(buildPrecacheManifest(dir).files).toEqual([
      'assets/dejavu-font-123.js',
      'assets/index-abc.js',
      'assets/jspdf.es.min-xyz.js',
      'icons/icon-192.png',
      'index.html',
      'manifest.webmanifest',
    ]);
  });

  it('writes precache-manifest.json and injects the same list into sw.js', () => {
    const dir = fakeDist();
    const m = writePrecacheManifest(dir);
    expect(JSON.parse(readFileSync(join(dir, 'precache-manifest.json'), 'utf8'))).toEqual(m);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).not.toContain(PLACEHOLDER);
    expect(sw).toContain(`const PRECACHE = ${JSON.stringify(m)};`);
    expect(m.files).not.toContain('precache-manifest.json');
  });

  it('the version changes when any file changes, and only then', () => {
    const dir = fakeDist();
    const a = buildPrecacheManifest(dir).version;
    expect(buildPrecacheManifest(dir).version).toBe(a);
    writeFileSync(join(dir, 'assets', 'jspdf.es.min-xyz.js'), '/* jspdf 2 */');
    expect(buildPrecacheManifest(dir).version).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses a sw.js without the placeholder rather than shipping a worker that precaches nothing', () => {
    const dir = fakeDist();
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    expect(() => writePrecacheManifest(dir)).toThrow(/placeholder|__RPL_WORKUP_PRECACHE_MANIFEST__/);
  });

  it('public/sw.js holds the placeholder exactly once', () => {
    const sw = readFileSync(new URL('sw.js', PUBLIC), 'utf8');
    expect(sw.split(PLACEHOLDER).length - 1).toBe(1);
  });
});

describe('web app manifest and icons', () => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.webmanifest', PUBLIC), 'utf8'));

  it('has a name, relative start_url and scope, and standalone display', () => {
    expect(manifest.name).toMatch(/RPL Workup/);
    expect(manifest.short_name).toBe('RPL Workup');
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    expect(manifest.display).toBe('standalone');
  });

  it('every icon exists locally with the declared size, including a 192, a 512 and a maskable icon', () => {
    for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
      expect(icon.src).not.toMatch(/^(https?:)?\/\//);
      const bytes = readFileSync(new URL(icon.src, PUBLIC));
      if (icon.type === 'image/png') {
        expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
      } else {
        expect(bytes.toString('utf8')).toMatch(/^<svg /);
      }
    }
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  });
});

describe('content security policy', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]));

  it('allows only the app itself: no inline script or style, no eval, no other host', () => {
    const d = directives(CSP_META);
    expect(Object.fromEntries(d)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'worker-src': "'self'",
      'manifest-src': "'self'",
    });
    expect(CSP_META).not.toMatch(/unsafe|https?:|\*/);
  });

  it('the header adds frame-ancestors (ignored in a meta tag); the dev policy is looser and says so', () => {
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CSP_HEADER);
    expect(directives(DEV_CSP_HEADER).get('script-src')).toBe("'self' 'unsafe-inline'");
  });

  it('cspMeta() injects the meta tag first in <head> at build time only', () => {
    const plugin = cspMeta();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { handler: (html: string) => unknown };
    expect(hook.handler('<html><head></head></html>')).toEqual([
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' },
    ]);
    const already = '<meta http-equiv="Content-Security-Policy" content="x">';
    expect(hook.handler(already)).toBe(already);
  });
});
