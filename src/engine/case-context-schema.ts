// The patient-context fields of CONTRACT.md §1a: a pregnancy now, the medicines taken now, and the
// checks across fields that make a context contradictory. Each problem names its field.
import { z } from '../../guidelines/zod.ts';
import { MEDICINE_IDS } from '../../guidelines/ids.ts';
import { plausibleDate as isoDate } from './case-dates.ts';

const flag = z.boolean({ error: 'must be true or false' }).optional();
const weeks = (what: string) =>
  z
    .number({ error: `must be a number of ${what}` })
    .int('must be whole weeks')
    .min(3, 'must be at least 3 weeks')
    .max(42, 'must be at most 42 weeks');

export const currentPregnancySchema = z
  .strictObject(
    {
      /** Completed weeks today. */
      gestationWeeks: weeks('completed weeks').optional(),
      /** An intrauterine pregnancy has been seen on a scan. */
      intrauterineConfirmed: flag,
      heartbeat: flag,
      /** Vaginal bleeding now. */
      bleeding: flag,
      pain: flag,
      /** Latest transvaginal cervical length. */
      cervicalLengthMm: z
        .number({ error: 'must be a number of millimetres' })
        .finite('must be a finite number')
        .min(0, 'cannot be negative')
        .max(80, 'must be at most 80 mm; check the number')
        .optional(),
      /** Gestation when the cervical length was measured. */
      cervicalLengthAtWeeks: weeks('weeks of gestation').optional(),
    },
    { error: 'must describe the pregnancy now' },
  )
  .superRefine((p, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (p.cervicalLengthAtWeeks !== undefined && p.cervicalLengthMm === undefined) {
      issue('cervicalLengthAtWeeks', 'is given without cervicalLengthMm; enter the length measured');
    }
    if (p.cervicalLengthAtWeeks !== undefined && p.gestationWeeks !== undefined && p.cervicalLengthAtWeeks > p.gestationWeeks) {
      issue('cervicalLengthAtWeeks', `(${p.cervicalLengthAtWeeks} weeks) is later than the pregnancy now (${p.gestationWeeks} weeks)`);
    }
    if (p.heartbeat === true && p.intrauterineConfirmed === undefined) {
      issue('intrauterineConfirmed', 'is needed with heartbeat: say whether the scan showed the pregnancy in the womb');
    }
  });

const MEDICINE_LIST = MEDICINE_IDS.join(', ');

export function medicinesSchema(today: string) {
  return z
    .array(
      z.strictObject({
        id: z.enum(MEDICINE_IDS, { error: `is not a known medicine id; use one of ${MEDICINE_LIST}` }),
        note: z.string().max(200, 'must be at most 200 characters').optional(),
        since: isoDate.refine((d) => d <= today, 'is in the future; enter when she started it').optional(),
      }),
      { error: 'must be a list of medicines taken now' },
    )
    .superRefine((list, ctx) => {
      // Runs even when an entry is invalid, so every problem is named at once: read defensively.
      if (!Array.isArray(list)) return;
      const ids = list.map((m: unknown) => (typeof m === 'object' && m !== null ? (m as { id?: unknown }).id : undefined));
      ids.forEach((id, i) => {
        if (typeof id === 'string' && ids.indexOf(id) !== i) {
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `${id} is listed twice; put both doses in one note` });
        }
      });
    }, ALWAYS);
}

/** Cross-field checks run even when another field is wrong, so every problem is named at once. */
export const ALWAYS = { when: () => true };

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});

/** Checks across the case: a pregnancy now when the history says not pregnant; a VTE cause without a VTE. */
export function refineContext(value: unknown, ctx: z.RefinementCtx): void {
  const c = record(value);
  const h = record(c.history);
  if (c.currentPregnancy !== undefined && h.currentlyPregnant === false) {
    ctx.addIssue({
      code: 'custom',
      path: ['currentPregnancy'],
      message: 'is given but history.currentlyPregnant is false; set currentlyPregnant to true or remove currentPregnancy',
    });
  }
  if (h.venousThrombosisCause !== undefined && h.venousThrombosis !== true) {
    ctx.addIssue({
      code: 'custom',
      path: ['history', 'venousThrombosisCause'],
      message: 'is given but history.venousThrombosis is not true; record the thrombosis or remove its cause',
    });
  }
}
