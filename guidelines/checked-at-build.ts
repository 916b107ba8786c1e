// Rule files and the catalogue are checked against their schemas when the app is built
// (scripts/checked-json-plugin.ts), so the browser need not parse them with zod again: in a page
// zod runs without its compiled parsers (guidelines/zod.ts), and parsing them took about 60 ms of
// main thread when a case was opened. The build writes the schema's output (defaults filled in)
// with this key set; anything else — the tests, the dev server, the command line, CDS Hooks —
// reads the plain file and parses it here.
import type { z } from './zod.ts';

export const CHECKED_AT_BUILD = '$checkedAtBuild';

/** The schema's output: as written by the build when it checked the file, otherwise parsed now. */
export function parsedUnlessChecked<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  if (typeof raw === 'object' && raw !== null && (raw as Record<string, unknown>)[CHECKED_AT_BUILD] === true) return raw as z.output<S>;
  return schema.parse(raw);
}
