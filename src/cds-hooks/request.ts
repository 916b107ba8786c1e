// The hook request (CDS Hooks 2.0 §"HTTP Request"), checked before anything reads it: a bad field is
// named in words in the 400 answer. Unknown fields are allowed, as the spec asks of services.
import { z } from '../../guidelines/zod.ts';
import { formatPath } from '../engine/case-schema.ts';

export const MAX_DRAFT_ORDERS = 200;

const resource = z.looseObject({ resourceType: z.string({ error: 'must name its resourceType' }) });
const bundle = z.looseObject(
  {
    resourceType: z.literal('Bundle', { error: 'must be a FHIR Bundle' }),
    // Each order's wording is matched against the catalogue: a bound keeps one call's work bounded.
    entry: z
      .array(z.looseObject({ resource: resource.optional() }), { error: 'must be a list of entries' })
      .max(MAX_DRAFT_ORDERS, `has more than ${MAX_DRAFT_ORDERS} entries`)
      .optional(),
  },
  { error: 'is required: a FHIR Bundle of the draft orders' },
);

export const hookRequestSchema = z.looseObject({
  hook: z.string({ error: 'is required: the hook name' }),
  hookInstance: z.string({ error: 'is required: a UUID for this call' }).min(1, 'must not be empty'),
  fhirServer: z.string().optional(),
  context: z.looseObject(
    {
      userId: z.string({ error: 'is required: who is ordering, e.g. Practitioner/123' }),
      patientId: z.string({ error: 'is required: the patient id' }),
      encounterId: z.string().optional(),
      selections: z.array(z.string(), { error: 'must be a list of references like ServiceRequest/abc' }).optional(),
      draftOrders: bundle,
    },
    { error: 'is required' },
  ),
  prefetch: z.record(z.string(), z.union([resource, z.null()])).optional(),
});

export type HookRequest = z.infer<typeof hookRequestSchema>;
export type FhirResource = z.infer<typeof resource>;

export type Parsed = { ok: true; request: HookRequest } | { ok: false; message: string };

export function parseHookRequest(body: unknown): Parsed {
  const r = hookRequestSchema.safeParse(body);
  if (r.success) return { ok: true, request: r.data };
  const problems = r.error.issues.map((i) => `${formatPath(i.path) || 'request'}: ${i.message}`);
  return { ok: false, message: `Bad hook request: ${problems.join('; ')}` };
}
