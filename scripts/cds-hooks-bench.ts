// `npm run bench:cds-hooks`: a bounded load test of the CDS Hooks service on loopback (autocannon,
// a fixed number of requests per scenario). Writes throughput and p99 latency into
// docs/performance.md between the cds-hooks markers (appended if absent; `npm run bench` keeps them).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { hookRequest, medicationRequest, searchBundle, serviceRequest } from '../tests/support/cds-hooks.ts';

const REQUESTS = 3000;
const WARM_UP = 300;
const CONNECTIONS = 10;
const DOC = 'docs/performance.md';
const START = '<!-- cds-hooks:start -->';
const END = '<!-- cds-hooks:end -->';

const prefetch = {
  patient: { resourceType: 'Patient', id: '1288992', birthDate: '1990-05-01' },
  conditions: searchBundle([{ resourceType: 'Condition', code: { text: 'Recurrent miscarriage' } }]),
  observations: searchBundle([
    { resourceType: 'Observation', status: 'final', code: { text: 'TSH' }, effectiveDateTime: '2026-03-01', valueQuantity: { value: 1.6, unit: 'mIU/L' } },
  ]),
};

const SCENARIOS = [
  {
    name: 'order-select: "Natural killer cell test" → warning card',
    path: '/cds-services/rpl-workup-order-select',
    body: hookRequest('order-select', [serviceRequest('nk-1', { text: 'Natural killer cell test' })]),
  },
  {
    name: 'order-select: lupus anticoagulant → no card',
    path: '/cds-services/rpl-workup-order-select',
    body: hookRequest('order-select', [serviceRequest('la-1', { text: 'Lupus anticoagulant' })]),
  },
  {
    name: 'order-sign: 3 orders (NK by code, steroids, IVIG) with prefetch → 3 cards',
    path: '/cds-services/rpl-workup-order-sign',
    body: hookRequest(
      'order-sign',
      [serviceRequest('nk', { code: 'nk-cells-blood' }), medicationRequest('p', 'Prednisone 10 mg oral tablet'), medicationRequest('i', 'IVIG')],
      { prefetch },
    ),
  },
  { name: 'discovery (GET /cds-services)', path: '/cds-services', method: 'GET' as const },
];

/** The service in its own process, as deployed, on a free loopback port. */
function startService(): Promise<{ url: string; stop: () => void }> {
  const child = spawn('node_modules/.bin/tsx', ['src/cds-hooks/main.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const m = /http:\/\/127\.0\.0\.1:\d+/.exec(d.toString());
      if (m) resolve({ url: m[0], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`the service exited (${code})`)));
  });
}

async function run(url: string, s: (typeof SCENARIOS)[number], amount: number) {
  const body = 'body' in s ? JSON.stringify(s.body) : undefined;
  const result = await autocannon({
    url: `${url}${s.path}`,
    method: s.method ?? 'POST',
    connections: CONNECTIONS,
    amount,
    ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}),
  });
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures) throw new Error(`${s.name}: ${failures} failed requests`);
  return { throughput: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

const loadAtStart = loadavg()[0]!.toFixed(1);
const service = await startService();
const rows: string[] = [];
try {
  for (const s of SCENARIOS) {
    await run(service.url, s, WARM_UP);
    const r = await run(service.url, s, REQUESTS);
    rows.push(`| ${s.name} | ${r.total} | ${Math.round(r.throughput).toLocaleString('en-GB')} | ${r.p50} ms | ${r.p99} ms |`);
    process.stdout.write(`${rows.at(-1)}\n`);
  }
} finally {
  service.stop();
}

const block = [
  START,
  `## CDS Hooks service under load (measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:cds-hooks\`)`,
  '',
  `One service process on 127.0.0.1, ${CONNECTIONS} connections, ${REQUESTS} requests per scenario after ${WARM_UP} to warm up (autocannon 9.0.0, Node ${process.version}, ${cpus().length} cores, load average ${loadAtStart} at the start: other work shares the machine, so figures vary from run to run).`,
  '',
  '| scenario | requests | requests / s | p50 latency | p99 latency |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
  END,
].join('\n');
const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
const at = doc.indexOf(START);
const endAt = doc.indexOf(END);
const next = at >= 0 && endAt > at ? `${doc.slice(0, at)}${block}${doc.slice(endAt + END.length)}` : `${doc.trimEnd()}\n\n${block}\n`;
writeFileSync(DOC, next);
process.stdout.write(`written to ${DOC}\n`);
