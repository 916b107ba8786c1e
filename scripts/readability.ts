// Reading level of everything written for patients: the plain wording of every rule (plainWhy,
// plainRule) in each guideline file, the app's patient copy, and the question list it builds.
// Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59. UK reading age is
// about grade + 5, so the target (reading age 9–11) is grade 6 or below.
//
//   npx tsx scripts/readability.ts            print the figures
//   npx tsx scripts/readability.ts --worst 10 also list the 10 hardest strings of each group
//   npx tsx scripts/readability.ts --max-grade 6   exit 1 if any group is above grade 6 (tests/unit/readability.test.ts runs this check)
//
// Syllables are counted with the usual vowel-group rule (silent final e, -le, -ed handled), as
// readability tools do; acronyms (NK, IVIG, TSH) count one syllable per letter. Strings under five
// words (labels such as "Summary") are listed as not scored: the formula is meaningless for them.
import { readdirSync, readFileSync } from 'node:fs';
import { STEP_TITLES } from '../machines/steps.ts';
import {
  CONTEXT_LABELS,
  COPY,
  DOMAIN_STATE_COPY,
  FINDINGS_COPY,
  FLAGS_COPY,
  HISTORY_LABELS,
  INTAKE_LABELS,
  ITEM_COPY,
  OUTCOME_LABELS,
  PATIENT_COPY,
  plainPregnancyReason,
  RESULT_MESSAGES,
  START_COPY,
  SUMMARY_COPY,
  SUPPORT_COPY,
  TISSUE_LABELS,
  VTE_CAUSE_LABELS,
  WORDS,
} from '../src/app/copy.ts';
import type { Case } from '../src/engine/case-schema.ts';
import { evaluateCase } from '../src/engine/evaluate.ts';
import { GUIDELINE_IDS, type GuidelineId } from '../guidelines/ids.ts';
import { patientQuestions } from '../src/engine/patient-questions.ts';
import { PATIENT_DISCLAIMER, SEVERITY_LABEL, STATUS_LABEL, TAKEN_NOW, VERDICT_LABEL } from '../guidelines/wording.ts';
import { rawGuidelines } from '../guidelines/index.ts';

