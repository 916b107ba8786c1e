// @vitest-environment jsdom
// Browser helpers of src/io/case-file.ts: download through an object URL and read a chosen File — no network.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, exportCaseFile, importCaseFile, readFileBytes } from '../../src/io/case-file.ts';
import { makeCase } from '../support/cases.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('downloadBlob', () => {
  it('clicks a hidden download link to a blob: URL, removes it, and revokes the URL later', () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:http://localhost/1234';
    });
    URL.revokeObjectURL = vi.fn();
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const clicks: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
    });
    const out = exportCaseFile(makeCase(), new Date(2026, 10, 23));
    downloadBlob(out.blob, out.filename);
    expect(created).toEqual([out.blob]);
    expect(clicks).toEqual([{ href: 'blob:http://localhost/1234', download: 'rpl-case-2026-11-23.json', inDocument: true }]);
    expect(document.querySelectorAll('a').length).toBe(0);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1234');
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('reading a chosen file', () => {
  it('reads a File and imports it', async () => {
    const c = makeCase();
    const file = new File([exportCaseFile(c).text], 'rpl-case-2026-11-23.json', { type: 'application/json' });
    expect(new TextDecoder().decode(await readFileBytes(file))).toBe(exportCaseFile(c).text);
    expect(await importCaseFile(file, '2026-11-23')).toEqual({ ok: true, case: c });
  });

  it('reads a UTF-16 file with its byte-order mark, as the command line does', async () => {
    const c = makeCase();
    const text = exportCaseFile(c).text;
    const utf16le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((ch) => ch.charCodeAt(0))).buffer)]);
    expect(await importCaseFile(new File([utf16le], 'case.json'), '2026-11-23')).toEqual({ ok: true, case: c });
  });

  it('falls back to FileReader where Blob.arrayBuffer is missing', async () => {
    const file = new File(['{"a":1}'], 'x.json');
    Object.defineProperty(file, 'arrayBuffer', { value: undefined });
    expect(new TextDecoder().decode(await readFileBytes(file))).toBe('{"a":1}');
  });
});
