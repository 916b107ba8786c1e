// Generated path coverage: xstate/graph walks the workup machine over a finite event set, every
// path is replayed with pure transitions, invariants are checked after every step, and every state
// and every declared transition (taken and, for guarded events, refused) must be covered.
import { beforeAll, describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { transition } from 'xstate';
import { evaluationOf, type WorkupEvent, workupMachine } from '../../machines/workup-machine.ts';
import {
  COMPLETE,
  eventLabel,
  eventsFor,
  invariantProblems,
  machineCatalogue,
  type Snap,
  start,
  stepProblems,
  transitionId,
  transitionsSelected,
  transitionsTaken,
  traversalKey,
} from '../support/machine-fixtures.ts';

const startNode = workupMachine.root.states.start!;

interface Replayed {
  labels: string[];
  /** Leaf state after each step, the initial state first. */
  visited: string[];
  final: Snap;
}

const catalogue = machineCatalogue();
const coveredStates = new Set<string>();
const coveredTransitions = new Set<string>();
const problems: string[] = [];
const replayed: Replayed[] = [];
let extraPaths = 0;
let vertices = 0;

function step(before: Snap, event: WorkupEvent, labels: string[]): Snap {
  const after = transition(workupMachine, before, event)[0];
  for (const id of transitionsTaken(before, event, after)) coveredTransitions.add(id);
  coveredStates.add(String(after.value));
  for (const p of [...invariantProblems(after), ...stepProblems(before, event, after)]) problems.push(`${labels.join(' → ')}: ${p}`);
  return after;
}

beforeAll(() => {
  const paths = getShortestPaths(workupMachine, {
    events: (s) => eventsFor(s as Snap),
    serializeState: (s) => traversalKey(s as Snap),
  });
  vertices = paths.length;

  // Replay each shortest path from the real initial state. The paths form a tree, so prefixes
  // are cached by their labels: every step of every path is checked, each distinct one once.
  const initial = start();
  coveredStates.add(String(initial.value));
  problems.push(...invariantProblems(initial));
  // The transient first state: a new case goes to the history, a case opened from a file to its
  // definition, or for triage to the summary.
  for (const first of [initial, start({ guideline: 'eshre-2022', case: COMPLETE }), start({ guideline: 'eshre-2022', case: COMPLETE, triage: true })]) {
    coveredStates.add('start');
    coveredStates.add(String(first.value));
    problems.push(...invariantProblems(first).map((p) => `start → ${String(first.value)}: ${p}`));
    for (const t of startNode.always ?? []) if (t.target?.[0]?.key === String(first.value)) coveredTransitions.add(transitionId('start', t));
  }
  const byPrefix = new Map<string, { snap: Snap; visited: string[] }>([['', { snap: initial, visited: [String(initial.value)] }]]);
  for (const path of paths) {
    const events = path.steps.slice(1).map((s) => s.event as WorkupEvent);
    const labels: string[] = [];
    let at = byPrefix.get('')!;
    for (const event of events) {
      labels.push(eventLabel(event));
      const key = labels.join(' → ');
      let next = byPrefix.get(key);
      if (!next) {
        const snap = step(at.snap, event, labels);
        next = { snap, visited: [...at.visited, String(snap.value)] };
        byPrefix.set(key, next);
      }
      at = next;
    }
    replayed.push({ labels, visited: at.visited, final: at.snap });
  }

  // Extra paths: a shortest path plus one event, wherever that event takes a declared transition
  // no path has taken yet. From `immune` every event is tried (the eventless exit shows only after it).
  for (const path of [...replayed]) {
    for (const event of eventsFor(path.final)) {
      const before = path.final;
      const isNew = transitionsSelected(before, event).ids.some((id) => !coveredTransitions.has(id));
      if (!isNew && before.value !== 'immune') continue;
      const seen = coveredTransitions.size;
      const labels = [...path.labels, eventLabel(event)];
      const after = step(before, event, labels);
      if (coveredTransitions.size > seen || isNew) {
        extraPaths++;
        replayed.push({ labels, visited: [...path.visited, String(after.value)], final: after });
      }
    }
  }
}, 60_000);

describe('workup machine: generated paths (xstate/graph)', () => {
  it('holds every invariant after every step of every path', () => {
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('never reaches immune while a core domain is unresolved (checked on each path)', () => {
    const immuneVisits = replayed.filter((p) => p.visited.includes('immune')).length;
    expect(immuneVisits).toBeGreaterThan(0);
    expect(problems.filter((p) => p.includes('immune reached'))).toEqual([]);
  });

  it('reaches the summary without the immune step', () => {
    const toSummary = replayed.filter((p) => p.visited.at(-1) === 'summary');
    const withoutImmune = toSummary.filter((p) => !p.visited.includes('immune'));
    expect(toSummary.length).toBeGreaterThan(0);
    expect(withoutImmune.length).toBeGreaterThan(0);
    // …including for cases whose immune gate is closed.
    expect(withoutImmune.some((p) => evaluationOf(p.final.context)?.immuneGate === 'closed')).toBe(true);
  });

  it('covers every state and every transition of the machine definition', () => {
    const states = catalogue.states.map((id) => id.replace(/^workup\./, ''));
    const missingStates = states.filter((s) => !coveredStates.has(s));
    const missingTransitions = catalogue.transitions.filter((t) => !coveredTransitions.has(t));
    const unknown = [...coveredTransitions].filter((t) => !catalogue.transitions.includes(t));
    console.log(
      `machine paths: ${replayed.length} paths, ${states.length - missingStates.length}/${states.length} states, ` +
        `${catalogue.transitions.length - missingTransitions.length}/${catalogue.transitions.length} transitions covered ` +
        `(${replayed.length - extraPaths} shortest paths over ${vertices} graph vertices + ${extraPaths} extra)`,
    );
    expect(missingStates).toEqual([]);
    expect(missingTransitions).toEqual([]);
    expect(unknown).toEqual([]);
  });
});
