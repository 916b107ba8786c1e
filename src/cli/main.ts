// `npm run workup -- CASE.json [...]`: exit 0 with the answer, exit 2 with every problem for bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { todayIso, validateCase } from '../engine/case-schema.ts';
import { compareGuidelines } from '../engine/compare.ts';
import { evaluateCase } from '../engine/evaluate.ts';
import { parseArgs, USAGE } from './args.ts';
import { formatCompare } from './format-compare.ts';
import { formatText } from './format-text.ts';

function fail(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(2);
}

function readCase(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail([`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a case file' : `cannot be read (${code ?? 'unknown error'})`}`]);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail([`${file}: not valid JSON (${(e as Error).message})`]);
  }
}

async function main(argv: string[]): Promise<void> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) fail(parsed.problems.includes('help') ? [USAGE] : [...parsed.problems, USAGE]);
  const { options } = parsed;
  const validation = validateCase(readCase(options.file));
  if (!validation.ok) {
    fail([`${options.file}: the case was refused (${validation.problems.length} problem${validation.problems.length === 1 ? '' : 's'}):`, ...validation.problems.map((p) => `  ${p.path}: ${p.message}`)]);
  }
  if (options.compare) {
    // All three guidelines side by side: --guideline does not narrow it, and there is no comparison PDF.
    if (options.pdf || options.fhir) fail([`--compare and ${options.pdf ? '--pdf' : '--fhir'} cannot be used together: the ${options.pdf ? 'PDF' : 'FHIR bundle'} is for one guideline`, USAGE]);
    const comparison = compareGuidelines(validation.value);
    process.stdout.write(`${options.json ? JSON.stringify(comparison, null, 2) : formatCompare(comparison, options.role)}\n`);
    return;
  }
  const evaluation = evaluateCase(validation.value, options.guideline ?? validation.value.guideline ?? 'eshre-2022');
  let written: string | undefined;
  if (options.pdf) {
    // Loaded only when asked for: jsPDF and the embedded font are the heavy part.
    const [{ renderPdf }, { PDF_DOC_FOR_ROLE }] = await Promise.all([import('../pdf/render.ts'), import('../pdf/kinds.ts')]);
    const bytes = await renderPdf(PDF_DOC_FOR_ROLE[options.role], validation.value, evaluation, { generatedOn: todayIso() });
    written = resolve(options.pdf);
    try {
      writeFileSync(written, bytes);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      fail([`${options.pdf}: cannot write the PDF (${code === 'ENOENT' ? 'no such folder' : code === 'EISDIR' ? 'is a folder' : code ?? 'unknown error'})`]);
    }
  }
  let fhirWritten: string | undefined;
  if (options.fhir) {
    const { writeFhirBundle } = await import('../fhir/write.ts');
    const fhir = writeFhirBundle(options.fhir, validation.value, evaluation, todayIso());
    if (!fhir.ok) fail([fhir.message]);
    fhirWritten = fhir.path;
  }
  process.stdout.write(`${options.json ? JSON.stringify(evaluation, null, 2) : formatText(evaluation, options.role)}\n`);
  // With --json, stdout stays pure JSON: the note about the PDF goes to stderr.
  if (written) (options.json ? process.stderr : process.stdout).write(`PDF written: ${written}\n`);
  if (fhirWritten) (options.json ? process.stderr : process.stdout).write(`FHIR bundle written: ${fhirWritten}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  // Bad input never reaches here; this is a defect, reported without a stack trace.
  process.stderr.write(`rpl-workup: internal error: ${(e as Error).message}\n`);
  process.exit(1);
});
