// The case file of CONTRACT.md §1 on disk: export a case as pretty JSON and import one back.
//
// API
//   serializeCase(c)                 → the file's text: pretty JSON (2 spaces), keys in contract order (equal cases give
//                                      equal bytes), trailing newline
//   caseFileName(date?)              → "rpl-case-YYYY-MM-DD.json" (local date; never the patient's name)
//   parseCaseFile(text, today?)      → { ok: true, case } | { ok: false, problems } — never throws; every problem has a field path
//   exportCaseFile(c, date?)         → { filename, text, blob } ready for downloadBlob
//   decodeCaseFile(bytes)            → the text of the file's bytes (UTF-8, or UTF-16/UTF-8 with a byte-order mark)
//   readCaseFileBytes(bytes, today?) → size limit + decodeCaseFile + parseCaseFile: the one reader of the app and the CLI
//   (downloadBlob and readFileBytes live in files.ts; re-exported here)
//   importCaseFile(file, today?)     → size limit, readFileBytes + readCaseFileBytes, also never rejects
//
// Exporting then importing gives back the same case (tests/unit/case-file.test.ts and
// tests/unit/properties-case-file.test.ts). Free text is stored exactly as typed: nothing is escaped
// or stripped here, because the file is data, never markup; whoever displays it must escape it
// (React does).
import { type Case, type Problem, todayIso, validateCase } from '../engine/case-schema.ts';
import { downloadBlob, readFileBytes } from './files.ts';

export { downloadBlob, readFileBytes };

export const CASE_FILE_MIME = 'application/json';
export const CASE_FILE_EXTENSION = '.json';
/**
 * Larger files are refused before they are read: a real case file is a few kilobytes, and parsing and
 * checking a file this size stays well under a second, so opening a file cannot freeze the page.
 */
export const MAX_CASE_FILE_BYTES = 2_000_000;

export type ImportResult = { ok: true; case: Case } | { ok: false; problems: Problem[] };

/** The refusal of a file over MAX_CASE_FILE_BYTES: the same words in the app and the CLI. */
export function tooLargeProblem(bytes: number): Problem {
  return {
    path: '(file)',
    message: `is too large (${bytes.toLocaleString('en-GB')} bytes): a case file is at most ${MAX_CASE_FILE_BYTES.toLocaleString('en-GB')} bytes`,
  };
}

type Decoded = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * The text of a case file's bytes. A byte-order mark chooses the encoding (UTF-8, UTF-16 LE or BE) and is
 * dropped; without one the file must be UTF-8. Bytes that are not text in that encoding are refused.
 */
export function decodeCaseFile(bytes: Uint8Array): Decoded {
  const [a, b, c] = bytes;
  const [encoding, skip] =
    a === 0xef && b === 0xbb && c === 0xbf
      ? ['utf-8', 3]
      : a === 0xff && b === 0xfe
        ? ['utf-16le', 2]
        : a === 0xfe && b === 0xff
          ? ['utf-16be', 2]
          : ['utf-8', 0];
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip)) };
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    return { ok: false, problems: [{ path: '(file)', message: `is not ${name} text: choose a case file saved by RPL Workup (.json)` }] };
  }
}

/** The one reader of a case file's bytes, for the app and the command line. Never throws. */
export function readCaseFileBytes(bytes: Uint8Array, today: string = todayIso()): ImportResult {
  if (bytes.length > MAX_CASE_FILE_BYTES) return { ok: false, problems: [tooLargeProblem(bytes.length)] };
  const decoded = decodeCaseFile(bytes);
  return decoded.ok ? parseCaseFile(decoded.text, today) : decoded;
}

/** Key order of each object in the file: the contract's (CONTRACT.md §1), so files are easy to read and diff. */
const CASE_KEYS = [
  'schemaVersion',
  'guideline',
  'patient',
  'pregnancies',
  'history',
  'currentPregnancy',
  'medicines',
  'results',
  'declined',
  'requested',
  'referralQuestion',
  'notes',
  'clinicalDiscretion',
] as const satisfies readonly (keyof Case)[];
const PATIENT_KEYS = ['name', 'nhsNumber', 'dateOfBirth', 'age', 'bmi', 'smoker', 'partnerAge', 'partnerSmoker'] as const;
const PREGNANCY_KEYS = ['outcome', 'gestationWeeks', 'visualised', 'tissueGenetics', 'endDate'] as const;
const HISTORY_KEYS = [
  'currentlyPregnant',
  'venousThrombosis',
  'venousThrombosisCause',
  'arterialThrombosis',
  'sle',
  'thyroidDisease',
  'diabetes',
  'menstrualIrregularity',
  'familyThrombophilia',
  'previousUnbalancedOffspring',
  'familyChromosomalRearrangement',
] as const;
const RESULT_KEYS = ['test', 'date', 'isotype', 'value', 'unit', 'p99', 'interpretation', 'onAnticoagulant', 'note'] as const;
const DECLINED_KEYS = ['id', 'reason'] as const;

