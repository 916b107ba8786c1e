// Lighthouse (mobile, simulated throttling) against the production build, in Debian's Chromium.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Lighthouse's own choice of the representative run (closest to the median FCP and TTI).
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  ttiMs: number;
  /** Lighthouse's own measure of this machine's CPU (its report's "CPU/Memory Power"). */
  benchmarkIndex: number;
}

export interface LighthouseOptions {
  /** Attach to an open Chromium on this port and keep its storage (a case in progress). */
  port?: number;
  /** Lighthouse's simulated CPU slowdown; its default is 4. */
  cpuSlowdown?: number;
}

/**
 * The CPU slowdown that makes this machine the mid-tier phone Lighthouse's mobile run stands for,
 * from Lighthouse's benchmark index, by the calculator Lighthouse's throttling docs point to
 * (docs/throttling.md, "Calibrating the CPU slowdown"; lighthouse-cpu-throttling-calculator):
 * 150 → 1×, 800 → 2×, 1300 → 3×, 1533 → 4× (the desktop the default 4× assumes), 2000 → 6×.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs Lighthouse once. */
export async function lighthouse(url: string, options: LighthouseOptions = {}): Promise<LighthouseFigures> {
  return figures(await retried(() => lighthouseReport(url, options)));
}

/** On a busy machine Lighthouse sometimes fails to record the trace (NO_NAVSTART): such a run is repeated, up to three tries. */
async function retried(run: () => Promise<Report>): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/** `runs` fresh Lighthouse runs: Lighthouse's median run, and every run's performance score. */
export async function lighthouseMedian(url: string, options: LighthouseOptions = {}, runs = 3): Promise<LighthouseFigures & { scores: number[] }> {
  const reports = [];
  for (let i = 0; i < runs; i++) reports.push(await retried(() => lighthouseReport(url, options)));
  const indexes = reports.map((r) => r.environment.benchmarkIndex).sort((a, b) => a - b);
  // The machine's speed over all the runs, not just the representative one's.
  const benchmarkIndex = indexes[Math.floor(indexes.length / 2)]!;
  return { ...figures(computeMedianRun(reports)), benchmarkIndex, scores: reports.map((r) => figures(r).performance) };
}

interface Report {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number }>;
  environment: { benchmarkIndex: number };
  runtimeError?: { message: string };
}

async function lighthouseReport(url: string, { port, cpuSlowdown }: LighthouseOptions): Promise<Report> {
  const out = join(mkdtempSync(join(tmpdir(), 'rpl-lh-')), 'report.json');
  const args = [url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices'];
  if (cpuSlowdown !== undefined) args.push(`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`);
  if (port) args.push(`--port=${port}`, '--disable-storage-reset');
  else args.push(`--chrome-flags=${[...FLAGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'rpl-lh-profile-'))}`].join(' ')}`);
  // Asynchronous on purpose: this process must keep serving its own event loop while Lighthouse runs.
  await promisify(execFile)('node_modules/.bin/lighthouse', args, {
    env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
    timeout: 300_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  return report;
}

function figures(report: Report): LighthouseFigures {
  const score = (k: string) => Math.round(report.categories[k]!.score * 100);
  const audit = (k: string) => report.audits[k]!.numericValue as number;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    ttiMs: audit('interactive'),
    benchmarkIndex: report.environment.benchmarkIndex,
  };
}
