// Finds the test or treatment someone typed or ordered ("NK cell test", "prednisalone", "intralipd",
// "Natural killer cell test") among the catalogue's ids, names, plain names and synonyms. Shared by
// the app's flags lookup and the CDS Hooks service, so both read an order's words the same way.
import catalogue from '../../guidelines/catalogue.json' with { type: 'json' };
import { ALL_ITEM_IDS, type ItemId } from '../../guidelines/ids.ts';

export interface ItemMatch {
  id: ItemId;
  /** 0–100: 100 is an exact id, name or synonym; below MATCH_THRESHOLD nothing is returned. */
  score: number;
  /** The catalogue wording that matched best (id, name, plain name or synonym), as written there. */
  matchedName: string;
}

/** Scores under this are not matches: one typo in one word of two still clears it, an unrelated word does not. */
export const MATCH_THRESHOLD = 60;

/** A catalogue name found whole inside a longer text. */
const CONTAINED_SCORE = 70;

/** Words that say what kind of request it is, not which one: they count little either way. */
const GENERIC = new Set([
  'test',
  'tests',
  'testing',
  'level',
  'levels',
  'screen',
  'screening',
  'assay',
  'check',
  'blood',
  'serum',
  'plasma',
  'antibody',
  'antibodies',
  'analysis',
  'measurement',
  'panel',
  'in',
  'of',
  'the',
  'for',
  'and',
  'a',
  'an',
  'with',
  'to',
  'on',
  'or',
  'per',
  'e',
  'g',
  'eg',
  'mg',
  'mcg',
  'ml',
  'iu',
  'units',
  'daily',
  'once',
  'twice',
  'day',
  'dose',
  'tablet',
  'tablets',
  'capsule',
  'capsules',
  'injection',
  'injections',
  'oral',
  'iv',
  'sc',
  'subcutaneous',
  'intravenous',
  'infusion',
  'solution',
]);
/** A dose ("75", "10mg", "0.4"), unlike a name with digits ("CD56", "T4", "HbA1c"). */
const DOSE = /^\d+(mg|mcg|g|ml|iu|kg|units?)?$/;
const weight = (word: string) => (DOSE.test(word) ? 0.1 : GENERIC.has(word) ? 0.1 : 1);

export function normalise(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9α-ω]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plural and singular read alike: "cells"/"cell", "antibodies"/"antibody". */
function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Optimal string alignment distance (a swap of two neighbours is one edit), stopping above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** A word with what every comparison needs, worked out once. */
interface Word {
  text: string;
  stem: string;
  exactOnly: boolean;
}
const word = (text: string): Word => ({ text, stem: stem(text), exactOnly: text.length < 4 || /\d/.test(text) });

/** How well one typed word stands for one catalogue word, 0–1. */
function wordSimilarity(q: Word, t: Word): number {
  if (q.text === t.text) return 1;
  if (q.stem === t.stem) return 0.95;
  if (q.text.length >= 3 && t.text.startsWith(q.text)) return 0.85; // still typing
  if (q.exactOnly || t.exactOnly) return 0; // short words and codes must be exact
  if (q.text[0] !== t.text[0] && q.text[1] !== t.text[1]) return 0; // both first letters wrong: another word
  const allowed = Math.min(q.text.length, t.text.length) >= 8 ? 2 : 1;
  const d = editDistance(q.text, t.text, allowed);
  return d > allowed ? 0 : 0.9 - 0.1 * d;
}

interface Term {
  text: string;
  norm: string;
  compact: string;
  words: string[];
}
interface Entry {
  id: ItemId;
  terms: Term[];
  words: string[];
}

const items: Record<ItemId, { name: string; plainName: string; synonyms?: string[] }> = catalogue.items;
const ENTRIES: Entry[] = ALL_ITEM_IDS.map((id) => {
  const e = items[id];
  const terms = [id, e.name, e.plainName, ...(e.synonyms ?? [])]
    .map((text) => {
      const norm = normalise(text);
      return { text, norm, compact: norm.replace(/ /g, ''), words: norm.split(' ') };
    })
    .filter((t) => t.norm.length > 0);
  return { id, terms, words: [...new Set(terms.flatMap((t) => t.words))] };
});
const VOCABULARY = [...new Set(ENTRIES.flatMap((e) => e.words))].map(word);

/** How well each typed word (and each pair of neighbours joined: "anti phospholipid") stands for each
 *  catalogue word, computed once per query: the same pairs recur across items and wordings. */
