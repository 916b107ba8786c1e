import { describe, expect, it } from 'vitest';
import { keptBlock, withKeptBlock } from '../../bench/kept-block.ts';

const block = '<!-- cds-hooks:start -->\n## CDS Hooks service under load\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n<!-- cds-hooks:end -->';

describe('docs/performance.md rewritten by the bench', () => {
  it('keeps the CDS Hooks block of the old file, byte for byte', () => {
    const old = `# Performance — old\n\nold figures\n\n${block}\n\nmore old text\n`;
    const next = withKeptBlock('# Performance — new\n\nnew figures\n', old);
    expect(next).toContain('new figures');
    expect(next).not.toContain('old figures');
    expect(keptBlock(next)).toBe(block);
  });

  it('writes only the new figures when there is no block (or no old file)', () => {
    expect(withKeptBlock('# new\n', '# old\n')).toBe('# new\n');
    expect(withKeptBlock('# new\n', null)).toBe('# new\n');
    expect(keptBlock('<!-- cds-hooks:start --> never closed')).toBeNull();
  });
});
