// The workup as a statechart: intake → definition → genetic → anatomical → hormonal →
// antiphospholipid → review → immune → summary. Clinical rules live in the engine and the
// guideline files; this machine only orders the steps and guards the immune gate.
import { assign, setup } from 'xstate';
import { type Case, type Result, validateCase } from '../src/engine/case-schema.ts';
import { evaluateCase } from '../src/engine/evaluate.ts';
import type { Evaluation } from '../src/engine/evaluation.ts';
import { DEFAULT_GUIDELINE, type GuidelineId, type ItemId } from '../guidelines/ids.ts';
import { type Step, STEPS } from './steps.ts';

/**
 * Workflow state only. The evaluation is derived from the case and the guideline (evaluationOf),
 * never stored; the user's role is a preference the store owns.
 */
export interface WorkupContext {
  case: Case | null;
  guideline: GuidelineId;
  /** The guideline before the last change, so the UI can show what changed (evaluationBeforeGuidelineChange). */
  previousGuideline: GuidelineId | null;
  /** Only while starting: the opened case goes to the summary (WorkupInput.triage). */
  triage: boolean;
  /** The user chose to continue although the case does not meet the guideline's definition. */
  definitionOverridden: boolean;
  /** The last item asked about (item.ask), answered from the evaluation with its flag and citation. */
  asked: ItemId | null;
  /** Steps the user has reached; `step.jump` may return to any of them. */
  reached: Step[];
}

export type WorkupEvent =
  | { type: 'intake.submit'; case: Case }
  | { type: 'case.update'; case: Case }
  | { type: 'definition.continue'; acknowledged?: boolean }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.jump'; step: Step }
  | { type: 'summary.open' }
  | { type: 'result.record'; result: Result }
  | { type: 'result.remove'; test: string; date: string }
  | { type: 'item.decline'; id: ItemId; reason: string }
  | { type: 'item.undecline'; id: ItemId }
  | { type: 'item.ask'; id: ItemId }
  | { type: 'guideline.change'; guideline: GuidelineId }
  | { type: 'case.reset' };

export interface WorkupInput {
  guideline: GuidelineId;
  /** A case opened from a file: the workup starts at its definition step. */
  case?: Case;
  /** With a case: start at the summary (a nurse triaging a referral sees the triage view first). */
  triage?: boolean;
}

// Cases in the context are never mutated (every change makes a new object), so one evaluation per
// case object and guideline can be kept for as long as the case object lives.
const evaluations = new WeakMap<Case, Map<GuidelineId, Evaluation>>();

function evaluate(c: Case | null, guideline: GuidelineId): Evaluation | null {
  if (!c) return null;
  let byGuideline = evaluations.get(c);
  if (!byGuideline) {
    byGuideline = new Map();
    evaluations.set(c, byGuideline);
  }
  let e = byGuideline.get(guideline);
  if (!e) {
    e = evaluateCase(c, guideline);
    byGuideline.set(guideline, e);
  }
  return e;
}

/** The engine's answer for the case in this context (memoised: the same object while case and guideline stay). */
export function evaluationOf(context: Pick<WorkupContext, 'case' | 'guideline'>): Evaluation | null {
  return evaluate(context.case, context.guideline);
}

/** The same case under the guideline chosen before the last change, or null if it was never changed. */
export function evaluationBeforeGuidelineChange(context: Pick<WorkupContext, 'case' | 'previousGuideline'>): Evaluation | null {
  return context.previousGuideline ? evaluate(context.case, context.previousGuideline) : null;
}

/** A case changed by an event is kept only if it is still valid; otherwise the event is ignored. */
function valid(c: Case): boolean {
  return validateCase(c).ok;
}

function withCase(context: WorkupContext, next: Case): Partial<WorkupContext> {
  // An override only stands while the case still falls short of the definition.
  return { case: next, ...(evaluate(next, context.guideline)?.definition.met ? { definitionOverridden: false } : {}) };
}

const jumpTargets = STEPS.filter((s) => s !== 'intake').map((step) => ({
  guard: { type: 'canJumpTo' as const, params: { step } },
  target: `.${step}`,
}));