export function syllables(word: string): number {
  if (/^[A-Z0-9]{2,6}s?$/.test(word) && /[A-Z]/.test(word)) return word.replace(/s$/, '').replace(/[0-9]/g, '').length || 1;
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface Counts {
  words: number;
  sentences: number;
  syllables: number;
}

export function count(text: string): Counts {
  const sentences = text
    .split(/[.!?]+(?:\s|$)/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z]/.test(s));
  const words = text.match(/[A-Za-zÀ-ÿβα0-9'’-]+/g)?.filter((w) => /[A-Za-z]/.test(w)) ?? [];
  return { words: words.length, sentences: Math.max(1, sentences.length), syllables: words.reduce((n, w) => n + syllables(w), 0) };
}

export function grade(c: Counts): number {
  if (c.words === 0) return 0;
  return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59;
}

export interface Group {
  name: string;
  strings: string[];
}

function guidelineGroups(): Group[] {
  const dir = new URL('../guidelines/', import.meta.url);
  const groups: Group[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const g = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
      id?: string;
      rules?: { plainWhy: string }[];
      findings?: { plainWhy: string }[];
      redFlags?: { plainWhy: string }[];
      definition?: { plainRule: string };
    };
    if (!Array.isArray(g.rules)) continue;
    groups.push({
      name: `${g.id ?? file}: plainWhy of ${g.rules.length} rules, findings and red flags; plainRule`,
      strings: [...g.rules, ...(g.findings ?? []), ...(g.redFlags ?? [])].map((r) => r.plainWhy).concat(g.definition ? [g.definition.plainRule] : []),
    });
  }
  return groups;
}

function appGroup(): Group {
  const strings = [
    ...Object.values(COPY.patient),
    ...Object.values(START_COPY),
    ...Object.values(SUPPORT_COPY),
    PATIENT_DISCLAIMER,
    ...Object.values(HISTORY_LABELS).map((l) => l.patient),
    ...Object.values(INTAKE_LABELS).map((l) => l.patient),
    ...Object.values(OUTCOME_LABELS).map((l) => l.patient),
    ...Object.values(TISSUE_LABELS).map((l) => l.patient),
    ...Object.values(VERDICT_LABEL).map((l) => l.plain),
    ...Object.values(STATUS_LABEL).map((l) => l.plain),
    ...Object.values(STEP_TITLES).map((t) => t.plain),
    ...Object.values(SEVERITY_LABEL).map((l) => l.plain),
    ...Object.values(TAKEN_NOW).map((l) => l.plain),
    ...Object.values(CONTEXT_LABELS).map((l) => l.patient),
    ...Object.values(VTE_CAUSE_LABELS).map((l) => l.patient),
    ...Object.values(WORDS).map((l) => l.patient),
    ...Object.values(DOMAIN_STATE_COPY.plain),
    FINDINGS_COPY.nonePlain,
    ITEM_COPY.takenNowPlain,
    ITEM_COPY.takenNowReviewPlain,
    ...Object.values(PATIENT_COPY),
    SUMMARY_COPY.tickHintPlain,
    SUMMARY_COPY.nothingToOrderPlain,
    SUMMARY_COPY.forYourDoctor,
    SUMMARY_COPY.forYourDoctorIntro,
    SUMMARY_COPY.prognosis,
    FLAGS_COPY.nothingFound('steroids'),
    FLAGS_COPY.showing('NK cell blood test', 'nk cels'),
    FLAGS_COPY.added,
    FLAGS_COPY.closeAnswer,
    RESULT_MESSAGES.p99Plain,
    RESULT_MESSAGES.onAnticoagulantPlain,
    RESULT_MESSAGES.interpretationPlain,
    ...[true, false].flatMap((counted) =>
      [{ outcome: 'loss', gestationWeeks: 6, visualised: false }, { outcome: 'loss', gestationWeeks: 8 }, { outcome: 'live-birth' }].map((p) =>
        plainPregnancyReason(p, counted),
      ),
    ),
  ];
  return { name: 'app patient copy (src/app/copy.ts, plain labels, step titles)', strings: [...new Set(strings)] };
}

function questionsGroup(): Group {
  const loss = { outcome: 'loss' as const, gestationWeeks: 7, visualised: true };
  const cases: Case[] = [
    { schemaVersion: 1, patient: { age: 34 }, pregnancies: [loss, loss, loss], requested: ['nk-cells-blood', 'prednisolone', 'intralipid'] },
    {
      schemaVersion: 1,
      patient: { age: 38 },
      pregnancies: [loss, loss],
      results: [{ test: 'aps-lupus-anticoagulant', date: '2026-01-10', interpretation: 'positive' }],
    },
    { schemaVersion: 1, patient: { age: 29 }, pregnancies: [{ outcome: 'loss', gestationWeeks: 18, visualised: true }], history: { currentlyPregnant: true } },
    {
      schemaVersion: 1,
      patient: { age: 36 },
      pregnancies: [loss, loss, loss],
      currentPregnancy: { gestationWeeks: 6, bleeding: true },
      medicines: [{ id: 'levothyroxine' }],
      history: { currentlyPregnant: true, thyroidDisease: true, venousThrombosis: true, venousThrombosisCause: 'major-surgery' },
      requested: ['progesterone', 'heparin'],
    },
  ];
  const available = GUIDELINE_IDS.filter((id): id is GuidelineId => rawGuidelines[id] !== undefined);
  const strings = available.flatMap((g) => cases.flatMap((c) => patientQuestions(evaluateCase(c, g)).map((q) => q.question)));
  return { name: `patient question list (3 example cases × ${available.length} guidelines)`, strings: [...new Set(strings)] };
}

/** Labels of one to four words ("Summary", "Not advised") are not prose: the formula says nothing useful about them. */
export const MIN_WORDS = 5;

/** Every group of patient-facing strings: each guideline's plain wording, the app's copy, the question list. */
export function patientGroups(): Group[] {
  return [...guidelineGroups(), appGroup(), questionsGroup()];
}

export function aggregateGrade(group: Group): number {
  const total = group.strings
    .map(count)
    .filter((c) => c.words >= MIN_WORDS)
    .reduce<Counts>((t, c) => ({ words: t.words + c.words, sentences: t.sentences + c.sentences, syllables: t.syllables + c.syllables }), {
      words: 0,
      sentences: 0,
      syllables: 0,
    });
  return grade(total);
}

function report(group: Group, worst: number): { aggregate: number } {
  const all = group.strings.map((s) => ({ s, c: count(s), g: grade(count(s)) }));
  const per = all.filter((p) => p.c.words >= MIN_WORDS);
  const labels = all.length - per.length;
  const total = per.reduce<Counts>((t, p) => ({ words: t.words + p.c.words, sentences: t.sentences + p.c.sentences, syllables: t.syllables + p.c.syllables }), {
    words: 0,
    sentences: 0,
    syllables: 0,
  });
  const aggregate = grade(total);
  const within = per.filter((p) => p.g <= 6).length;
  const median = [...per].sort((a, b) => a.g - b.g)[Math.floor(per.length / 2)]?.g ?? 0;
  console.log(`\n${group.name}`);
  console.log(`  ${per.length} strings of ${MIN_WORDS}+ words (${labels} shorter labels not scored), ${total.words} words, ${total.sentences} sentences`);
  console.log(
    `  Flesch–Kincaid grade: ${aggregate.toFixed(1)} overall (reading age ≈ ${(aggregate + 5).toFixed(0)}); median string ${median.toFixed(1)}; ${within}/${per.length} strings at grade ≤ 6 (${Math.round((100 * within) / Math.max(1, per.length))}%)`,
  );
  if (worst > 0) {
    for (const p of [...per].sort((a, b) => b.g - a.g).slice(0, worst)) console.log(`    ${p.g.toFixed(1).padStart(5)}  ${p.s}`);
  }
  return { aggregate };
}

function main(argv: string[]): void {
  const worstAt = argv.indexOf('--worst');
  const worst = worstAt >= 0 ? Number(argv[worstAt + 1] ?? 5) : 3;
  const maxAt = argv.indexOf('--max-grade');
  const max = maxAt >= 0 ? Number(argv[maxAt + 1]) : undefined;
  console.log('Reading level of patient-facing text (Flesch–Kincaid grade; target ≤ 6, i.e. reading age 9–11)');
  const over = patientGroups()
    .map((g) => ({ g, ...report(g, worst) }))
    .filter((r) => max !== undefined && r.aggregate > max);
  for (const r of over) console.error(`\n${r.g.name} is at grade ${r.aggregate.toFixed(1)}, above ${max}.`);
  if (over.length) process.exit(1);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) main(process.argv.slice(2));
