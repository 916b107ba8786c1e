// The workup as a statechart: intake → definition → genetic → anatomical → hormonal →
// antiphospholipid → review → immune → summary. Clinical rules live in the engine and the
// guideline files; this machine only orders the steps and guards the immune gate.
import { assign, setup } from 'xstate';
import { type Case, type Result, validateCase } from '../src/engine/case-schema.ts';
import { evaluateCase } from '../src/engine/evaluate.ts';
import type { Evaluation } from '../src/engine/evaluation.ts';
import { DEFAULT_GUIDELINE, type GuidelineId, type ItemId, type Role } from '../guidelines/ids.ts';
import { type Step, STEPS } from './steps.ts';

export interface WorkupContext {
  case: Case | null;
  guideline: GuidelineId;
  role: Role;
  evaluation: Evaluation | null;
  /** The evaluation just before the last guideline change, so the UI can show what changed. */
  beforeGuidelineChange: Evaluation | null;
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
  | { type: 'role.change'; role: Role }
  | { type: 'case.reset' };

export interface WorkupInput {
  guideline?: GuidelineId;
  role?: Role;
}

function evaluate(c: Case | null, guideline: GuidelineId): Evaluation | null {
  return c ? evaluateCase(c, guideline) : null;
}

/** A case changed by an event is kept only if it is still valid; otherwise the event is ignored. */
function valid(c: Case): boolean {
  return validateCase(c).ok;
}

function withCase(context: WorkupContext, next: Case): Partial<WorkupContext> {
  const evaluation = evaluate(next, context.guideline);
  // An override only stands while the case still falls short of the definition.
  return { case: next, evaluation, ...(evaluation?.definition.met ? { definitionOverridden: false } : {}) };
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
    input: {} as WorkupInput | void,
  },
  guards: {
    caseIsValid: ({ event }) => 'case' in event && valid(event.case),
    definitionAccepted: ({ context, event }) =>
      context.evaluation !== null &&
      (context.evaluation.definition.met || (event.type === 'definition.continue' && event.acknowledged === true)),
    immuneGateOpen: ({ context }) => context.evaluation?.immuneGate === 'open',
    canJumpTo: ({ context, event }, params: { step: Step }) =>
      event.type === 'step.jump' && event.step === params.step &&
      context.case !== null &&
      context.reached.includes(params.step) &&
      // Past the definition step only if the case meets the definition or the user acknowledged it does not.
      (['intake', 'definition'].includes(params.step) || context.evaluation?.definition.met === true || context.definitionOverridden) &&
      (params.step !== 'immune' || context.evaluation?.immuneGate === 'open'),
    // The summary and export are reachable from every step once the case meets the definition or the user acknowledged it does not.
    definitionMet: ({ context }) => context.evaluation?.definition.met === true,
    declineHasReason: ({ event }) => event.type === 'item.decline' && event.reason.trim().length > 0,
  },
  actions: {
    storeCase: assign(({ context, event }) => ('case' in event ? withCase(context, event.case) : {})),
    markReached: assign(({ context }, params: { step: Step }) =>
      context.reached.includes(params.step) ? {} : { reached: [...context.reached, params.step] },
    ),
    overrideDefinition: assign(({ context }) => {
      const d = context.evaluation?.definition;
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
      const evaluation = evaluate(context.case, event.guideline);
      return {
        guideline: event.guideline,
        beforeGuidelineChange: context.evaluation,
        evaluation,
        case: context.case ? { ...context.case, guideline: event.guideline } : null,
        ...(evaluation?.definition.met ? { definitionOverridden: false } : {}),
      };
    }),
    changeRole: assign(({ event }) => (event.type === 'role.change' ? { role: event.role } : {})),
    reset: assign(({ context }) => ({
      case: null, evaluation: null, beforeGuidelineChange: null, definitionOverridden: false, asked: null, reached: [],
      guideline: context.guideline, role: context.role,
    })),
  },
}).createMachine({
  id: 'workup',
  initial: 'intake',
  context: ({ input }) => ({
    case: null,
    guideline: input?.guideline ?? DEFAULT_GUIDELINE,
    role: input?.role ?? 'gp',
    evaluation: null,
    beforeGuidelineChange: null,
    definitionOverridden: false,
    asked: null,
    reached: [],
  }),
  on: {
    'case.update': { guard: 'caseIsValid', actions: 'storeCase' },
    'result.record': { actions: 'recordResult' },
    'result.remove': { actions: 'removeResult' },
    'item.decline': { guard: 'declineHasReason', actions: 'declineItem' },
    'item.undecline': { actions: 'undeclineItem' },
    'item.ask': { actions: 'askAbout' },
    'guideline.change': { actions: 'changeGuideline' },
    'role.change': { actions: 'changeRole' },
    'case.reset': { target: '.intake', actions: 'reset' },
    'step.jump': jumpTargets,
  },
  states: {
    intake: {
      on: {
        'intake.submit': { guard: 'caseIsValid', target: 'definition', actions: 'storeCase' },
      },
    },
    definition: {
      entry: { type: 'markReached', params: { step: 'definition' } },
      on: {
        'definition.continue': { guard: 'definitionAccepted', target: 'genetic', actions: 'overrideDefinition' },
        'summary.open': { guard: 'definitionMet', target: 'summary' },
        'step.back': 'intake',
      },
    },
    genetic: { entry: { type: 'markReached', params: { step: 'genetic' } }, on: { 'step.next': 'anatomical', 'summary.open': 'summary', 'step.back': 'definition' } },
    anatomical: { entry: { type: 'markReached', params: { step: 'anatomical' } }, on: { 'step.next': 'hormonal', 'summary.open': 'summary', 'step.back': 'genetic' } },
    hormonal: { entry: { type: 'markReached', params: { step: 'hormonal' } }, on: { 'step.next': 'antiphospholipid', 'summary.open': 'summary', 'step.back': 'anatomical' } },
    antiphospholipid: { entry: { type: 'markReached', params: { step: 'antiphospholipid' } }, on: { 'step.next': 'review', 'summary.open': 'summary', 'step.back': 'hormonal' } },
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
      always: { guard: ({ context }) => context.evaluation?.immuneGate !== 'open', target: 'review' },
      on: { 'step.next': 'summary', 'summary.open': 'summary', 'step.back': 'review' },
    },
    summary: { entry: { type: 'markReached', params: { step: 'summary' } }, on: { 'step.back': 'review' } },
  },
});

export type WorkupMachine = typeof workupMachine;
