// zod's set-up (jitless, so no schema ever probes for eval under the strict CSP) lives in
// guidelines/zod.ts: a module importing 'zod' directly could build a schema before it runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));

describe('zod has one owner', () => {
  it("no module of the app, the rules or the machines imports 'zod' except guidelines/zod.ts", () => {
    const direct = ['src', 'guidelines', 'machines']
      .flatMap((d) => files(join(ROOT, d)))
      .filter((f) => /from ['"]zod(\/[^'"]*)?['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(direct).toEqual(['guidelines/zod.ts']);
  });
});