/** The same object with its keys in `order` (any other key follows, so nothing is dropped); undefined values are left out. */
function inOrder(value: unknown, order: readonly string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of [...order, ...Object.keys(source).filter((k) => !order.includes(k))]) {
    if (source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

function each(list: unknown, order: readonly string[]): unknown {
  return Array.isArray(list) ? list.map((v) => inOrder(v, order)) : list;
}

/** The case with every object's keys in contract order: equal cases export to equal bytes. */
function canonical(c: Case): Record<string, unknown> {
  return inOrder(
    {
      ...c,
      patient: inOrder(c.patient, PATIENT_KEYS),
      pregnancies: each(c.pregnancies, PREGNANCY_KEYS),
      history: inOrder(c.history, HISTORY_KEYS),
      results: each(c.results, RESULT_KEYS),
      declined: each(c.declined, DECLINED_KEYS),
    },
    CASE_KEYS,
  ) as Record<string, unknown>;
}

/** The case file's text: pretty JSON with `schemaVersion: 1` first and a final newline. */
export function serializeCase(c: Case): string {
  // schemaVersion is the first key (KEY_ORDER); re-setting it keeps its place and pins it to 1.
  return `${JSON.stringify({ ...canonical(c), schemaVersion: 1 }, null, 2)}\n`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `rpl-case-YYYY-MM-DD.json` in the user's local calendar. No name or NHS number: file names leak into download lists and e-mails. */
export function caseFileName(date: Date = new Date()): string {
  return `rpl-case-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}${CASE_FILE_EXTENSION}`;
}

/**
 * The most entries a list in a case file may hold: far above any real case (a few pregnancies, a few
 * dozen results), low enough that checking, evaluating and showing a case stays quick. Longer lists
 * are refused before the case is checked, so a hostile file cannot freeze the page.
 */
export const LIST_LIMITS = { pregnancies: 60, results: 2000, declined: 200, requested: 200 } as const;

function listLimitProblems(data: Record<string, unknown>): Problem[] {
  return Object.entries(LIST_LIMITS).flatMap(([key, max]) => {
    const list = data[key];
    return Array.isArray(list) && list.length > max
      ? [{ path: key, message: `lists ${list.length.toLocaleString('en-GB')} entries: a case file holds at most ${max} (is this the right file?)` }]
      : [];
  });
}

/** Where in the text a JSON syntax error is, as "line L, column C", from the engine's message when it gives a position. */
function syntaxErrorWhere(text: string, message: string): string {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `line ${lineCol[1]}, column ${lineCol[2]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const offset = Number(pos[1]);
    const before = text.slice(0, offset).split('\n');
    return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  }
  if (/end of (JSON )?input|Unterminated/i.test(message)) return 'the end of the file (is it cut short?)';
  return 'an unknown place';
}

/**
 * Reads the text of a case file. Never throws. Refuses (with a clear message) empty text, text that
 * is not JSON, and a JSON value that is not a valid case (every problem with its field path).
 */
export function parseCaseFile(text: string, today: string = todayIso()): ImportResult {
  if (typeof text !== 'string') {
    return { ok: false, problems: [{ path: '(file)', message: 'could not be read as text' }] };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { ok: false, problems: [{ path: '(file)', message: 'is empty: choose a case file saved by RPL Workup (.json)' }] };
  }
  if (body.length > MAX_CASE_FILE_BYTES) return { ok: false, problems: [tooLargeProblem(body.length)] };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const looksLikePdf = body.startsWith('%PDF');
    return {
      ok: false,
      problems: [
        {
          path: '(file)',
          message: looksLikePdf
            ? 'is a PDF, not a case file: choose the .json case file exported from RPL Workup'
            : `is not a JSON case file: the text is not valid JSON (problem at ${syntaxErrorWhere(body, message)})`,
        },
      ],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ path: '(case)', message: 'must be a JSON object with schemaVersion, patient and pregnancies' }] };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > 1) {
    return {
      ok: false,
      problems: [{ path: 'schemaVersion', message: `is ${version}: this file was written by a newer version of RPL Workup, which this version cannot read` }],
    };
  }
  const tooMany = listLimitProblems(data as Record<string, unknown>);
  if (tooMany.length) return { ok: false, problems: tooMany };
  const checked = validateCase(data, today);
  return checked.ok ? { ok: true, case: checked.value } : { ok: false, problems: checked.problems };
}

export interface CaseFileExport {
  filename: string;
  text: string;
  blob: Blob;
}

export function exportCaseFile(c: Case, date: Date = new Date()): CaseFileExport {
  const text = serializeCase(c);
  return { filename: caseFileName(date), text, blob: new Blob([text], { type: `${CASE_FILE_MIME};charset=utf-8` }) };
}

/** Reads and checks a chosen file. Never rejects: a read failure is reported as a problem. */
export async function importCaseFile(file: Blob & { name?: string }, today: string = todayIso()): Promise<ImportResult> {
  if (file.size > MAX_CASE_FILE_BYTES) return { ok: false, problems: [tooLargeProblem(file.size)] };
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return readCaseFileBytes(bytes, today);
}
