// A CDS Hooks server on a free loopback port for one test file, and hook requests shaped like the
// examples of the CDS Hooks 2.0 specification (hookInstance, fhirServer, context with userId,
// patientId, encounterId, selections, draftOrders Bundle; prefetch keyed as the discovery says).
import type { AddressInfo } from 'node:net';
import { createCdsServer } from '../../src/cds-hooks/server.ts';
import { ITEM_SYSTEM } from '../../src/fhir/systems.ts';

export async function startServer(): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createCdsServer({ today: () => '2026-11-23' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const PATIENT_ID = '1288992';

type Order = Record<string, unknown>;

export function serviceRequest(id: string, code: { text?: string; code?: string }): Order {
  return {
    resourceType: 'ServiceRequest',
    id,
    status: 'draft',
    intent: 'order',
    code: { ...(code.code ? { coding: [{ system: ITEM_SYSTEM, code: code.code }] } : {}), ...(code.text ? { text: code.text } : {}) },
    subject: { reference: `Patient/${PATIENT_ID}` },
  };
}

export function medicationRequest(id: string, text: string): Order {
  return {
    resourceType: 'MedicationRequest',
    id,
    status: 'draft',
    intent: 'order',
    medicationCodeableConcept: { text },
    subject: { reference: `Patient/${PATIENT_ID}` },
  };
}

export function hookRequest(hook: 'order-select' | 'order-sign', orders: Order[], options: { selections?: string[]; prefetch?: Record<string, unknown> } = {}) {
  return {
    hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
    fhirServer: 'http://hooks.smarthealthit.org:9080',
    hook,
    context: {
      userId: 'Practitioner/123',
      patientId: PATIENT_ID,
      encounterId: '89284',
      ...(hook === 'order-select' ? { selections: options.selections ?? orders.map((o) => `${o.resourceType}/${o.id}`) } : {}),
      draftOrders: { resourceType: 'Bundle', type: 'collection', entry: orders.map((resource) => ({ resource })) },
    },
    ...(options.prefetch ? { prefetch: options.prefetch } : {}),
  };
}

export function searchBundle(resources: Record<string, unknown>[]) {
  return { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) };
}

export async function call(base: string, service: string, body: unknown) {
  const res = await fetch(`${base}/cds-services/${service}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> & { cards?: CardJson[]; error?: string } };
}

export interface CardJson {
  summary: string;
  detail: string;
  indicator: string;
  source: { label: string; url: string };
  suggestions?: { label: string; actions: { type: string; resourceId?: string[]; resource?: { code: { coding: { code: string }[] } } }[] }[];
  links?: { url: string }[];
}
