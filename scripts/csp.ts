// The Content-Security-Policy of RPL Workup and a Vite plugin that puts it into the built index.html.
//
// The app makes no network request beyond its own files: no CDN, no fonts from elsewhere, no
// analytics. The policy makes that a rule the browser enforces, so case data cannot leave the device
// through the page even if a bug or an injected string tried.
//
// - CSP_META: for <meta http-equiv="Content-Security-Policy">. A meta policy cannot carry
//   frame-ancestors (browsers ignore it there), so the header adds it.
// - CSP_HEADER / SECURITY_HEADERS: for `vite preview` (preview.headers) and any static host.
// - DEV_CSP_HEADER: `vite` dev needs an inline React-refresh preamble, inline <style> for CSS HMR and
//   a WebSocket for HMR, so the dev server gets a looser policy. Never ship it.
// - cspMeta(): injects CSP_META into index.html at build time only (a literal meta tag in
//   index.html would also apply in dev and block the dev server's inline preamble).
import type { Plugin } from 'vite';

const directives: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // React writes `style` props through the CSSOM (element.style), which CSP does not restrict, so
  // no 'unsafe-inline' is needed (checked in Chromium: no violation, styles applied).
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
];

const join = (list: [string, string][]) => list.map(([k, v]) => `${k} ${v}`).join('; ');

export const CSP_META = join(directives);
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export const DEV_CSP_HEADER = `${join(
  directives.map(([k, v]): [string, string] => {
    if (k === 'script-src') return [k, "'self' 'unsafe-inline'"];
    if (k === 'style-src') return [k, "'self' 'unsafe-inline'"];
    if (k === 'connect-src') return [k, "'self' ws: wss:"];
    return [k, v];
  }),
)}; frame-ancestors 'none'`;

export const DEV_SECURITY_HEADERS: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Security-Policy': DEV_CSP_HEADER };

export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`;
}

/** Injects the CSP meta tag as the first element of <head> in the production build. */
export function cspMeta(): Plugin {
  return {
    name: 'rpl-workup:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (html.includes('http-equiv="Content-Security-Policy"')) return html; // already there: leave it
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }];
      },
    },
  };
}
