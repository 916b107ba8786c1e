// Shared fixtures for the workup machine tests: cases, a finite event set with concrete payloads,
// invariant checks and a catalogue of every transition the machine definition declares.
import { readFileSync } from 'node:fs';
import { type AnyStateNode, type AnyTransitionDefinition, initialTransition, type SnapshotFrom, transition } from 'xstate';
import { rawGuidelines } from '../../guidelines/index.ts';
import { type Case, type Result, validateCase } from '../../src/engine/case-schema.ts';
import type { Evaluation } from '../../src/engine/evaluation.ts';
import { GUIDELINE_IDS, type GuidelineId, type ItemId } from '../../guidelines/ids.ts';
import { addDays } from '../../src/engine/results.ts';
import { STEPS, type Step } from '../../machines/steps.ts';
import { evaluationOf, type WorkupEvent, type WorkupInput, workupMachine } from '../../machines/workup-machine.ts';

export type Snap = SnapshotFrom<typeof workupMachine>;

const EXAMPLES_DIR = new URL('../fixtures/', import.meta.url);

function exampleCase(name: string): Case {
  const raw = JSON.parse(readFileSync(new URL(`${name}.json`, EXAMPLES_DIR), 'utf8'));
  const v = validateCase(raw);
  if (!v.ok) throw new Error(`${name} is invalid: ${JSON.stringify(v.problems)}`);
  return v.value;
}

/** Core workup done (genetic, anatomical, hormonal, antiphospholipid): the immune gate is open. Asks about NK cells etc. */
export const COMPLETE: Case = exampleCase('unexplained-complete-workup-asks-nk');
/** Three losses, nothing investigated yet: core items outstanding, gate closed. */
export const INCOMPLETE: Case = exampleCase('new-referral-three-losses');
/** One loss: below every guideline's definition. */
export const ONE_LOSS: Case = {
  schemaVersion: 1,
  patient: { age: 30 },
  pregnancies: [{ outcome: 'loss', gestationWeeks: 8, visualised: true }],
};
/** Refused by the case schema (age below 14, unknown outcome). */
export const INVALID = { schemaVersion: 1, patient: { age: 3 }, pregnancies: [{ outcome: 'maybe' }] } as unknown as Case;

for (const [name, c] of Object.entries({ ONE_LOSS })) {
  if (!validateCase(c).ok) throw new Error(`fixture ${name} is invalid`);
}
if (validateCase(INVALID).ok) throw new Error('fixture INVALID validates');

/** Which fixture a case started from (patient ages differ), for the traversal key. */
export function caseTag(c: Case | null): string {
  if (!c) return 'none';
  return { 36: 'complete', 38: 'incomplete', 30: 'one-loss' }[c.patient.age] ?? `age-${c.patient.age}`;
}

export const LA_FIRST = '2026-05-04';
export const LA_REPEAT = addDays(LA_FIRST, 84);
export const LA_POSITIVE: Result = { test: 'aps-lupus-anticoagulant', date: LA_FIRST, interpretation: 'positive' };
export const LA_POSITIVE_REPEAT: Result = { test: 'aps-lupus-anticoagulant', date: LA_REPEAT, interpretation: 'positive' };
/** Invalid: dated in the future, and with neither a value nor an interpretation. */
export const FUTURE_RESULT: Result = { test: 'tsh', date: '2999-01-01' };
/** The 3D ultrasound in the complete case; removing it reopens the anatomical domain. */
export const COMPLETE_ULTRASOUND = { test: 'pelvic-ultrasound-3d', date: '2026-03-20' } as const;

export const REASON = 'Patient prefers not to have this test';
export const LONG_REASON = 'x'.repeat(501);

/** Guidelines that have a rule file in guidelines/index.ts right now. */
export const AVAILABLE_GUIDELINES: GuidelineId[] = GUIDELINE_IDS.filter((g) => rawGuidelines[g] !== undefined);

