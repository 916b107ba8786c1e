// `--fhir OUT.json` for the command line: the bundle written to a file (Node only; the app downloads it instead).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Case } from '../engine/case-schema.ts';
import type { Evaluation } from '../engine/evaluation.ts';
import { buildFhirBundle } from './bundle.ts';

/** The absolute path written, or a message naming the file and what went wrong. */
export function writeFhirBundle(file: string, c: Case, e: Evaluation, generatedOn: string): { ok: true; path: string } | { ok: false; message: string } {
  const path = resolve(file);
  try {
    writeFileSync(path, `${JSON.stringify(buildFhirBundle(c, e, { generatedOn }), null, 2)}\n`);
    return { ok: true, path };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: `${file}: cannot write the FHIR bundle (${code === 'ENOENT' ? 'no such folder' : code === 'EISDIR' ? 'is a folder' : code ?? 'unknown error'})` };
  }
}
