// docs/rules.md is generated from the rule files; this fails when it is out of date.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getClaims } from '../../guidelines/claims.ts';
import { getGuideline } from '../../guidelines/index.ts';
import { generateRulesDoc, RULES_DOC_PATH } from '../../scripts/generate-rules-doc.ts';
import { GUIDELINE_IDS } from '../../guidelines/ids.ts';

describe('docs/rules.md', () => {
  const fresh = generateRulesDoc();

  it('is up to date with the rule files (regenerate with `npm run docs:rules`)', () => {
    expect(existsSync(RULES_DOC_PATH), 'docs/rules.md is missing: run `npm run docs:rules`').toBe(true);
    const onDisk = readFileSync(RULES_DOC_PATH, 'utf8');
    expect(onDisk === fresh, 'docs/rules.md is out of date: run `npm run docs:rules` and commit it').toBe(true);
  });

  it('lists every rule of every guideline, with its citation and any unverified note', () => {
    for (const id of GUIDELINE_IDS) {
      for (const r of getGuideline(id).rules) {
        expect(fresh, r.id).toContain(`**\`${r.id}\`**`);
        if (r.citation.unverified) expect(fresh).toContain(`**Unverified:** ${r.citation.unverified}`);
      }
    }
  });

  it('lists every claim', () => {
    for (const c of getClaims()) expect(fresh).toContain(`(\`${c.id}\`)`);
  });

  it('is the same when generated in another process, time zone and locale', { timeout: 60_000 }, () => {
    const script = "import('./scripts/generate-rules-doc.ts').then((m) => process.stdout.write(m.generateRulesDoc()))";
    const env = { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
    const other = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(import.meta.dirname, '../..'), env, encoding: 'utf8' });
    expect(other.status, other.stderr).toBe(0);
    expect(other.stdout === fresh, 'docs/rules.md depends on the time zone, locale or process').toBe(true);
  });
});