export function outstandingItems(e: Evaluation | null): ItemId[] {
  return e ? e.coreDomains.flatMap((d) => d.outstanding) : [];
}

/** The finite event set, with concrete payloads. Declines follow the current evaluation. */
export function eventsFor(s: Snap): WorkupEvent[] {
  const declinable = outstandingItems(evaluationOf(s.context));
  const declined = (s.context.case?.declined ?? []).map((d) => d.id as ItemId);
  return [
    { type: 'intake.submit', case: COMPLETE },
    { type: 'intake.submit', case: INCOMPLETE },
    { type: 'intake.submit', case: ONE_LOSS },
    { type: 'intake.submit', case: INVALID },
    { type: 'case.update', case: INCOMPLETE },
    { type: 'case.update', case: INVALID },
    { type: 'definition.continue' },
    { type: 'definition.continue', acknowledged: true },
    { type: 'step.next' },
    { type: 'step.back' },
    { type: 'summary.open' },
    ...STEPS.filter((step) => step !== 'intake').map((step): WorkupEvent => ({ type: 'step.jump', step })),
    { type: 'result.record', result: FUTURE_RESULT },
    { type: 'result.record', result: LA_POSITIVE },
    { type: 'result.record', result: LA_POSITIVE_REPEAT },
    { type: 'result.remove', ...LA_POSITIVE },
    { type: 'result.remove', ...COMPLETE_ULTRASOUND },
    ...declinable.map((id): WorkupEvent => ({ type: 'item.decline', id, reason: REASON })),
    { type: 'item.decline', id: 'tsh', reason: '   ' },
    { type: 'item.decline', id: 'nk-cells-blood', reason: REASON },
    { type: 'item.decline', id: 'tsh', reason: LONG_REASON },
    ...(declined.length ? declined : (['tsh'] as ItemId[])).map((id): WorkupEvent => ({ type: 'item.undecline', id })),
    { type: 'item.ask', id: 'nk-cells-blood' },
    ...AVAILABLE_GUIDELINES.map((guideline): WorkupEvent => ({ type: 'guideline.change', guideline })),
    { type: 'case.reset' },
  ];
}

/** A short, readable name for an event (used in path descriptions and prefix caches). */
export function eventLabel(e: WorkupEvent): string {
  switch (e.type) {
    case 'intake.submit':
    case 'case.update':
      return `${e.type}(${e.case === INVALID ? 'invalid' : caseTag(e.case)})`;
    case 'definition.continue':
      return e.acknowledged ? `${e.type}(acknowledged)` : e.type;
    case 'step.jump':
      return `${e.type}(${e.step})`;
    case 'result.record':
      return `${e.type}(${e.result.test} ${e.result.date} ${e.result.interpretation ?? '-'})`;
    case 'result.remove':
      return `${e.type}(${e.test} ${e.date})`;
    case 'item.decline':
      return `${e.type}(${e.id}, ${e.reason.trim() ? `${e.reason.length} chars` : 'blank'})`;
    case 'item.undecline':
    case 'item.ask':
      return `${e.type}(${e.id})`;
    case 'guideline.change':
      return `${e.type}(${e.guideline})`;
    default:
      return e.type;
  }
}

/**
 * The traversal key: the step plus a small summary of the context. Bounded because every part
 * takes few values (results and declines appear only through the gate and the outstanding count).
 * The guideline is left out: other guidelines are explored one step deep here, and in depth by
 * the property test.
 */
export function traversalKey(s: Snap): string {
  const { context: c } = s;
  const e = evaluationOf(c);
  return [
    String(s.value),
    caseTag(c.case),
    e?.immuneGate ?? '-',
    outstandingItems(e).length,
    // The steps reached: the summary can be opened from any step, so the core steps are not
    // always reached in order, and a jump back depends on which were.
    c.reached.length === 0 ? 'none' : [...c.reached].sort().join(','),
  ].join('|');
}

// ---------------------------------------------------------------------------------------------
// Invariants

