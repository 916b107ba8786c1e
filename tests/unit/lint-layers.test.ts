// The layers run one way (guidelines ← src/engine ← machines ← store, app, pdf, cli), enforced by Biome's
// noRestrictedImports/noRestrictedGlobals per folder (biome.json). Each case plants a temporary file in
// a layer and shows `biome lint` fails on the upward import and passes on the allowed one.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function lintPlanted(path: string, code: string): { code: number | null; output: string } {
  const file = join(ROOT, path);
  writeFileSync(file, code);
  try {
    const r = spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['lint', '--max-diagnostics=50', file], { cwd: ROOT, encoding: 'utf8' });
    return { code: r.status, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(file, { force: true });
  }
}

const planted = (folder: string, ext = 'ts') => `${folder}/zz-planted-${process.pid}.${ext}`;

describe('biome lint keeps the layers', { timeout: 60_000 }, () => {
  const cases: [string, string, string, string][] = [
    // [layer folder, an upward import, the words of the refusal, an import the layer may make]
    [
      'guidelines',
      "import { evaluateCase } from '../src/engine/evaluate.ts';",
      'imports nothing of the project above it',
      "import { GUIDELINE_IDS } from './ids.ts';",
    ],
    [
      'src/engine',
      "import { workupMachine } from '../../machines/workup-machine.ts';",
      'imports only guidelines/ and itself',
      "import { GUIDELINE_IDS } from '../../guidelines/ids.ts';",
    ],
    [
      'src/engine',
      "import { useAppStore } from '../store/app-store.ts';",
      'imports only guidelines/ and itself',
      "import { evaluateCase } from './evaluate.ts';",
    ],
    [
      'machines',
      "import { renderPdf } from '../src/pdf/render.ts';",
      'imports only src/engine/ and guidelines/',
      "import { evaluateCase } from '../src/engine/evaluate.ts';",
    ],
    ['machines', "import { useState } from 'react';", 'React belongs to the app', "import { setup } from 'xstate';"],
    ['src/engine', "import { create } from 'zustand';", 'Storage and stores belong to src/store', "import { z } from 'zod';"],
    ['guidelines', "import { jsPDF } from 'jspdf';", 'jsPDF belongs to src/pdf', "import { z } from 'zod';"],
  ];
  for (const [folder, upward, words, allowed] of cases) {
    it(`${folder}: refuses ${upward.replace(/^import .* from '(.*)';$/, '$1')}, allows ${allowed.replace(/^import .* from '(.*)';$/, '$1')}`, () => {
      const bad = lintPlanted(planted(folder), `${upward}\nexport const x = [${upward.match(/\{ (\w+) \}/)![1]}];\n`);
      expect(bad.code, bad.output).not.toBe(0);
      expect(bad.output).toContain(words);
      const good = lintPlanted(planted(folder), `${allowed}\nexport const x = [${allowed.match(/\{ (\w+) \}/)![1]}];\n`);
      expect(good.code, good.output).toBe(0);
    });
  }

  it('no browser storage or DOM below the app', () => {
    const r = lintPlanted(planted('src/engine'), 'export const read = () => localStorage.getItem("x");\n');
    expect(r.code).not.toBe(0);
    expect(r.output).toContain('lint/style/noRestrictedGlobals');
  });

  it('React hooks name their dependencies', () => {
    const hook = (deps: string) =>
      `import { useEffect } from 'react';\nexport function useLog(value: string): void {\n  useEffect(() => {\n    console.log(value);\n  }, [${deps}]);\n}\n`;
    const missing = lintPlanted(planted('src/app', 'tsx'), hook(''));
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain('lint/correctness/useExhaustiveDependencies');
    expect(lintPlanted(planted('src/app', 'tsx'), hook('value')).code).toBe(0);
  });
});
