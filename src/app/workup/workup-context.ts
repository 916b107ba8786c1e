// The workup machine exposed to React: one actor per open case, read through narrow selectors,
// driven through one memoised set of senders. Clinical rules stay in the engine; which events are
// allowed is asked of the machine (`snapshot.can`), never re-derived here.
import { createActorContext } from '@xstate/react';
import { useMemo } from 'react';
import { type ActorOptions, createActor, type SnapshotFrom } from 'xstate';
import { evaluationBeforeGuidelineChange, evaluationOf, type WorkupEvent, workupMachine } from '../../../machines/workup-machine.ts';
import type { Step } from '../../../machines/steps.ts';
import { validateCase } from '../../engine/case-schema.ts';
import { MACHINE_VERSION, type Preferences, type SavedCase, STORE_NAME, storage } from '../../store/app-store.ts';
import { availableGuidelines } from '../guidelines.ts';

export const Workup = createActorContext(workupMachine);
export type WorkupSnapshot = SnapshotFrom<typeof workupMachine>;

export const selectStep = (s: WorkupSnapshot): Step => s.value as Step;
/** Derived, memoised per case and guideline: the same object until either changes. */
export const selectEvaluation = (s: WorkupSnapshot) => evaluationOf(s.context);
export const selectEvaluationBeforeGuidelineChange = (s: WorkupSnapshot) => evaluationBeforeGuidelineChange(s.context);
export const selectCase = (s: WorkupSnapshot) => s.context.case;
export const selectGuideline = (s: WorkupSnapshot) => s.context.guideline;

/** `snapshot.can(event)`, subscribed: re-renders only when the answer changes. */
export function useCan(event: WorkupEvent): boolean {
  return Workup.useSelector((s) => s.can(event));
}

type Restored = NonNullable<ActorOptions<typeof workupMachine>['snapshot']>;

/** Cases whose unusable saved case was already reported (opening renders twice in StrictMode). */
const reported = new Set<string>();

/**
 * A stored snapshot this machine can resume: an active one whose case (if any) passes the case-file
 * schema. A case that fails is set aside (the saved text kept to download) and named field by field.
 */
function restorable(stored: unknown, saved: SavedCase): stored is Restored {
  if (typeof stored !== 'object' || stored === null || !('status' in stored) || stored.status !== 'active') return false;
  if (!('context' in stored) || typeof stored.context !== 'object' || stored.context === null) return false;
  const c = 'case' in stored.context ? stored.context.case : null;
  const v = c === null ? null : validateCase(c);
  if (!v || v.ok) return true;
  if (!reported.has(saved.rev)) {
    reported.add(saved.rev);
    const where = v.problems
      .slice(0, 3)
      .map((p) => `${p.path} ${p.message}`)
      .join('; ');
    storage.setAsideLastRead(
      STORE_NAME,
      'repaired',
      `The saved progress of the case ${saved.draft.name.trim() ? `“${saved.draft.name.trim()}”` : 'opened'} could not be used (${where}). It starts again at the history, with what was typed kept.`,
    );
  }
  return false;
}

/**
 * Resumes the saved workup when it is from this machine version, holds a valid case and still
 * loads; otherwise starts afresh (the draft is kept): a case opened from a file starts at its
 * definition step (a nurse's at the triage summary), under its own guideline when this build has it.
 */
export function actorOptions(saved: SavedCase, preferences: Pick<Preferences, 'guideline' | 'role'>): ActorOptions<typeof workupMachine> {
  const m = saved.machine;
  if (m && m.version === MACHINE_VERSION && restorable(m.snapshot, saved)) {
    try {
      const probe = createActor(workupMachine, { snapshot: m.snapshot });
      probe.start();
      const ok = probe.getSnapshot().status === 'active';
      probe.stop();
      if (ok) return { snapshot: m.snapshot };
    } catch {
      // fall through: an unreadable snapshot restarts at the history, with the draft intact
    }
  }
  const opened = saved.fromFile && validateCase(saved.fromFile).ok ? saved.fromFile : undefined;
  const own = opened?.guideline;
  const guideline = own && availableGuidelines().includes(own) ? own : preferences.guideline;
  return { input: opened ? { guideline, case: opened, triage: preferences.role === 'nurse' } : { guideline } };
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
