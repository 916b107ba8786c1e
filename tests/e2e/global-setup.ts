// Serves the production build (dist/) on 127.0.0.1 for the browser tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

// E2E_PORT lets several checkouts on one machine run their browser tests at once.
export const PORT = Number(process.env.E2E_PORT ?? 4173);
let server: ChildProcess | undefined;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`preview server did not answer at ${url}`);
}

export async function setup(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first');
  // Start the vite binary itself, so that killing it stops the server (npx would leave a child behind).
  server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
  await waitForServer(`http://127.0.0.1:${PORT}/`, 20_000);
}

export async function teardown(): Promise<void> {
  server?.kill();
}
