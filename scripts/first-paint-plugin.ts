// A Vite plugin that puts the first screen's title and lead paragraph into the built index.html,
// so the page paints its largest text before the JavaScript has run (React replaces it on start).
// The words come from the app's own copy, so they cannot drift apart.
import type { Plugin } from 'vite';
import { START_COPY } from '../src/app/copy.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function firstPaint(): Plugin {
  return {
    name: 'rpl-workup:first-paint',
    apply: 'build',
    transformIndexHtml(html) {
      const shell =
        '<header class="site-header"><div class="header-inner"><p class="brand"><span aria-hidden="true" class="brand-mark">◆</span> RPL Workup</p></div></header>' +
        '<div class="layout"><main class="main"><div class="start"><section class="hero">' +
        `<h1>RPL Workup</h1><p class="lead">${escape(START_COPY.lead)}</p>` +
        '</section></div></main></div>';
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
  };
}