const validCases = new WeakSet<object>();
const checkedEvaluations = new WeakSet<object>();

function citationProblems(where: string, c: unknown): string[] {
  const cit = c as Record<string, unknown> | undefined;
  if (!cit) return [`${where}: no citation`];
  const out: string[] = [];
  for (const key of ['document', 'reference', 'strength', 'evidence', 'url'] as const) {
    const v = cit[key];
    if (typeof v !== 'string' || v.trim() === '') out.push(`${where}: citation.${key} missing`);
  }
  if (typeof cit.url === 'string' && !URL.canParse(cit.url)) out.push(`${where}: citation.url is not a URL`);
  return out;
}

/** Every rule-derived statement the user sees (flags above all) carries a complete citation. */
export function evaluationProblems(e: Evaluation): string[] {
  if (checkedEvaluations.has(e)) return [];
  const out = [
    ...e.flags.flatMap((f) => citationProblems(`flag ${f.id}`, f.citation)),
    ...e.findings.flatMap((f) => citationProblems(`finding ${f.id}`, f.citation)),
    ...e.referral.redFlags.flatMap((f) => citationProblems(`red flag ${f.id}`, f.citation)),
    ...e.items.flatMap((i) => citationProblems(`item ${i.id}`, i.citation)),
  ];
  if (out.length === 0) checkedEvaluations.add(e);
  return out;
}

/** Problems with a snapshot; empty when every invariant holds. */
export function invariantProblems(s: Snap): string[] {
  const out: string[] = [];
  const { context: ctx } = s;
  if (s.status !== 'active') out.push(`status is ${s.status}`);
  if (s.value === 'immune') {
    const e = evaluationOf(ctx);
    if (!e) out.push('immune without an evaluation');
    else {
      const open = e.coreDomains.filter((d) => !d.resolved).map((d) => d.domain);
      if (open.length) out.push(`immune reached with unresolved core domain(s): ${open.join(', ')}`);
      if (e.immuneGate !== 'open') out.push('immune reached with the gate closed');
    }
  }
  if (s.value !== 'intake' && !ctx.case) out.push(`${String(s.value)} without a case`);
  if (ctx.case) {
    const e = evaluationOf(ctx);
    if (!e) out.push('a case without an evaluation');
    else if (e.guideline.id !== ctx.guideline) out.push('evaluation is for another guideline');
    if (!validCases.has(ctx.case)) {
      const v = validateCase(ctx.case);
      if (v.ok) validCases.add(ctx.case);
      else out.push(`context.case is invalid: ${JSON.stringify(v.problems)}`);
    }
  } else if (evaluationOf(ctx)) out.push('an evaluation without a case');
  const evaluation = evaluationOf(ctx);
  if (evaluation) out.push(...evaluationProblems(evaluation));
  if (s.value !== 'intake' && !ctx.reached.includes(s.value as Step)) out.push(`${String(s.value)} not in reached`);
  return out;
}

const BEFORE_GENETIC: readonly string[] = ['intake', 'definition'];

