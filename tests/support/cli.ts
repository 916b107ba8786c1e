// The command line run in-process: runCli with argv, stdout and stderr captured, the exit status returned.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(import.meta.dirname, '../fixtures');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run workup -- ...args`, called from `cwd` (the project folder unless given). */
export async function workupIn(cwd: string, env: Record<string, string | undefined>, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd,
    env,
  });
  return { code, stdout, stderr };
}

export function workup(...args: string[]): Promise<Run> {
  return workupIn(ROOT, {}, ...args);
}

/** A new file in a fresh temporary folder. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rpl-cli-')), name);
  writeFileSync(path, content);
  return path;
}
