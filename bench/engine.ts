// Engine throughput, machine transition cost and PDF render time, measured in this Node process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createActor } from 'xstate';
import { workupMachine } from '../machines/workup-machine.ts';
import { getGuideline } from '../guidelines/index.ts';
import { type Case, validateCase } from '../src/engine/case-schema.ts';
import { evaluateCase } from '../src/engine/evaluate.ts';
import { GUIDELINE_IDS, type GuidelineId } from '../guidelines/ids.ts';
import { timePdfs } from '../src/pdf/export.ts';
import type { PdfDoc } from '../src/pdf/kinds.ts';

export function exampleCases(dir: string): { name: string; case: Case }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const v = validateCase(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!v.ok) throw new Error(`${f} is invalid`);
      return { name: f.replace(/\.json$/, ''), case: v.value };
    });
}

/** Evaluations per second for one guideline, cycling through the cases for at least `ms` milliseconds. */
function throughput(cases: Case[], g: GuidelineId, ms = 1500): number {
  getGuideline(g); // parse the rule file outside the timing
  const warm = performance.now();
  while (performance.now() - warm < 500) for (const c of cases) evaluateCase(c, g); // warm-up: let the JIT settle
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    for (const c of cases) evaluateCase(c, g);
    n += cases.length;
  }
  return n / ((performance.now() - start) / 1000);
}

export function engineThroughput(cases: Case[]): { guideline: GuidelineId; perSecond: number }[] {
  return GUIDELINE_IDS.map((g) => ({ guideline: g, perSecond: throughput(cases, g) }));
}

/** Mean time of one machine transition that re-evaluates the case (a result recorded, then removed). */
export function machineTransitionMs(c: Case, rounds = 400): { evaluating: number; navigation: number } {
  const actor = createActor(workupMachine).start();
  actor.send({ type: 'intake.submit', case: c });
  actor.send({ type: 'definition.continue', acknowledged: true });
  const result = { test: 'tsh' as const, date: '2026-01-01', value: 2.1, unit: 'mIU/L', interpretation: 'normal' as const };
  let start = performance.now();
  for (let i = 0; i < rounds; i++) {
    actor.send({ type: 'result.record', result });
    actor.send({ type: 'result.remove', test: 'tsh', date: '2026-01-01' });
  }
  const evaluating = (performance.now() - start) / (rounds * 2);
  start = performance.now();
  for (let i = 0; i < rounds; i++) {
    actor.send({ type: 'step.next' });
    actor.send({ type: 'step.back' });
  }
  const navigation = (performance.now() - start) / (rounds * 2);
  actor.stop();
  return { evaluating, navigation };
}

/** Each PDF made from scratch for one case (never a kept document), jsPDF and the font loaded: the median of five renders after a first. */
export async function pdfRenderMs(c: Case, generatedOn: string): Promise<{ doc: PdfDoc; ms: number }[]> {
  const { docs } = await timePdfs(c, evaluateCase(c, c.guideline ?? 'eshre-2022'), { generatedOn }, 6);
  return docs.map(({ doc, ms }) => ({ doc, ms: [...ms.slice(1)].sort((a, b) => a - b)[2]! }));
}
