// Builds the bare React page (React + ReactDOM rendering one heading) the way the app is built:
// the floor the app's first load is measured against, by `npm run bench` and the first-load e2e test.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export async function buildBareReact(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rpl-bare-react-'));
  await build({
    root: import.meta.dirname,
    configFile: false,
    logLevel: 'silent',
    // React's production build even where NODE_ENV says otherwise (vitest sets it to 'test').
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}
