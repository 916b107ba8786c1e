// Snapshot persistence: getPersistedSnapshot → JSON → createActor({ snapshot }) restores the same
// step and the same context, and the restored actor carries on exactly as the original would.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { type WorkupEvent, workupMachine } from '../../machines/workup-machine.ts';
import { AVAILABLE_GUIDELINES, COMPLETE, COMPLETE_ULTRASOUND, INCOMPLETE, LA_POSITIVE, ONE_LOSS, REASON } from '../support/machine-fixtures.ts';

const walk = (c = COMPLETE): WorkupEvent[] => [
  { type: 'intake.submit', case: c },
  { type: 'definition.continue', acknowledged: true },
  { type: 'step.next' },
  { type: 'step.next' },
  { type: 'step.next' },
  { type: 'step.next' },
];
const other = AVAILABLE_GUIDELINES.find((g) => g !== 'eshre-2022');

const journeys: Array<[string, string, WorkupEvent[]]> = [
  ['intake (fresh)', 'intake', []],
  ['definition (one loss, not yet acknowledged)', 'definition', [{ type: 'intake.submit', case: ONE_LOSS }]],
  [
    'genetic (one loss, acknowledged)',
    'genetic',
    [
      { type: 'intake.submit', case: ONE_LOSS },
      { type: 'definition.continue', acknowledged: true },
    ],
  ],
  ['antiphospholipid (repeat due)', 'antiphospholipid', [...walk(INCOMPLETE).slice(0, -1), { type: 'result.record', result: LA_POSITIVE }]],
  [
    'review (items declined, an item asked about)',
    'review',
    [...walk(INCOMPLETE), { type: 'item.decline', id: 'tsh', reason: REASON }, { type: 'item.ask', id: 'nk-cells-blood' }],
  ],
  ['immune', 'immune', [...walk(), { type: 'step.next' }]],
  ['summary via immune', 'summary', [...walk(), { type: 'step.next' }, { type: 'step.next' }]],
  ['summary without immune', 'summary', [...walk(INCOMPLETE), { type: 'summary.open' }]],
  ...(other
    ? [[`review after a change to ${other}`, 'review', [...walk(), { type: 'guideline.change', guideline: other }]] as [string, string, WorkupEvent[]]]
    : []),
];

function run(events: WorkupEvent[]) {
  const actor = createActor(workupMachine).start();
  for (const e of events) actor.send(e);
  return actor;
}

describe('persisted snapshots', () => {
  it.each(journeys)('%s: restores the same step and context', (_, step, events) => {
    const original = run(events);
    const snap = original.getSnapshot();
    expect(snap.value).toBe(step);

    const json = JSON.stringify(original.getPersistedSnapshot());
    const restored = createActor(workupMachine, { snapshot: JSON.parse(json) }).start();
    const back = restored.getSnapshot();

    expect(back.status).toBe('active');
    expect(back.value).toBe(snap.value);
    expect(back.context).toEqual(snap.context);
    // Persisting the restored actor gives the same JSON again.
    expect(JSON.stringify(restored.getPersistedSnapshot())).toBe(json);

    // The restored actor behaves as the original: same answers to the same next events.
    const probes: WorkupEvent[] = [
      { type: 'step.next' },
      { type: 'step.back' },
      { type: 'step.jump', step: 'immune' },
      { type: 'summary.open' },
      { type: 'result.remove', ...COMPLETE_ULTRASOUND },
    ];
    for (const e of probes) expect(back.can(e)).toBe(snap.can(e));
    original.send({ type: 'step.back' });
    restored.send({ type: 'step.back' });
    expect(restored.getSnapshot().value).toBe(original.getSnapshot().value);
    expect(restored.getSnapshot().context).toEqual(original.getSnapshot().context);
    original.stop();
    restored.stop();
  });

  it('a restored immune step still leaves for review when the gate re-closes', () => {
    const json = JSON.stringify(run([...walk(), { type: 'step.next' }]).getPersistedSnapshot());
    const restored = createActor(workupMachine, { snapshot: JSON.parse(json) }).start();
    expect(restored.getSnapshot().value).toBe('immune');
    restored.send({ type: 'result.remove', ...COMPLETE_ULTRASOUND });
    expect(restored.getSnapshot().value).toBe('review');
    expect(restored.getSnapshot().can({ type: 'step.next' })).toBe(false);
  });
});
