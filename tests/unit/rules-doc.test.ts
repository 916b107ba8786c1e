// docs/rules.md is generated from the rule files; this fails when it is out of date.
import { existsSync, readFileSync } from 'node:fs';
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

  it('is deterministic', () => {
    expect(generateRulesDoc()).toBe(fresh);
  });
});
