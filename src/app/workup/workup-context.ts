// The workup machine exposed to React: one actor per open case, read through narrow selectors,
// driven through one memoised set of senders. Clinical rules stay in the engine; which events are
// allowed is asked of the machine (`snapshot.can`), never re-derived here.
import { createActorContext } from '@xstate/react';
import { useMemo } from 'react';
import { type ActorOptions, createActor, type SnapshotFrom } from 'xstate';
import { type WorkupContext, type WorkupEvent, workupMachine } from '../../../machines/workup-machine.ts';
import type { Step } from '../../../machines/steps.ts';
import { evaluateCase } from '../../engine/evaluate.ts';
import type { GuidelineId, Role } from '../../../guidelines/ids.ts';
import { MACHINE_VERSION, type SavedCase } from '../../store/app-store.ts';

export const Workup = createActorContext(workupMachine);
export type WorkupSnapshot = SnapshotFrom<typeof workupMachine>;

export const selectStep = (s: WorkupSnapshot): Step => s.value as Step;
export const selectEvaluation = (s: WorkupSnapshot) => s.context.evaluation;
export const selectCase = (s: WorkupSnapshot) => s.context.case;
export const selectRole = (s: WorkupSnapshot) => s.context.role;
export const selectGuideline = (s: WorkupSnapshot) => s.context.guideline;

/** `snapshot.can(event)`, subscribed: re-renders only when the answer changes. */
export function useCan(event: WorkupEvent): boolean {
  return Workup.useSelector((s) => s.can(event));
}

type PersistedContext = { context: WorkupContext };

/**
 * What is stored for a case: the machine's persisted snapshot without the evaluations, which are
 * derived from the case and the guideline (about 50 kB each) and are computed again on restore.
 */
export function slimSnapshot(snapshot: unknown): unknown {
  const s = snapshot as PersistedContext;
  return { ...s, context: { ...s.context, evaluation: null, beforeGuidelineChange: null } };
}

/** The stored snapshot with its evaluation computed again, against the rule files of this build. */
export function restoreSnapshot(stored: unknown): WorkupSnapshot {
  const s = stored as PersistedContext;
  const { case: c, guideline } = s.context;
  return { ...s, context: { ...s.context, evaluation: c ? evaluateCase(c, guideline) : null, beforeGuidelineChange: null } } as unknown as WorkupSnapshot;
}

/** Restores the saved snapshot when it is from this machine version and still loads; otherwise starts afresh (the draft is kept). */
export function actorOptions(saved: SavedCase, role: Role, guideline: GuidelineId): ActorOptions<typeof workupMachine> {
  const m = saved.machine;
  if (m && m.version === MACHINE_VERSION && m.snapshot) {
    try {
      const snapshot = restoreSnapshot(m.snapshot);
      const probe = createActor(workupMachine, { snapshot });
      probe.start();
      const ok = probe.getSnapshot().status === 'active';
      probe.stop();
      if (ok) return { snapshot };
    } catch {
      // fall through: an unreadable snapshot restarts at the history, with the draft intact
    }
  }
  return { input: { role, guideline } };
}

export function useWorkupEvents() {
  const actor = Workup.useActorRef();
  return useMemo(() => {
    const send = (e: WorkupEvent) => actor.send(e);
    return {
      send,
      next: () => send({ type: 'step.next' }),
      back: () => send({ type: 'step.back' }),
      jump: (step: Step) => send({ type: 'step.jump', step }),
      openSummary: () => send({ type: 'summary.open' }),
    };
  }, [actor]);
}
