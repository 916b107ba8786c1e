// Saving a file to and reading a file from this device, with no network: a Blob and a download link.
// Kept apart from case-file.ts so that screens which only save (e.g. recovered storage) do not load validation.

/** Saves a Blob as a download through a temporary object URL. Browser only; makes no network request. */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoke later: some browsers start the download asynchronously after click().
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/** A File's (or Blob's) bytes, read locally; decoding is the case-file reader's job (byte-order marks). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });
}
