// Parsing the command line of CONTRACT.md §5.
import { GUIDELINE_IDS, type GuidelineId, ROLES, type Role } from '../../guidelines/ids.ts';

export interface CliOptions {
  file: string;
  guideline?: GuidelineId;
  json: boolean;
  pdf?: string;
  /** Also write the workup as a FHIR R4 Bundle to this file. */
  fhir?: string;
  role: Role;
  compare: boolean;
}

export const USAGE =
  'usage: npm run workup -- CASE.json [--guideline eshre-2022|rcog-2023|asrm-2012] [--json] [--pdf OUT.pdf] [--fhir OUT.json] [--role gp|nurse|patient] [--compare]';

export const HELP = `${USAGE}

Reads a case file (CONTRACT.md §1) and prints the workup under one guideline.
  --guideline ID   eshre-2022 (default, or the case's own), rcog-2023 or asrm-2012
  --json           the engine's answer as JSON instead of the checklist
  --pdf OUT.pdf    also write the PDF for the role (never over the case file itself)
  --fhir OUT.json  also write the workup as a FHIR R4 Bundle (never over the case file itself)
  --role ROLE      gp (default), nurse (triage and referral) or patient (plain words)
  --compare        the three guidelines side by side (not with --pdf or --fhir)
  --help, -h       this text
Relative paths are read from the folder you run the command in.
Exit status: 0 answered, 2 refused input (every problem named on stderr), 1 internal error.`;

export type Parsed = { ok: true; help: true } | { ok: true; help: false; options: CliOptions } | { ok: false; problems: string[] };

export function parseArgs(argv: string[]): Parsed {
  if (argv.some((a) => a === '--help' || a === '-h')) return { ok: true, help: true };
  const problems: string[] = [];
  const options: Partial<CliOptions> & { json: boolean; compare: boolean; role: Role } = { json: false, compare: false, role: 'gp' };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--json':
        options.json = true;
        break;
      case '--compare':
        options.compare = true;
        break;
      case '--guideline': {
        const v = value();
        if (v && (GUIDELINE_IDS as readonly string[]).includes(v)) options.guideline = v as GuidelineId;
        else problems.push(`--guideline: "${v ?? ''}" is not one of ${GUIDELINE_IDS.join(', ')}`);
        break;
      }
      case '--role': {
        const v = value();
        if (v && (ROLES as readonly string[]).includes(v)) options.role = v as Role;
        else problems.push(`--role: "${v ?? ''}" is not one of ${ROLES.join(', ')}`);
        break;
      }
      case '--pdf': {
        const v = value();
        if (v && !v.startsWith('--')) options.pdf = v;
        else problems.push('--pdf: needs an output file name, e.g. --pdf summary.pdf');
        break;
      }
      case '--fhir': {
        const v = value();
        if (v && !v.startsWith('--')) options.fhir = v;
        else problems.push('--fhir: needs an output file name, e.g. --fhir workup.fhir.json');
        break;
      }
      default:
        if (arg.startsWith('-')) problems.push(`${arg}: unknown option`);
        else files.push(arg);
    }
  }
  if (files.length !== 1) problems.push(files.length === 0 ? 'CASE.json: a case file is required' : `only one case file is allowed (got ${files.join(', ')})`);
  if (problems.length) return { ok: false, problems };
  return { ok: true, help: false, options: { ...options, file: files[0]! } as CliOptions };
}
