// The build checks the data files in guidelines/ with their schemas (scripts/checked-json-plugin.ts)
// and the app then reads the checked output without parsing it again (guidelines/checked-at-build.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_AT_BUILD, parsedUnlessChecked } from '../../guidelines/checked-at-build.ts';
import { checkedJson, SCHEMAS } from '../../scripts/checked-json-plugin.ts';

const DIR = join(import.meta.dirname, '../../guidelines');
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

describe('data files checked at build time', () => {
  it('covers every data file the app parses with a schema (editions.json is kept in step by its own test)', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'editions.json');
    expect(Object.keys(SCHEMAS).sort()).toEqual(files.sort());
  });

  for (const [file, schema] of Object.entries(SCHEMAS)) {
    it(`${file}: the built text reads back as exactly what parsing the file gives, defaults included`, () => {
      const built: unknown = JSON.parse(checkedJson(file, read(file), schema));
      expect(built).toMatchObject({ [CHECKED_AT_BUILD]: true });
      const { [CHECKED_AT_BUILD]: _, ...content } = parsedUnlessChecked(schema, built) as Record<string, unknown>;
      expect(content).toEqual(schema.parse(JSON.parse(read(file))));
    });
  }

  it('a rule file that does not fit fails the build, naming the file and each field at fault', () => {
    const rules = JSON.parse(read('eshre-2022.json'));
    delete rules.rules[0].citation.url;
    rules.rules[1].verdict = 'maybe';
    expect(() => checkedJson('guidelines/eshre-2022.json', JSON.stringify(rules), SCHEMAS['eshre-2022.json']!)).toThrow(
      /guidelines\/eshre-2022\.json does not fit its schema:\n {2}rules\.0\.citation\.url: .+\n {2}rules\.1\.verdict: /,
    );
  });

  it('a file not checked by the build (tests, dev server, command line) is still parsed, and refused when wrong', () => {
    const rules = JSON.parse(read('rcog-2023.json'));
    rules.rules[0].verdict = 'maybe';
    expect(() => parsedUnlessChecked(SCHEMAS['rcog-2023.json']!, rules)).toThrow(/verdict/);
    // The default the schema fills in is there only after parsing: the plain file is never trusted as is.
    const plain = JSON.parse(read('rcog-2023.json'));
    expect(plain.rules.some((r: { applies?: boolean }) => r.applies === undefined)).toBe(true);
    expect(
      (parsedUnlessChecked(SCHEMAS['rcog-2023.json']!, plain) as { rules: { applies: boolean }[] }).rules.every((r) => typeof r.applies === 'boolean'),
    ).toBe(true);
  });
});
