import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspMeta, DEV_SECURITY_HEADERS, SECURITY_HEADERS } from './scripts/csp.ts';
import { prerenderStartScreen } from './scripts/prerender-plugin.ts';
import { precacheManifest } from './scripts/precache-manifest-plugin.ts';
import { checkedJsonPlugin } from './scripts/checked-json-plugin.ts';

export default defineConfig({
  // precacheManifest: the service worker's list of every built file, for offline use.
  // cspMeta: the strict Content-Security-Policy as a meta tag in the built index.html.
  // prerenderStartScreen: the start screen rendered by React into index.html, painted before the JavaScript runs (then hydrated).
  // checkedJsonPlugin: the rule files and other data in guidelines/ checked with their schemas at build time, not in the browser.
  plugins: [react(), checkedJsonPlugin(), prerenderStartScreen(), precacheManifest(), cspMeta()],
  // Rule files as JSON.parse of a string: parsed several times faster than the same object literal.
  json: { stringify: true, namedExports: false },
  // No module-preload polyfill: every browser the es2022 target admits supports modulepreload.
  // The app chunk src/boot.ts imports after the first paint gets no preload links: Vite's helper
  // appended one <link> per dependency in one task after the first paint (33 ms in a Lighthouse
  // trace; 24-154 ms at 4x CPU throttling). The chunk's own imports fetch them, one round trip later.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false, resolveDependencies: (file, deps) => (/^assets\/main-[^/]+\.js$/.test(file) ? [] : deps) },
    // React stays in one chunk with React DOM: src/boot.ts loads the store (which needs React, not
    // React DOM) on its own, and a chunk of React alone would add a file and ~0.75 kB (gzip) to the first load.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'client', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] } } },
  },
  server: { headers: DEV_SECURITY_HEADERS },
  preview: { headers: SECURITY_HEADERS },
  // Two projects: component tests (*.test.tsx, *-browser.test.ts) in jsdom with the testing-library
  // setup; every other unit test in node, which never pays for jsdom or that setup.
  // Timeouts fit a busy machine (two CPU-bound processes beside the suite), not an idle one.
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*-browser.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          include: ['tests/unit/**/*.test.tsx', 'tests/unit/**/*-browser.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