/** Problems with one step: leaving intake/definition for a later step (the summary too) needs the definition met or acknowledged. */
export function stepProblems(before: Snap, event: WorkupEvent, after: Snap): string[] {
  const { context: c } = after;
  if (BEFORE_GENETIC.includes(String(before.value)) && !BEFORE_GENETIC.includes(String(after.value))) {
    if (evaluationOf(c)?.definition.met !== true && !c.definitionOverridden) {
      return [`${eventLabel(event)} left ${String(before.value)} for ${String(after.value)} with the definition neither met nor acknowledged`];
    }
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Pure-transition helpers

export function start(input?: WorkupInput): Snap {
  return initialTransition(workupMachine, input)[0];
}

export function send(s: Snap, ...events: WorkupEvent[]): Snap {
  return events.reduce((acc, e) => transition(workupMachine, acc, e)[0], s);
}

/** A snapshot at `review` for the case, walking the steps one by one. */
export function toReview(c: Case, acknowledged = false): Snap {
  return send(
    start(),
    { type: 'intake.submit', case: c },
    { type: 'definition.continue', acknowledged },
    { type: 'step.next' },
    { type: 'step.next' },
    { type: 'step.next' },
    { type: 'step.next' },
  );
}

// ---------------------------------------------------------------------------------------------
// The machine's own definition: every state and every transition, for coverage

type AnyNode = AnyStateNode;
type AnyTransition = AnyTransitionDefinition;

function guardName(t: AnyTransition): string {
  const g = t.guard as unknown;
  if (!g) return '';
  if (typeof g === 'string') return g;
  if (typeof g === 'function') return 'inline';
  const o = g as { type?: string; params?: unknown };
  return o.params ? `${o.type}(${JSON.stringify(o.params)})` : String(o.type);
}

function targetName(t: AnyTransition): string {
  return t.target?.length ? t.target.map((n) => n.key).join(',') : '(self)';
}

export function transitionId(source: string, t: AnyTransition): string {
  const guard = guardName(t);
  return `${source} --${t.eventType || 'always'}${guard ? ` [${guard}]` : ''}--> ${targetName(t)}`;
}

export function refusedId(source: string, eventType: string): string {
  return `${source} --${eventType}--> refused`;
}

/** Leaf states of the machine, each with every transition that can be taken from it (its own and its ancestors'). */
export function machineCatalogue(): { states: string[]; transitions: string[] } {
  const states: string[] = [];
  const transitions = new Set<string>();
  const visit = (node: AnyNode, inherited: AnyNode[]) => {
    const chain = [node, ...inherited];
    const children = Object.values(node.states) as AnyNode[];
    if (node !== workupMachine.root) states.push(node.id);
    if (children.length) {
      for (const child of children) visit(child, chain);
      return;
    }
    // A transient state (one that always leaves at once) never waits for an event: only its `always` counts.
    if (node.always?.some((t) => !t.guard)) {
      for (const t of node.always) transitions.add(transitionId(node.key, t));
      return;
    }
    const handled = new Set<string>();
    for (const n of chain) {
      for (const [eventType, list] of n.transitions) {
        if (handled.has(eventType)) continue; // a nearer state's handler wins
        handled.add(eventType);
        for (const t of list) transitions.add(transitionId(node.key, t));
        if (list.some((t) => t.guard)) transitions.add(refusedId(node.key, eventType));
      }
      for (const t of n.always ?? []) transitions.add(transitionId(node.key, t));
    }
  };
  visit(workupMachine.root, []);
  return { states, transitions: [...transitions].sort() };
}

/** The declared transitions an event would select from `before` (a leaf state), or `refused` for a guarded event not taken. */
export function transitionsSelected(before: Snap, event: WorkupEvent): { ids: string[]; target?: string } {
  const source = String(before.value);
  const taken = workupMachine.getTransitionData(before, event) as AnyTransition[];
  const ids = taken.map((t) => transitionId(source, t));
  if (taken.length === 0) {
    const handler = [...before._nodes].reverse().find((n) => n.transitions.has(event.type));
    if (handler?.transitions.get(event.type)?.some((t) => t.guard)) ids.push(refusedId(source, event.type));
  }
  const target = taken[0]?.target?.[0]?.key;
  return target ? { ids, target } : { ids };
}

/** The declared transitions one event took from `before` to `after`, with any eventless (`always`) one after it. */
export function transitionsTaken(before: Snap, event: WorkupEvent, after: Snap): string[] {
  const { ids, target } = transitionsSelected(before, event);
  // An eventless transition ran when the state the event aimed at is not the state we ended in.
  const landed = target ?? String(before.value);
  if (landed !== String(after.value)) {
    const node = (workupMachine.root.states as Record<string, AnyNode>)[landed];
    for (const t of node?.always ?? []) if (t.target?.[0]?.key === String(after.value)) ids.push(transitionId(landed, t));
  }
  return ids;
}
