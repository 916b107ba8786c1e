// Reading the case file named on the command line: only a regular file, never more than the case-file
// size limit. The file is opened without blocking (a FIFO with no writer cannot hang the command), its
// kind and size are checked on the open descriptor, then at most one byte past the limit is read (a
// file that grows after the check is still refused).
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_CASE_FILE_BYTES, tooLargeProblem } from '../io/case-file.ts';

/** Device and inode: the identity of the input, so that no output can be written over it. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export type Input = { ok: true; bytes: Uint8Array; identity: FileIdentity } | { ok: false; message: string };

function openProblem(code: string | undefined): string {
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? 'unknown error'})`;
}

export function readInput(path: string): Input {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, message: openProblem((e as NodeJS.ErrnoException).code) };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, message: 'is a folder, not a case file' };
    if (!st.isFile()) return { ok: false, message: 'is not a regular file (a device, pipe or socket): give the path of a saved case file' };
    if (st.size > MAX_CASE_FILE_BYTES) return { ok: false, message: tooLargeProblem(st.size).message };
    const buffer = new Uint8Array(MAX_CASE_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > MAX_CASE_FILE_BYTES) return { ok: false, message: tooLargeProblem(length).message };
    return { ok: true, bytes: buffer.subarray(0, length), identity: { dev: st.dev, ino: st.ino } };
  } catch (e) {
    return { ok: false, message: openProblem((e as NodeJS.ErrnoException).code) };
  } finally {
    closeSync(fd);
  }
}