class Similarity {
  private readonly table = new Map<string, Map<string, number>>();
  private readonly joined: string[];
  /** Catalogue words some typed word (or joined pair) stands for. */
  readonly covered = new Set<string>();
  constructor(queryWords: string[]) {
    this.joined = queryWords.slice(1).map((w, i) => queryWords[i]! + w);
    for (const q of [...queryWords, ...this.joined]) {
      const row = new Map<string, number>();
      const typed = word(q);
      for (const t of VOCABULARY) {
        const v = wordSimilarity(typed, t);
        if (v > 0) row.set(t.text, v);
        if (v >= 0.7) this.covered.add(t.text);
      }
      this.table.set(q, row);
    }
  }

  of(q: string, t: string): number {
    return this.table.get(q)?.get(t) ?? 0;
  }

  private best(q: string, words: string[]): number {
    let best = 0;
    for (const t of words) best = Math.max(best, this.of(q, t));
    return best;
  }

  /** Each typed word's best likeness among `words`; two joined words may stand for one. */
  scores(queryWords: string[], words: string[]): number[] {
    const scores = queryWords.map((q) => this.best(q, words));
    for (let i = 0; i + 1 < queryWords.length; i++) {
      const joined = this.best(this.joined[i]!, words);
      if (joined > Math.max(scores[i]!, scores[i + 1]!)) scores[i] = scores[i + 1] = joined;
    }
    return scores;
  }
}

/** Weighted share of the query that `words` cover, 0–1. */
function queryCoverage(sim: Similarity, queryWords: string[], words: string[]): number {
  const scores = sim.scores(queryWords, words);
  let total = 0;
  let covered = 0;
  for (let i = 0; i < queryWords.length; i++) {
    total += weight(queryWords[i]!);
    covered += weight(queryWords[i]!) * scores[i]!;
  }
  return covered / total;
}

/** Weighted share of a term's words that the query covers, 0–1. */
function termCoverage(sim: Similarity, term: Term): number {
  let total = 0;
  let covered = 0;
  for (const t of term.words) {
    total += weight(t);
    if (sim.covered.has(t)) covered += weight(t);
  }
  return covered / total;
}

const specificity = (queryCov: number, termCov: number) => queryCov * (0.6 + 0.4 * termCov);

function scoreEntry(sim: Similarity, query: string, queryWords: string[], entry: Entry): { score: number; matchedName: string } {
  const exact = entry.terms.find((t) => t.norm === query);
  if (exact) return { score: 100, matchedName: exact.text };
  const compact = query.replace(/ /g, '');
  const joined = entry.terms.find((t) => t.compact === compact);
  if (joined) return { score: 97, matchedName: joined.text };

  // The wording that fits best names the match, and how much of it the query covers says how
  // specific it is ("NK cells" beats "uterine NK cells")…
  let best = entry.terms[0]!;
  let bestFit = -1;
  let bestCoverage = 0;
  for (const t of entry.terms) {
    const coverage = termCoverage(sim, t);
    const fit = specificity(queryCoverage(sim, queryWords, t.words), coverage);
    if (fit > bestFit) [best, bestFit, bestCoverage] = [t, fit, coverage];
  }
  // …while every typed word is looked for among all the item's wordings ("lupus anticoagulant dRVVT").
  const score = 100 * specificity(queryCoverage(sim, queryWords, entry.words), bestCoverage);
  // A term the query begins ("hepar" → heparin) is what someone typing means.
  const prefixed = entry.terms.find((t) => query.length >= 3 && t.norm.startsWith(query));
  if (prefixed && 75 - Math.min(15, prefixed.norm.length - query.length) > score) {
    return { score: 75 - Math.min(15, prefixed.norm.length - query.length), matchedName: prefixed.text };
  }
  // A whole name inside longer order text ("IVIG urgent, as discussed") still names the item.
  const contained = entry.terms.find((t) => t.norm.length >= 3 && ` ${query} `.includes(` ${t.norm} `));
  if (contained && score < CONTAINED_SCORE) return { score: CONTAINED_SCORE, matchedName: contained.text };
  return { score: Math.round(score), matchedName: best.text };
}

const ORDER = new Map(ALL_ITEM_IDS.map((id, i) => [id, i]));

/** Items the query names, best first; nothing for a query under two characters or of generic words only. */
export function matchItem(query: string): ItemMatch[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  const words = q.split(' ');
  if (words.every((w) => weight(w) < 1) && !ENTRIES.some((e) => e.terms.some((t) => t.norm === q))) return [];
  const sim = new Similarity(words);
  return (
    ENTRIES.map((e) => ({ id: e.id, ...scoreEntry(sim, q, words, e) }))
      .filter((m) => m.score >= MATCH_THRESHOLD)
      // On a tie the shorter wording is the more specific match ("progesterone" over "progesterone level").
      .sort((a, b) => b.score - a.score || a.matchedName.length - b.matchedName.length || ORDER.get(a.id)! - ORDER.get(b.id)!)
  );
}