export const workupMachine = setup({
  types: {
    context: {} as WorkupContext,
    events: {} as WorkupEvent,
    // `| void` keeps input optional: createActor(workupMachine, { snapshot }) and initialTransition(workupMachine) need none.
    // biome-ignore lint/suspicious/noConfusingVoidType: XState reads a `void` member as "input may be left out"; `undefined` would not
    input: {} as WorkupInput | void,
  },
  guards: {
    caseIsValid: ({ event }) => 'case' in event && valid(event.case),
    hasCase: ({ context }) => context.case !== null,
    openedForTriage: ({ context }) => context.case !== null && context.triage,
    definitionAccepted: ({ context, event }) => {
      const e = evaluationOf(context);
      return e !== null && (e.definition.met || (event.type === 'definition.continue' && event.acknowledged === true));
    },
    immuneGateOpen: ({ context }) => evaluationOf(context)?.immuneGate === 'open',
    canJumpTo: ({ context, event }, params: { step: Step }) =>
      event.type === 'step.jump' &&
      event.step === params.step &&
      context.case !== null &&
      context.reached.includes(params.step) &&
      // Past the definition step only if the case meets the definition or the user acknowledged it does not.
      (['intake', 'definition'].includes(params.step) || evaluationOf(context)?.definition.met === true || context.definitionOverridden) &&
      (params.step !== 'immune' || evaluationOf(context)?.immuneGate === 'open'),
    // The summary and export open once the case meets the definition or the user acknowledged it does not.
    summaryAllowed: ({ context }) => context.case !== null && (evaluationOf(context)?.definition.met === true || context.definitionOverridden),
    declineHasReason: ({ event }) => event.type === 'item.decline' && event.reason.trim().length > 0,
  },
  actions: {
    storeCase: assign(({ context, event }) => ('case' in event ? withCase(context, event.case) : {})),
    markReached: assign(({ context }, params: { step: Step }) => (context.reached.includes(params.step) ? {} : { reached: [...context.reached, params.step] })),
    overrideDefinition: assign(({ context }) => {
      const d = evaluationOf(context)?.definition;
      if (!d || d.met) return { definitionOverridden: false };
      // Where the guideline allows evaluation at clinical discretion, continuing uses it: the workup then applies.
      const useDiscretion = d.discretion && context.case !== null && !context.case.clinicalDiscretion;
      return { definitionOverridden: true, ...(useDiscretion ? withCase(context, { ...context.case!, clinicalDiscretion: true }) : {}) };
    }),
    recordResult: assign(({ context, event }) => {
      if (event.type !== 'result.record' || !context.case) return {};
      const next = { ...context.case, results: [...(context.case.results ?? []), event.result] };
      return valid(next) ? withCase(context, next) : {};
    }),
    removeResult: assign(({ context, event }) => {
      if (event.type !== 'result.remove' || !context.case) return {};
      const results = (context.case.results ?? []).filter((r) => !(r.test === event.test && r.date === event.date));
      return withCase(context, { ...context.case, results });
    }),
    declineItem: assign(({ context, event }) => {
      if (event.type !== 'item.decline' || !context.case) return {};
      const declined = [...(context.case.declined ?? []).filter((d) => d.id !== event.id), { id: event.id, reason: event.reason.trim() }];
      const next = { ...context.case, declined };
      return valid(next) ? withCase(context, next) : {};
    }),
    undeclineItem: assign(({ context, event }) => {
      if (event.type !== 'item.undecline' || !context.case) return {};
      return withCase(context, { ...context.case, declined: (context.case.declined ?? []).filter((d) => d.id !== event.id) });
    }),
    askAbout: assign(({ context, event }) => {
      if (event.type !== 'item.ask') return {};
      const c = context.case;
      const requested = c && !(c.requested ?? []).includes(event.id) ? [...(c.requested ?? []), event.id] : c?.requested;
      return { asked: event.id, ...(c ? withCase(context, { ...c, requested }) : {}) };
    }),
    changeGuideline: assign(({ context, event }) => {
      if (event.type !== 'guideline.change' || event.guideline === context.guideline) return {};
      const next = context.case ? { ...context.case, guideline: event.guideline } : null;
      return {
        guideline: event.guideline,
        previousGuideline: context.guideline,
        case: next,
        ...(evaluate(next, event.guideline)?.definition.met ? { definitionOverridden: false } : {}),
      };
    }),
    reset: assign(({ context }) => ({
      case: null,
      previousGuideline: null,
      triage: false,
      definitionOverridden: false,
      asked: null,
      reached: [],
      guideline: context.guideline,
    })),
  },
}).createMachine({
  id: 'workup',
  initial: 'start',
  context: ({ input }) => {
    const guideline = input?.guideline ?? DEFAULT_GUIDELINE;
    const opened = input?.case ? { ...input.case, guideline } : null;
    return {
      case: opened && valid(opened) ? opened : null,
      guideline,
      previousGuideline: null,
      triage: input?.triage === true,
      definitionOverridden: false,
      asked: null,
      reached: [],
    };
  },
  on: {
    'case.update': { guard: 'caseIsValid', actions: 'storeCase' },
    'result.record': { actions: 'recordResult' },
    'result.remove': { actions: 'removeResult' },
    'item.decline': { guard: 'declineHasReason', actions: 'declineItem' },
    'item.undecline': { actions: 'undeclineItem' },
    'item.ask': { actions: 'askAbout' },
    'guideline.change': { actions: 'changeGuideline' },
    'case.reset': { target: '.intake', actions: 'reset' },
    'step.jump': jumpTargets,
  },
  states: {
    // Transient: a case opened from a file goes straight to its definition step (or, for triage, to
    // the summary), a new one to the history.
    start: {
      always: [{ guard: 'openedForTriage', target: 'summary' }, { guard: 'hasCase', target: 'definition' }, { target: 'intake' }],
      exit: assign({ triage: false }),
    },
    intake: {
      on: {
        'intake.submit': { guard: 'caseIsValid', target: 'definition', actions: 'storeCase' },
        'summary.open': { guard: 'summaryAllowed', target: 'summary' },
      },
    },
    definition: {
      entry: { type: 'markReached', params: { step: 'definition' } },
      on: {
        'definition.continue': { guard: 'definitionAccepted', target: 'genetic', actions: 'overrideDefinition' },
        'summary.open': { guard: 'summaryAllowed', target: 'summary' },
        'step.back': 'intake',
      },
    },
    genetic: {
      entry: { type: 'markReached', params: { step: 'genetic' } },
      on: { 'step.next': 'anatomical', 'step.back': 'definition', 'summary.open': 'summary' },
    },
    anatomical: {
      entry: { type: 'markReached', params: { step: 'anatomical' } },
      on: { 'step.next': 'hormonal', 'step.back': 'genetic', 'summary.open': 'summary' },
    },
    hormonal: {
      entry: { type: 'markReached', params: { step: 'hormonal' } },
      on: { 'step.next': 'antiphospholipid', 'step.back': 'anatomical', 'summary.open': 'summary' },
    },
    antiphospholipid: {
      entry: { type: 'markReached', params: { step: 'antiphospholipid' } },
      on: { 'step.next': 'review', 'step.back': 'hormonal', 'summary.open': 'summary' },
    },
    review: {
      entry: { type: 'markReached', params: { step: 'review' } },
      on: {
        'step.next': { guard: 'immuneGateOpen', target: 'immune' },
        'summary.open': 'summary',
        'step.back': 'antiphospholipid',
      },
    },
    immune: {
      entry: { type: 'markReached', params: { step: 'immune' } },
      // If a change re-closes the gate (e.g. a result removed), leave the immune step at once.
      always: { guard: ({ context }) => evaluationOf(context)?.immuneGate !== 'open', target: 'review' },
      on: { 'step.next': 'summary', 'summary.open': 'summary', 'step.back': 'review' },
    },
    summary: { entry: { type: 'markReached', params: { step: 'summary' } }, on: { 'step.back': 'review' } },
  },
});

export type WorkupMachine = typeof workupMachine;
