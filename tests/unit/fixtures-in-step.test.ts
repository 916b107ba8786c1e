// tests/fixtures holds copies of the shared example cases (../shared/examples, same relative paths),
// so the suite reads nothing outside the checkout. This fails when the copies drift from the originals.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const SHARED = join(import.meta.dirname, '../../../shared/examples');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

describe('tests/fixtures', () => {
  it('holds the example cases', () => {
    expect(jsonFiles(FIXTURES).length).toBeGreaterThanOrEqual(4);
  });

  const absent = !existsSync(SHARED);
  it.skipIf(absent)(
    `matches ../shared/examples file for file, byte for byte${absent ? ' — SKIPPED: ../shared/examples is absent, nothing to compare' : ''}`,
    () => {
      const shared = jsonFiles(SHARED);
      expect(jsonFiles(FIXTURES), 'copy ../shared/examples into tests/fixtures (same relative paths)').toEqual(shared);
      for (const f of shared) {
        expect(readFileSync(join(FIXTURES, f), 'utf8'), `tests/fixtures/${f} differs from ../shared/examples/${f}`).toBe(readFileSync(join(SHARED, f), 'utf8'));
      }
    },
  );
});
