// `npm run workup -- CASE.json [...]` as a function: argv in, text out, an exit status back.
// Exit 0 with the answer (or --help), 2 with every problem for bad input, 1 for a defect (no stack trace).
import { statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { todayIso } from '../engine/case-schema.ts';
import { compareGuidelines } from '../engine/compare.ts';
import { evaluateCase } from '../engine/evaluate.ts';
import { readCaseFileBytes } from '../io/case-file.ts';
import { HELP, parseArgs, USAGE } from './args.ts';
import { formatCompare } from './format-compare.ts';
import { formatText } from './format-text.ts';
import { type FileIdentity, readInput } from './read-input.ts';
import { escapeForTerminal, escapeStrings, terminalJson } from './terminal.ts';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The process's folder and environment: relative paths are read from the caller's folder. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Input refused: its lines go to stderr and the exit status is 2. */
class Refusal {
  constructor(readonly lines: string[]) {}
}

/**
 * The folder the user typed the command in. `npm run workup` runs the script in the project folder and
 * keeps the caller's folder in INIT_CWD; run any other way (tsx, node), the process's own folder.
 */
export function callerFolder(io: Pick<CliIo, 'cwd' | 'env'>): string {
  const viaNpm = io.env.npm_lifecycle_script?.includes('src/cli/main.ts') && io.env.INIT_CWD;
  return viaNpm ? io.env.INIT_CWD! : io.cwd;
}

/** An output path that is the input file itself (same path, or the same file by another name) is refused. */
export function refuseOverwrite(flag: string, output: string, input: FileIdentity): void {
  let st: { dev: number; ino: number } | undefined;
  try {
    st = statSync(output);
  } catch {
    return; // does not exist yet: nothing to overwrite
  }
  if (st.dev === input.dev && st.ino === input.ino) {
    throw new Refusal([`${flag} ${escapeForTerminal(output)}: is the case file itself; choose another output file (the case file is never overwritten)`]);
  }
}

async function answer(argv: string[], io: CliIo): Promise<void> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Refusal([...parsed.problems.map(escapeForTerminal), USAGE]);
  if (parsed.help) {
    io.stdout(`${HELP}\n`);
    return;
  }
  const { options } = parsed;
  const output = options.pdf ? '--pdf' : options.fhir ? '--fhir' : undefined;
  if (options.compare && output)
    throw new Refusal([`--compare and ${output} cannot be used together: the ${output === '--pdf' ? 'PDF' : 'FHIR bundle'} is for one guideline`, USAGE]);
  const base = callerFolder(io);
  const shown = escapeForTerminal(options.file);
  const input = readInput(resolve(base, options.file));
  if (!input.ok) throw new Refusal([`${shown}: ${input.message}`]);
  const read = readCaseFileBytes(input.bytes);
  if (!read.ok) {
    const { problems } = read;
    if (problems.every((p) => p.path === '(file)')) throw new Refusal(problems.map((p) => `${shown}: ${escapeForTerminal(p.message)}`));
    throw new Refusal([
      `${shown}: the case was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
      ...problems.map((p) => `  ${escapeForTerminal(p.path)}: ${escapeForTerminal(p.message)}`),
    ]);
  }
  const c = read.case;
  // The text answers print free text from the file, so they are built from a copy with every string escaped.
  const printable = escapeStrings(c);
  if (options.compare) {
    // All three guidelines side by side: --guideline does not narrow it, and there is no comparison PDF.
    io.stdout(`${options.json ? terminalJson(compareGuidelines(c)) : formatCompare(compareGuidelines(printable), options.role)}\n`);
    return;
  }
  const guideline = options.guideline ?? c.guideline ?? 'eshre-2022';
  // The JSON and the PDF carry the case as written; the checklist is built from the escaped copy.
  const evaluation = options.json || output ? evaluateCase(c, guideline) : undefined;
  const written: string[] = [];
  /** Writes one output file beside the answer; never over the case file, every failure named. */
  const writeOutput = async (flag: string, file: string, what: string, bytes: () => Promise<Uint8Array | string>) => {
    const path = resolve(base, file);
    refuseOverwrite(flag, path, input.identity);
    const content = await bytes();
    try {
      writeFileSync(path, content);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such folder' : code === 'EISDIR' ? 'is a folder' : (code ?? 'unknown error');
      throw new Refusal([`${escapeForTerminal(file)}: cannot write the ${what} (${why})`]);
    }
    written.push(`${what} written: ${escapeForTerminal(path)}`);
  };
  if (options.pdf) {
    await writeOutput('--pdf', options.pdf, 'PDF', async () => {
      // Loaded only when asked for: jsPDF and the embedded font are the heavy part.
      const [{ renderPdf }, { PDF_DOC_FOR_ROLE }] = await Promise.all([import('../pdf/render.ts'), import('../pdf/kinds.ts')]);
      return renderPdf(PDF_DOC_FOR_ROLE[options.role], c, evaluation!, { generatedOn: todayIso() });
    });
  }
  if (options.fhir) {
    await writeOutput('--fhir', options.fhir, 'FHIR bundle', async () => {
      const { buildFhirBundle } = await import('../fhir/bundle.ts');
      return `${JSON.stringify(buildFhirBundle(c, evaluation!, { generatedOn: todayIso() }), null, 2)}\n`;
    });
  }
  io.stdout(`${options.json ? terminalJson(evaluation) : formatText(evaluateCase(printable, guideline), options.role)}\n`);
  // With --json, stdout stays pure JSON: the notes about written files go to stderr.
  for (const line of written) (options.json ? io.stderr : io.stdout)(`${line}\n`);
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    await answer(argv, io);
    return 0;
  } catch (e) {
    if (e instanceof Refusal) {
      io.stderr(`${e.lines.join('\n')}\n`);
      return 2;
    }
    // Bad input never reaches here; this is a defect, reported without a stack trace.
    io.stderr(`rpl-workup: internal error: ${escapeForTerminal(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}
