// Lighthouse (mobile, simulated throttling) against the production build, in Debian's Chromium.
import { spawnSync } from 'node:child_process';
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
export function lighthouse(url: string, port?: number): LighthouseFigures {
  const out = join(mkdtempSync(join(tmpdir(), 'rpl-lh-')), 'report.json');
  const args = [
    url, '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
  ];
  if (port) args.push(`--port=${port}`, '--disable-storage-reset');
  else args.push(`--chrome-flags=${[...FLAGS, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'rpl-lh-profile-'))}`].join(' ')}`);
  const r = spawnSync('node_modules/.bin/lighthouse', args, {
    encoding: 'utf8', env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`lighthouse failed (status ${r.status}, ${r.signal ?? "no signal"}): ${r.stderr.slice(-500)} ${r.stdout.slice(-500)} ${r.error?.message ?? ""}`);
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
