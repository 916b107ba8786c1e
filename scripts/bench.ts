// `npm run bench`: builds the app and a bare React page the same way, then prints and records
// (docs/performance.md) bundle sizes, Lighthouse, engine, machine, render and PDF figures.
// It measures; it never fails on a time.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { launch, openCaseAtReview, pdfTimings, roleSwitchMs, toSummary, DEBUG_PORT } from '../bench/browser.ts';
import { measureBuild, type Sizes } from '../bench/bundle.ts';
import { lighthouse } from '../bench/lighthouse.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = resolve(ROOT, '../shared/examples');
const PORT = 4179;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const lines: string[] = [];
const say = (s = '') => {
  console.log(s);
  lines.push(s);
};

async function buildBare(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'rpl-bare-react-'));
  await build({
    root: join(ROOT, 'bench/bare-react'), configFile: false, logLevel: 'silent', plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

/** The engine and machine as the browser runs them: bundled by Vite (tsx's loader would add its own overhead). */
async function bundledEngine(): Promise<typeof import('../bench/engine.ts')> {
  const outDir = mkdtempSync(join(tmpdir(), 'rpl-bench-engine-'));
  await build({
    root: ROOT, configFile: false, logLevel: 'silent', ssr: { noExternal: true },
    build: { ssr: join(ROOT, 'bench/engine.ts'), outDir, target: 'node20', rolldownOptions: { output: { entryFileNames: 'engine.mjs' } } },
  });
  return import(join(outDir, 'engine.mjs'));
}

async function startPreview(port = PORT, outDir = 'dist'): Promise<ChildProcess> {
  const server = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir], { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

function sizeRow(name: string, s: Sizes): string {
  return `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
}

async function main(): Promise<void> {
  say(`# Performance — measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\``);
  say();
  say('Machine: 2 cores, Node ' + process.version + ', Debian Chromium; one run, so small differences are noise.');

  await build({ root: ROOT, logLevel: 'silent' });
  const app = measureBuild(join(ROOT, 'dist'));
  const bareDir = await buildBare();
  const bare = measureBuild(bareDir);
  say();
  say('## First load (JS + CSS named in index.html)');
  say();
  say('| page | raw | gzip | brotli |');
  say('| --- | --- | --- | --- |');
  say(sizeRow('RPL Workup', app.firstLoad));
  say(sizeRow('bare React + ReactDOM', bare.firstLoad));
  say(`| ratio (app / bare) | ${(app.firstLoad.raw / bare.firstLoad.raw).toFixed(2)}× | ${(app.firstLoad.gzip / bare.firstLoad.gzip).toFixed(2)}× | ${(app.firstLoad.brotli / bare.firstLoad.brotli).toFixed(2)}× |`);
  say();
  say('## Lazily loaded chunks (never in the first load)');
  say();
  say('| chunk | raw | gzip | brotli |');
  say('| --- | --- | --- | --- |');
  for (const c of app.lazy) say(sizeRow(c.file.replace(/^assets\//, ''), c));

  const { engineThroughput, exampleCases, machineTransitionMs } = await bundledEngine();
  const cases = exampleCases(EXAMPLES);
  say();
  say('## Engine throughput (evaluateCase over the example cases)');
  say();
  say('| guideline | evaluations / s |');
  say('| --- | --- |');
  const throughputs = engineThroughput(cases.map((c) => c.case));
  for (const t of throughputs) say(`| ${t.guideline} | ${Math.round(t.perSecond).toLocaleString('en-GB')} |`);
  const machine = machineTransitionMs(cases[0]!.case);
  say();
  say('## Machine transitions (Node)');
  say();
  say(`- re-evaluating transition (result recorded or removed): ${machine.evaluating.toFixed(3)} ms`);
  say(`- navigation transition (next / back): ${machine.navigation.toFixed(3)} ms`);

  const bareServer = await startPreview(PORT + 1, bareDir);
  const bareLh = await lighthouse(`http://127.0.0.1:${PORT + 1}/`).finally(() => bareServer.kill());
  const server = await startPreview();
  try {
    const first = await lighthouse(`${ORIGIN}/`);
    const { context, page } = await launch();
    try {
      await openCaseAtReview(page, ORIGIN, join(EXAMPLES, 'unexplained-complete-workup-asks-nk.json'));
      const step = await lighthouse(`${ORIGIN}/`, DEBUG_PORT);
      say();
      say('## Lighthouse (mobile, simulated throttling)');
      say();
      say('| screen | performance | accessibility | best practices | LCP | TBT | CLS |');
      say('| --- | --- | --- | --- | --- | --- | --- |');
      for (const [name, f] of [['bare React page (the floor)', bareLh], ['first screen', first], ['walkthrough: review step (case resumed)', step]] as const) {
        say(`| ${name} | ${f.performance} | ${f.accessibility} | ${f.bestPractices} | ${(f.lcpMs / 1000).toFixed(2)} s | ${Math.round(f.tbtMs)} ms | ${f.cls.toFixed(3)} |`);
      }
      await page.reload({ waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 2, name: 'Review', exact: true }).waitFor();
      const render = await roleSwitchMs(page);
      say();
      say('## Re-render in Chromium');
      say();
      say(`- review step with ${render.items} item cards, role switched (every card re-worded), to the next frame: median ${render.ms.toFixed(1)} ms`);
      await toSummary(page);
      say();
      say('## PDF export in Chromium (click to finished download)');
      say();
      say('| document | first click | second click | size |');
      say('| --- | --- | --- | --- |');
      for (const p of await pdfTimings(page)) say(`| ${p.doc} | ${p.coldMs} ms | ${p.warmMs} ms | ${kb(p.bytes)} |`);
      say();
      say('The first click on the first document includes fetching and compiling jsPDF and the font.');
      const pdfs = await pdfTimings(page);
      const engine = throughputs.map((t) => t.perSecond);
      const met = (ok: boolean) => (ok ? 'met' : '**not met**');
      say();
      say('## Against the targets');
      say();
      say('| target | measured | |');
      say('| --- | --- | --- |');
      say(`| first-load JS+CSS ≤ 1.5× bare React (gzip) | ${(app.firstLoad.gzip / bare.firstLoad.gzip).toFixed(2)}× | ${met(app.firstLoad.gzip / bare.firstLoad.gzip <= 1.5)} |`);
      say(`| Lighthouse 100/100/100 (first screen) | ${first.performance}/${first.accessibility}/${first.bestPractices} | ${met(first.performance === 100 && first.accessibility === 100 && first.bestPractices === 100)} |`);
      say(`| LCP ≤ 1.0 s simulated mobile (first screen) | ${(first.lcpMs / 1000).toFixed(2)} s (bare React: ${(bareLh.lcpMs / 1000).toFixed(2)} s) | ${met(first.lcpMs <= 1000)} |`);
      say(`| each PDF ≤ 300 ms (warm) and ≤ 250 kB | ${Math.max(...pdfs.map((p) => p.warmMs))} ms, ${kb(Math.max(...pdfs.map((p) => p.bytes)))} | ${met(pdfs.every((p) => p.warmMs <= 300 && p.bytes <= 250 * 1024))} |`);
      say(`| engine ≥ 20 000 evaluations/s | ${Math.round(Math.min(...engine)).toLocaleString('en-GB')} (slowest guideline) | ${met(Math.min(...engine) >= 20_000)} |`);
    } finally {
      await context.close();
    }
  } finally {
    server.kill();
  }
  writeFileSync(join(ROOT, 'docs/performance.md'), `${lines.join('\n')}\n`);
  console.log('\nwritten to docs/performance.md');
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
