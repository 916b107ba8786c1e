import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const url = process.argv[2];
const out = [];
for (let i = 0; i < 4; i++) {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const p = await b.newPage({ viewport: { width: 412, height: 823 } });
  await b.startTracing(p, { path: '/tmp/lh/lt.json', categories: ['devtools.timeline'] });
  await p.goto(url);
  await p.waitForTimeout(600);
  await b.stopTracing();
  await b.close();
  const ev = JSON.parse(readFileSync('/tmp/lh/lt.json', 'utf8')).traceEvents;
  out.push(ev.filter((e) => e.name === 'Layout' && e.dur).reduce((s, e) => s + e.dur, 0) / 1000);
}
console.log('total layout ms per load:', out.map((x) => x.toFixed(1)).join(', '));
