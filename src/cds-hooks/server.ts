// The CDS Hooks 2.0 HTTP service (node:http, no framework). Stateless: every answer is computed from
// the request alone; nothing is stored and no patient data is logged, so replicas scale out freely.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { todayIso } from '../engine/case-schema.ts';
import { cardsFor } from './cards.ts';
import { readDraftOrders } from './orders.ts';
import { readPatientContext } from './patient-context.ts';
import { parseHookRequest } from './request.ts';
import { discovery, findService } from './services.ts';

/** A hook request with a few dozen draft orders and prefetched resources is well under this. */
export const MAX_BODY_BYTES = 1_000_000;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization',
  'Access-Control-Max-Age': '600',
};

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  const headers: Record<string, string> = { ...CORS, 'Cache-Control': 'no-store' };
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      reject(new HttpError(413, `Request body is larger than ${limit} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `Request body is larger than ${limit} bytes`));
        req.resume(); // drain without keeping it
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export interface ServerOptions {
  maxBodyBytes?: number;
  /** Today's date (YYYY-MM-DD), for ages and result dates; the real date unless a test fixes it. */
  today?: () => string;
  newId?: () => string;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: Required<ServerOptions>): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '');
  if (req.method === 'OPTIONS') return send(res, 204);
  if (path === '/cds-services') {
    if (req.method !== 'GET') throw new HttpError(405, 'Use GET for discovery');
    return send(res, 200, discovery());
  }
  const match = /^\/cds-services\/([^/]+)$/.exec(path);
  if (!match) throw new HttpError(404, 'Not found: the services are listed at GET /cds-services');
  const service = findService(decodeURIComponent(match[1]!));
  if (!service) throw new HttpError(404, `No service "${match[1]}": the services are listed at GET /cds-services`);
  if (req.method !== 'POST') throw new HttpError(405, `Use POST to call ${service.id}`);

  const text = await readBody(req, options.maxBodyBytes);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON');
  }
  const parsed = parseHookRequest(body);
  if (!parsed.ok) throw new HttpError(400, parsed.message);
  if (parsed.request.hook !== service.hook) throw new HttpError(400, `hook: ${service.id} answers "${service.hook}", not "${parsed.request.hook}"`);

  const orders = readDraftOrders(parsed.request, service.hook);
  if (orders.toCheck.length === 0) return send(res, 200, { cards: [] });
  const ctx = readPatientContext(parsed.request.prefetch, service.guideline, options.today());
  return send(res, 200, { cards: cardsFor(orders, ctx, service.guideline, parsed.request.context.patientId, options.newId) });
}

export function createCdsServer(options: ServerOptions = {}): Server {
  const resolved: Required<ServerOptions> = {
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    today: options.today ?? todayIso,
    newId: options.newId ?? (() => crypto.randomUUID()),
  };
  return createServer((req, res) => {
    handle(req, res, resolved).catch((e: unknown) => {
      if (res.headersSent) return;
      // A defect answers 500 with no detail: the message could hold request data, and a stack helps no caller.
      if (e instanceof HttpError) send(res, e.status, { error: e.message });
      else send(res, 500, { error: 'Internal error' });
    });
  });
}
