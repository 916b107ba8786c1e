// The command line of CONTRACT.md §5, called in-process with argv (tests/support/cli.ts); the one
// child-process run is the smoke test at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { linkSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CASE_FILE_BYTES } from '../../src/io/case-file.ts';
import { FIXTURES, ROOT, tempFile, workup, workupIn } from '../support/cli.ts';

const NEW_REFERRAL = join(FIXTURES, 'new-referral-three-losses.json');
const COMPLETE = join(FIXTURES, 'unexplained-complete-workup-asks-nk.json');
const STACK = /\n\s+at /;

/** Any raw control character (ESC, newline inside a value…) other than the line breaks between lines. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the test
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;

describe('npm run workup', () => {
  it('prints a GP checklist for a new referral', async () => {
    const r = await workup(NEW_REFERRAL);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Definition: MET — 3 losses counted');
    expect(r.stdout).toContain('ORDER OR ARRANGE NOW');
    expect(r.stdout).toContain('Lupus anticoagulant');
    expect(r.stdout).toContain('Immune step: closed');
    expect(r.stdout).toContain('Decision support, not a diagnosis');
  });

  it('answers with the contract JSON', async () => {
    const r = await workup(COMPLETE, '--json');
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(Object.keys(answer)).toEqual(expect.arrayContaining(['guideline', 'definition', 'items', 'flags', 'findings', 'immuneGate', 'referral']));
    expect(answer.guideline.id).toBe('eshre-2022');
    expect(answer.immuneGate).toBe('open');
    expect(answer.flags.map((f: { id: string }) => f.id)).toContain('nk-cells-blood');
  });

  it('speaks plainly to a patient and lists questions', async () => {
    const r = await workup(COMPLETE, '--role', 'patient');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('QUESTIONS TO TAKE TO YOUR APPOINTMENT');
    expect(r.stdout).toContain('NK cell blood test');
  });

  it('gives a nurse the triage answer first', async () => {
    const r = await workup(NEW_REFERRAL, '--role=nurse');
    expect(r.stdout).toMatch(/Referral: MEETS criteria under ESHRE 2022/);
    expect(r.stdout).toContain('Tests missing before referral: pelvic-ultrasound-3d, tsh');
  });

  it('--help prints the usage on stdout and exits 0', async () => {
    const r = await workup('--help');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('usage: npm run workup');
    expect((await workup(NEW_REFERRAL, '-h')).code).toBe(0);
  });
});

describe('npm run workup: bad input is refused with exit 2, every problem named, no stack trace', () => {
  it('an invalid case', async () => {
    const r = await workup(tempFile('bad.json', JSON.stringify({ schemaVersion: 1, patient: { age: 7 }, pregnancies: [{ outcome: 'lost' }] })));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('patient.age: must be at least 14');
    expect(r.stderr).toContain('pregnancies[0].outcome');
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stdout).toBe('');
  });

  it('declined: [tsh, tsh, not-an-id] names both problems', async () => {
    const c = {
      schemaVersion: 1,
      patient: { age: 30 },
      pregnancies: [],
      declined: [
        { id: 'tsh', reason: 'a' },
        { id: 'tsh', reason: 'b' },
        { id: 'not-an-id', reason: 'c' },
      ],
    };
    const r = await workup(tempFile('declined.json', JSON.stringify(c)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(2 problems)');
    expect(r.stderr).toContain('declined[1].id: tsh is declined twice');
    expect(r.stderr).toContain('declined[2].id: is not a known test or treatment id');
  });

  it('a file that is not JSON, or does not exist', async () => {
    const notJson = await workup(tempFile('x.json', '{ not json'));
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('not valid JSON');
    const missing = await workup('/nowhere/case.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('/nowhere/case.json: no such file');
    expect(`${notJson.stderr}${missing.stderr}`).not.toMatch(STACK);
  });

  it('an unknown option or guideline, with usage', async () => {
    const r = await workup(NEW_REFERRAL, '--guideline', 'nice-2019', '--colour');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--guideline: "nice-2019" is not one of');
    expect(r.stderr).toContain('--colour: unknown option');
    expect(r.stderr).toContain('usage: npm run workup');
  });

  it('a folder, a device and a FIFO are refused at once as not a case file (a FIFO with no writer does not hang)', async () => {
    expect(await workup(tmpdir())).toMatchObject({ code: 2, stderr: `${tmpdir()}: is a folder, not a case file\n` });
    expect(await workup('/dev/zero')).toMatchObject({ code: 2, stderr: expect.stringContaining('/dev/zero: is not a regular file') });
    const fifo = join(mkdtempSync(join(tmpdir(), 'rpl-cli-')), 'case.json');
    execFileSync('mkfifo', [fifo]);
    expect(await workup(fifo)).toMatchObject({ code: 2, stderr: expect.stringContaining(`${fifo}: is not a regular file`) });
  });

  it('a file over the size limit is refused before it is read', async () => {
    const big = tempFile('big.json', '');
    truncateSync(big, 56_000_000); // sparse: no 56 MB written to disk
    const r = await workup(big);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${big}: is too large (56,000,000 bytes): a case file is at most ${MAX_CASE_FILE_BYTES.toLocaleString('en-GB')} bytes\n`);
  });

  it('control characters from the file or the command line are printed as escapes, never raw', async () => {
    const reason = 'clears the screen \u001b[2J\u001b[H and forges\n  RED FLAGS';
    const c = { schemaVersion: 1, patient: { age: 30 }, pregnancies: [], declined: [{ id: 'tsh', reason }] };
    const text = await workup(tempFile('esc.json', JSON.stringify(c)));
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain('declined: clears the screen \\u001b[2J\\u001b[H and forges\\n  RED FLAGS');
    const json = await workup(tempFile('esc.json', JSON.stringify({ ...c, notes: 'csi \u009b2J bidi \u202e' })), '--json');
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(json.stdout).items.find((i: { id: string }) => i.id === 'tsh').declinedReason).toBe(reason);

    const forged = await workup(
      tempFile('key.json', JSON.stringify({ schemaVersion: 1, patient: { age: 30 }, pregnancies: [], 'x\n  patient.age: forged': 1 })),
    );
    expect(forged.code).toBe(2);
    expect(forged.stderr.split('\n').filter((l) => l.startsWith('  patient.age'))).toEqual([]);
    expect(forged.stderr).toContain('has unknown field(s): x\\n  patient.age: forged');
    const arg = await workup(NEW_REFERRAL, '--role', 'gp\u001b[2J');
    expect(arg.stderr).toContain('--role: "gp\\u001b[2J" is not one of');
    expect(`${forged.stderr}${arg.stderr}`).not.toMatch(RAW_CONTROL);
  });

  it('a case file that starts with a UTF-8 or UTF-16 byte-order mark is read as the app reads it', async () => {
    const text = readFileSync(NEW_REFERRAL, 'utf8');
    const utf16 = (bigEndian: boolean) => {
      const bytes = Buffer.from(text, 'utf16le');
      if (bigEndian) bytes.swap16();
      return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bytes]);
    };
    const plain = await workup(NEW_REFERRAL);
    for (const bytes of [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), utf16(false), utf16(true)]) {
      expect(await workup(tempFile('bom.json', bytes))).toEqual(plain);
    }
    expect(await workup(tempFile('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is not UTF-8 text'),
    });
  });
});

describe('npm run workup: files and folders', () => {
  it('never writes the PDF over its input, by any name', async () => {
    const input = tempFile('case.json', readFileSync(NEW_REFERRAL));
    const before = readFileSync(input);
    const other = join(dirname(input), 'other-name.json');
    linkSync(input, other);
    for (const [cwd, file, pdf] of [
      [ROOT, input, input],
      [dirname(input), 'case.json', './case.json'],
      [ROOT, input, other],
    ]) {
      const r = await workupIn(cwd!, {}, file!, '--pdf', pdf!);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is the case file itself');
    }
    expect(readFileSync(input)).toEqual(before);
  });

  it("reads relative paths from the caller's folder: the process's own, or npm's INIT_CWD under `npm run workup`", async () => {
    const name = 'new-referral-three-losses.json';
    expect((await workupIn(FIXTURES, {}, name)).code).toBe(0);
    expect((await workupIn(ROOT, {}, name)).stderr).toContain(`${name}: no such file`);
    const npm = { npm_lifecycle_script: 'tsx src/cli/main.ts', INIT_CWD: FIXTURES };
    expect((await workupIn(ROOT, npm, name)).code).toBe(0);
    // An INIT_CWD left by some other npm script (e.g. `npm test`) is not the caller's folder.
    expect((await workupIn(FIXTURES, { ...npm, npm_lifecycle_script: 'bash scripts/test-all.sh' }, name)).code).toBe(0);
  });

  it("writes a relative --pdf into the caller's folder", async () => {
    const caller = mkdtempSync(join(tmpdir(), 'rpl-cli-'));
    writeFileSync(join(caller, 'case.json'), readFileSync(NEW_REFERRAL));
    const r = await workupIn(ROOT, { npm_lifecycle_script: 'tsx src/cli/main.ts', INIT_CWD: caller }, 'case.json', '--pdf', 'out.pdf');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`PDF written: ${join(caller, 'out.pdf')}`);
    expect(readFileSync(join(caller, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('npm run workup: smoke test of the real command', () => {
  it('runs through npm from a subfolder, reading the path from there, and exits with its status', { timeout: 60_000 }, () => {
    const r = spawnSync('npm', ['run', '--silent', 'workup', '--', 'new-referral-three-losses.json', '--json'], { cwd: FIXTURES, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).definition.met).toBe(true);
    const bad = spawnSync('npm', ['run', '--silent', 'workup', '--', 'missing.json'], { cwd: FIXTURES, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('missing.json: no such file');
  });
});
