// Lighthouse (mobile, simulated throttling) against the production build, in Debian's Chromium.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Runs Lighthouse; with `port`, it attaches to an open Chromium and keeps its storage (a case in progress). */
export async function lighthouse(url: string, port?: number): Promise<LighthouseFigures> {
  const out = join(mkdtempSync(join(tmpdir(), 'rpl-lh-')), 'report.json');
  const args = [
    url, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
  ];
  if (port) args.push(`--port=${port}`, '--disable-storage-reset');
  else args.push(`--chrome-flags=${[...FLAGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'rpl-lh-profile-'))}`].join(' ')}`);
  // Asynchronous on purpose: this process must keep serving its own event loop while Lighthouse runs.
  await promisify(execFile)('node_modules/.bin/lighthouse', args, {
    env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (k: string) => Math.round(report.categories[k].score * 100);
  const audit = (k: string) => report.audits[k].numericValue as number;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}
