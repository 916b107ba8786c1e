// The first screen's code stays small (issue 13): the JS and CSS a fresh Chromium fetches for the
// start screen, hydration included, is at most FIRST_LOAD_BUDGET times the bare React page's (gzip),
// built in the same run. Bytes, not times: the same build gives the same figure on a busy machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBareReact } from '../../bench/bare-react/build.ts';
import { firstScreenFiles } from '../../bench/browser.ts';
import { FIRST_LOAD_BUDGET, measureBuild } from '../../bench/bundle.ts';
import { ORIGIN, openSession, type Session } from './browser.ts';

describe('first load, in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it(`fetches at most ${FIRST_LOAD_BUDGET}× the bare React page's JS+CSS (gzip), and none of the case or PDF code`, async () => {
    const files = await firstScreenFiles(s.page, `${ORIGIN}/`);
    expect(
      files.some((f) => /\/main-.+\.js$/.test(f)),
      'the app itself (main) is among the files',
    ).toBe(true);
    expect(files.filter((f) => /case-workspace|flags-panel|jspdf|dejavu|html2canvas|purify/.test(f))).toEqual([]);
    // zod, and the catalogue in its chunk, found by content: the bundler names a shared chunk after one of its modules.
    expect(files.filter((f) => readFileSync(join(process.cwd(), 'dist', f), 'utf8').includes('_zod'))).toEqual([]);

    const app = measureBuild(join(process.cwd(), 'dist'), files).firstLoad.gzip;
    const bare = measureBuild(await buildBareReact()).firstLoad.gzip;
    const ratio = app / bare;
    expect(ratio, `first load ${app} B gzip against bare React ${bare} B: ${ratio.toFixed(3)}×`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });
});
