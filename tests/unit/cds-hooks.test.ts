// The CDS Hooks 2.0 service, called over HTTP on loopback as an EHR would call it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call, type CardJson, hookRequest, medicationRequest, PATIENT_ID, searchBundle, serviceRequest, startServer } from '../support/cds-hooks.ts';

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const SELECT = 'rpl-workup-order-select';
const SIGN = 'rpl-workup-order-sign';
const cardsOf = async (service: string, body: unknown): Promise<CardJson[]> => {
  const r = await call(server.base, service, body);
  expect(r.status).toBe(200);
  return r.json.cards!;
};
const created = (card: CardJson) =>
  card
    .suggestions!.flatMap((s) => s.actions)
    .filter((a) => a.type === 'create')
    .map((a) => a.resource!.code.coding[0]!.code);

describe('discovery', { timeout: 60_000 }, () => {
  it('lists order-select and order-sign services, with CORS for any origin', async () => {
    const res = await fetch(`${server.base}/cds-services`, { headers: { Origin: 'https://ehr.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const { services } = (await res.json()) as { services: { id: string; hook: string; description: string; prefetch: Record<string, string> }[] };
    expect(services.map((s) => [s.id, s.hook])).toEqual([
      [SELECT, 'order-select'],
      [SIGN, 'order-sign'],
      ['rpl-workup-order-select-rcog-2023', 'order-select'],
      ['rpl-workup-order-sign-rcog-2023', 'order-sign'],
    ]);
    expect(services[0]!.prefetch.patient).toBe('Patient/{{context.patientId}}');
    expect(services[0]!.description).toContain('ESHRE 2022');
  });

  it('answers a CORS preflight', async () => {
    const res = await fetch(`${server.base}/cds-services/${SELECT}`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://ehr.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Content-Type, Authorization/);
  });
});

describe('order-select', { timeout: 60_000 }, () => {
  it('"Natural killer cell test" by text: a warning card citing ESHRE, to remove the order and order the proven-value tests', async () => {
    const cards = await cardsOf(SELECT, hookRequest('order-select', [serviceRequest('nk-1', { text: 'Natural killer cell test' })]));
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(card.indicator).toBe('warning');
    expect(card.summary.length).toBeLessThanOrEqual(140);
    expect(card.summary).toMatch(/^Natural killer \(NK\) cells in blood: not recommended by ESHRE 2022, 2017 rec 22/);
    expect(card.source).toEqual({ label: 'RPL Workup · ESHRE 2022', url: expect.stringMatching(/^https:\/\//) });
    expect(card.detail).toMatch(/\*\*Why:\*\* Natural killer cell testing/);
    expect(card.detail).toMatch(/\*\*Harms:\*\*/);
    expect(card.detail).toContain('ESHRE 2022 · 2017 rec 22');
    expect(card.detail).toContain('by its wording ("natural killer cells")');
    expect(card.detail).toMatch(/Number of pregnancy losses unknown: assumed ESHRE 2022's definition is met/);
    expect(card.suggestions![0]!.actions).toEqual([{ type: 'delete', description: expect.any(String), resourceId: ['ServiceRequest/nk-1'] }]);
    expect(created(card)).toEqual(expect.arrayContaining(['aps-lupus-anticoagulant', 'aps-anticardiolipin', 'tsh', 'tpo-antibodies', 'pelvic-ultrasound-3d']));
  });

  it('by code, and with a typo ("nk cels"): the same warning', async () => {
    const [byCode] = await cardsOf(SELECT, hookRequest('order-select', [serviceRequest('nk-2', { code: 'nk-cells-blood' })]));
    expect(byCode!.summary).toMatch(/^Natural killer \(NK\) cells in blood: not recommended/);
    expect(byCode!.detail).toContain('by its code');
    const [typo] = await cardsOf(SELECT, hookRequest('order-select', [serviceRequest('nk-3', { text: 'nk cels' })]));
    expect(typo!.indicator).toBe('warning');
  });

  it('lupus anticoagulant gets no card, and is not offered again beside an NK order', async () => {
    expect(await cardsOf(SELECT, hookRequest('order-select', [serviceRequest('la-1', { text: 'Lupus anticoagulant' })]))).toEqual([]);
    const both = hookRequest('order-select', [serviceRequest('nk-1', { text: 'NK cell test' }), serviceRequest('la-1', { text: 'Lupus anticoagulant' })]);
    const cards = await cardsOf(SELECT, both);
    expect(cards).toHaveLength(1);
    expect(created(cards[0]!)).not.toContain('aps-lupus-anticoagulant');
  });

  it('looks only at the orders just selected', async () => {
    const body = hookRequest('order-select', [serviceRequest('nk-1', { text: 'NK cell test' }), serviceRequest('la-1', { text: 'Lupus anticoagulant' })], {
      selections: ['ServiceRequest/la-1'],
    });
    expect(await cardsOf(SELECT, body)).toEqual([]);
  });

  it('an order it cannot name gets no card', async () => {
    expect(await cardsOf(SELECT, hookRequest('order-select', [serviceRequest('x', { text: 'Full metabolic panel with banana' })]))).toEqual([]);
  });
});

describe('order-sign', { timeout: 60_000 }, () => {
  it('steroids and IVIG as medication orders each get a card; escaped order text cannot inject markdown', async () => {
    const cards = await cardsOf(
      SIGN,
      hookRequest('order-sign', [medicationRequest('m1', 'Prednisone 10 mg oral tablet'), medicationRequest('m2', 'IVIG *now* [x](javascript:alert(1))')]),
    );
    expect(cards.map((c) => c.summary.split(':')[0])).toEqual([
      'Glucocorticoids (prednisolone, prednisone, dexamethasone)',
      'Intravenous immunoglobulin (IVIG)',
    ]);
    expect(cards[1]!.detail).toContain('IVIG \\*now\\* \\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(cards[0]!.suggestions![0]!.actions[0]!.resourceId).toEqual(['MedicationRequest/m1']);
  });

  it('heparin: warned when nothing says she has APS, with the condition under which ESHRE supports it; not warned once the prefetch shows APS', async () => {
    const order = [medicationRequest('h1', 'Enoxaparin 40 mg injection')];
    const [warned] = await cardsOf(SIGN, hookRequest('order-sign', order));
    expect(warned!.detail).toMatch(/ESHRE 2022 does support it when:\*\* .*[Aa]ntiphospholipid/);
    expect(warned!.detail).toContain('No laboratory results were sent');
    const la = (date: string) => ({
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'Lupus anticoagulant' },
      effectiveDateTime: date,
      interpretation: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'POS' }] }],
    });
    const prefetch = {
      patient: { resourceType: 'Patient', id: PATIENT_ID, birthDate: '1990-05-01' },
      // Three losses: with APS, ESHRE rec 44 supports heparin (with two, rec 45 keeps it to research).
      conditions: searchBundle([1, 2, 3].map(() => ({ resourceType: 'Condition', code: { text: 'Miscarriage' } }))),
      observations: searchBundle([la('2026-01-05'), la('2026-04-20')]),
    };
    expect(await cardsOf(SIGN, hookRequest('order-sign', order, { prefetch }))).toEqual([]);
    const twoLosses = { ...prefetch, conditions: searchBundle([1, 2].map(() => ({ resourceType: 'Condition', code: { text: 'Miscarriage' } }))) };
    const [research] = await cardsOf(SIGN, hookRequest('order-sign', order, { prefetch: twoLosses }));
    expect(research!.detail).toContain('rec 45');
  });

  it('heparin for a woman on an oral anticoagulant (an active MedicationStatement) is not warned about', async () => {
    const order = [medicationRequest('h1', 'Enoxaparin 40 mg injection')];
    const prefetch = {
      medications: searchBundle([
        {
          resourceType: 'MedicationStatement',
          status: 'active',
          medicationCodeableConcept: { text: 'Rivaroxaban 20 mg tablet' },
          subject: { reference: `Patient/${PATIENT_ID}` },
        },
      ]),
    };
    expect(await cardsOf(SIGN, hookRequest('order-sign', order, { prefetch }))).toEqual([]);
  });

  it('reads losses from Conditions and says what it still could not know', async () => {
    const prefetch = {
      patient: { resourceType: 'Patient', id: PATIENT_ID },
      conditions: searchBundle([{ resourceType: 'Condition', code: { text: 'Recurrent miscarriage' } }]),
    };
    const [card] = await cardsOf(SIGN, hookRequest('order-sign', [medicationRequest('i1', 'Intralipid 20% infusion')], { prefetch }));
    expect(card!.detail).not.toContain('Number of pregnancy losses unknown');
    expect(card!.detail).toContain('Age unknown (no birth date sent).');
    // "Recurrent" without a count is read as the guideline's minimum, and the card says so.
    expect(card!.detail).toContain('Recurrent pregnancy loss is recorded without the number of losses: read as 2');
  });

  it('does not call the count assumed when the losses themselves are recorded', async () => {
    const loss = { resourceType: 'Condition', code: { text: 'Miscarriage' } };
    const prefetch = {
      patient: { resourceType: 'Patient', id: PATIENT_ID, birthDate: '1990-01-01' },
      conditions: searchBundle([{ resourceType: 'Condition', code: { text: 'Recurrent miscarriage' } }, loss, loss, loss]),
    };
    const [card] = await cardsOf(SIGN, hookRequest('order-sign', [medicationRequest('i1', 'Intralipid 20% infusion')], { prefetch }));
    expect(card!.detail).not.toContain('without the number of losses');
    expect(card!.detail).not.toContain('Number of pregnancy losses unknown');
  });

  it('answers for RCOG on its own service', async () => {
    const [card] = await cardsOf('rpl-workup-order-sign-rcog-2023', hookRequest('order-sign', [serviceRequest('nk', { text: 'NK cell assay' })]));
    expect(card!.source.label).toBe('RPL Workup · RCOG GTG 17 (2023)');
  });
});

describe('bad requests', { timeout: 60_000 }, () => {
  it('malformed JSON → 400 with a JSON message and no stack trace', async () => {
    const r = await call(server.base, SELECT, '{"hook": "order-select", ');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(r.json).toEqual({ error: 'The request body is not valid JSON' });
  });

  it('a missing field is named; the wrong hook is refused', async () => {
    const body = hookRequest('order-select', []);
    delete (body.context as Record<string, unknown>).patientId;
    const r = await call(server.base, SELECT, body);
    expect(r.status).toBe(400);
    expect(r.json.error).toContain('context.patientId: is required');
    const wrong = await call(server.base, SELECT, hookRequest('order-sign', []));
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toContain('answers "order-select"');
    expect(JSON.stringify([r.json, wrong.json])).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  it('more draft orders than the limit → 400 naming the field', async () => {
    const many = Array.from({ length: 201 }, (_, i) => serviceRequest(`o${i}`, { text: 'TSH' }));
    const r = await call(server.base, SIGN, hookRequest('order-sign', many));
    expect(r.status).toBe(400);
    expect(r.json.error).toContain('context.draftOrders.entry: has more than 200 entries');
  });

  it('unknown service → 404; a body over the limit → 413; GET on a service → 405', async () => {
    expect((await call(server.base, 'no-such-service', hookRequest('order-select', []))).status).toBe(404);
    const huge = JSON.stringify({ padding: 'x'.repeat(1_100_000) });
    expect((await call(server.base, SELECT, huge)).status).toBe(413);
    expect((await fetch(`${server.base}/cds-services/${SELECT}`)).status).toBe(405);
  });

  it('logs nothing about the request', async () => {
    const spies = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write'), vi.spyOn(console, 'log'), vi.spyOn(console, 'error')];
    await cardsOf(SELECT, hookRequest('order-select', [serviceRequest('nk-1', { text: 'NK cell test' })]));
    await call(server.base, SELECT, '{');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    for (const spy of spies) spy.mockRestore();
  });
});
