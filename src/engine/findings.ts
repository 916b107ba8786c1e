// The guideline's findings that hold for a case, most urgent first, with their detail lines: the
// antibody courses behind an APS finding, or the results a result-reading finding is about.
import type { Guideline } from '../../guidelines/schema.ts';
import type { Facts } from '../../guidelines/facts-catalogue.ts';
import { SEVERITIES, type ItemId } from '../../guidelines/ids.ts';
import { holds } from './conditions.ts';
import type { Finding } from './evaluation.ts';
import { type AntibodyCourse, describeCourse } from './antiphospholipid.ts';

/** Findings whose detail lines are the antibody courses. */
const COURSE_FINDINGS = new Set(['aps-laboratory-criteria-met', 'aps-repeat-due', 'aps-positive-not-persistent']);

const RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

export function findingsFor(
  g: Guideline,
  facts: Facts,
  courses: AntibodyCourse[],
  notes: ReadonlyMap<string, string[]>,
  nameOf: (id: ItemId) => string,
): Finding[] {
  const courseLines = courses
    .filter((k) => k.state !== 'negative' && k.criterion)
    .map((k) => describeCourse(k, nameOf(k.test), g.thresholds.apsRepeatDays.value));
  return (
    g.findings
      .filter((f) => holds(f.when, facts))
      .map(
        ({ id, severity, domain, why, plainWhy, citation }): Finding => ({
          id,
          severity,
          ...(domain ? { domain } : {}),
          why,
          plainWhy,
          citation,
          detail: COURSE_FINDINGS.has(id) ? courseLines : (notes.get(id) ?? []),
        }),
      )
      // Array.prototype.sort is stable: file order is kept within a severity.
      .sort((a, b) => RANK.get(a.severity)! - RANK.get(b.severity)!)
  );
}
