// `npm run workup -- CASE.json [...]`: the command line of CONTRACT.md §5 (the work is in run.ts).
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
});
