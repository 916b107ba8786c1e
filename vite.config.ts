import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspMeta, DEV_SECURITY_HEADERS, SECURITY_HEADERS } from './scripts/csp.ts';
import { prerenderStartScreen } from './scripts/prerender-plugin.ts';
import { precacheManifest } from './scripts/precache-manifest-plugin.ts';

export default defineConfig({
  // precacheManifest: the service worker's list of every built file, for offline use.
  // cspMeta: the strict Content-Security-Policy as a meta tag in the built index.html.
  // prerenderStartScreen: the start screen rendered by React into index.html, painted before the JavaScript runs (then hydrated).
  plugins: [react(), prerenderStartScreen(), precacheManifest(), cspMeta()],
  build: { target: 'es2022', sourcemap: false },
  server: { headers: DEV_SECURITY_HEADERS },
  preview: { headers: SECURITY_HEADERS },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});
