// The detail lines under each result-reading finding: which result, on which day, and why it
// cannot be read or counted. Each finding's own words and citation live in the guideline file.
import type { Guideline } from '../../guidelines/schema.ts';
import type { Case, Result } from './case-schema.ts';
import { ANTICOAGULANTS, type ApsReading, describeCourse, type ReadResult } from './antiphospholipid.ts';
import { addDays, type ResultIndex, sameDayContradictions } from './results.ts';

type NameOf = (test: string) => string;

function label(r: Result, name: NameOf): string {
  const value = r.value !== undefined ? `${r.value}${r.unit ? ` ${r.unit}` : ''}` : '';
  const flag = r.interpretation ? (value ? ` (${r.interpretation})` : r.interpretation) : '';
  return `${name(r.test)}${r.isotype ? ` ${r.isotype}` : ''} on ${r.date}: ${value}${flag}`;
}

/** Antiphospholipid results taken less than the guideline's interval after a pregnancy loss ended. */
export function apsSoonAfterLoss(c: Case, g: Guideline, aps: ApsReading): { read: ReadResult; endDate: string }[] {
  const known = soonAfterLoss.get(aps);
  if (known) return known;
  const out = findSoonAfterLoss(c, g, aps);
  soonAfterLoss.set(aps, out);
  return out;
}

/** Read once per evaluation (aps is built once per evaluation): the facts and the finding details both ask. */
const soonAfterLoss = new WeakMap<ApsReading, { read: ReadResult; endDate: string }[]>();

function findSoonAfterLoss(c: Case, g: Guideline, aps: ApsReading): { read: ReadResult; endDate: string }[] {
  const days = g.thresholds.apsAfterLossDays?.value;
  if (days === undefined) return [];
  const ends = c.pregnancies
    .filter((p) => p.outcome === 'loss' && p.endDate !== undefined)
    .map((p) => p.endDate!)
    .sort();
  if (ends.length === 0) return [];
  const out: { read: ReadResult; endDate: string }[] = [];
  for (const read of aps.read) {
    // The latest loss that ended on or before the sample (binary search: linear overall in the results).
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! <= read.result.date) lo = mid + 1;
      else hi = mid;
    }
    const endDate = ends[lo - 1];
    if (endDate !== undefined && read.result.date < addDays(endDate, days)) out.push({ read, endDate });
  }
  return out;
}

/** Detail lines keyed by finding id. */
export function resultNotes(c: Case, g: Guideline, x: ResultIndex, aps: ApsReading, name: NameOf): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const add = (id: string, line: string) => {
    const list = notes.get(id);
    if (list) list.push(line);
    else notes.set(id, [line]);
  };
  const anticoagulants = (c.medicines ?? []).filter((m) => ANTICOAGULANTS.includes(m.id));
  for (const { result: r, reading } of aps.read) {
    if (reading.kind === 'below' && reading.lowTitrePositive) {
      add(
        'aps-low-titre-positive',
        `${label(r, name)}: flagged positive by the lab, but not above ${r.p99 !== undefined ? `the lab's 99th centile (${r.p99})` : `${g.thresholds.anticardiolipinTitre.value} GPL/MPL`}: does not count`,
      );
    }
    if (reading.kind !== 'unreadable') continue;
    if (reading.reason === 'on-anticoagulant') {
      const on = anticoagulants.filter((m) => m.since !== undefined && m.since <= r.date).map((m) => m.note ?? name(m.id));
      add(
        'lupus-anticoagulant-on-anticoagulant',
        `${label(r, name)}, taken on an anticoagulant${on.length ? ` (${on.join('; ')})` : ''}: cannot be read; a valid repeat is needed`,
      );
    } else if (reading.reason === 'titre-not-judged') {
      const why =
        r.value === undefined ? 'no titre recorded' : `the threshold is not written in ${r.unit ?? 'this unit'} and the lab's 99th centile is not recorded`;
      add('aps-titre-not-judged', `${label(r, name)}: ${why}; cannot be judged, not read as negative`);
    }
  }
  const [one, two] = aps.anticardiolipinMissing;
  if (two) add('anticardiolipin-isotype-missing', `Anticardiolipin recorded without its isotype: record the IgG and the IgM result`);
  else if (one) add('anticardiolipin-isotype-missing', `Anticardiolipin ${one}: still to do (only the other isotype is recorded)`);
  for (const m of anticoagulants.filter((a) => a.since === undefined)) {
    add('anticoagulant-start-date-missing', `${m.note ?? name(m.id)}: start date not recorded`);
  }
  for (const { read, endDate } of apsSoonAfterLoss(c, g, aps)) {
    add(
      'aps-tested-soon-after-loss',
      `${label(read.result, name)}: taken less than ${g.thresholds.apsAfterLossDays!.value / 7} weeks after the loss that ended on ${endDate}`,
    );
  }
  const contradictions = [
    ...sameDayContradictions(x),
    ...groupByDay(aps.read.filter((r) => r.reading.kind === 'unreadable' && r.reading.reason === 'same-day-contradiction')),
  ];
  const seen = new Set<string>();
  for (const day of contradictions) {
    const key = `${day[0]!.test} ${day[0]!.isotype ?? ''} ${day[0]!.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(
      'results-contradict-same-day',
      `${name(day[0]!.test)}${day[0]!.isotype ? ` ${day[0]!.isotype}` : ''} on ${day[0]!.date}: ${day.map((r) => (r.value !== undefined ? `${r.value}${r.unit ? ` ${r.unit}` : ''}` : r.interpretation)).join(' and ')}; neither is taken over the other`,
    );
  }
  for (const k of aps.courses) {
    if (!k.criterion && (k.state === 'confirmed' || k.state === 'pending')) {
      add('aps-antibody-research-only', describeCourse(k, name(k.test), g.thresholds.apsRepeatDays.value));
    }
  }
  // The urgent and the action finding on such a sample share their detail lines.
  const onAnticoagulant = notes.get('lupus-anticoagulant-on-anticoagulant');
  if (onAnticoagulant) notes.set('lupus-anticoagulant-on-anticoagulant-urgent', onAnticoagulant);
  return notes;
}

function groupByDay(read: ReadResult[]): Result[][] {
  const days = new Map<string, Result[]>();
  for (const { result } of read) {
    const key = `${result.test} ${result.isotype ?? ''} ${result.date}`;
    const list = days.get(key);
    if (list) list.push(result);
    else days.set(key, [result]);
  }
  return [...days.values()];
}
