// Opening a case file (CONTRACT.md §1) from this device: read locally, validated, and every
// problem named with its field path if it is refused.
import { type ChangeEvent, useState } from 'react';
import type { Problem } from '../../engine/case-schema.ts';
import { useAppStore } from '../../store/app-store.ts';

export function OpenCaseFile() {
  const importCase = useAppStore((s) => s.importCase);
  const [problems, setProblems] = useState<{ file: string; list: Problem[] } | null>(null);

  async function open(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    // Validation (zod and the catalogue) loads only when a file is opened, not with the first screen.
    const { importCaseFile } = await import('../../io/case-file.ts');
    const result = await importCaseFile(file);
    if (result.ok) {
      setProblems(null);
      importCase(result.case);
    } else {
      setProblems({ file: file.name, list: result.problems });
    }
  }

  return (
    <section className="open-file" aria-labelledby="open-file-heading">
      <h2 id="open-file-heading">Open a case file</h2>
      <p id="case-file-hint" className="hint">
        A case file (.json) saved from RPL Workup or another system. It is read on this device; nothing is uploaded.
      </p>
      <label htmlFor="case-file" className="file-label">
        Choose a case file
      </label>
      <input id="case-file" type="file" accept=".json,application/json" aria-describedby="case-file-hint" onChange={(e) => void open(e)} />
      {problems ? (
        <div className="error-summary" role="alert">
          <h3>
            {problems.file} could not be opened ({problems.list.length} problem{problems.list.length === 1 ? '' : 's'})
          </h3>
          <ul>
            {problems.list.map((p) => (
              <li key={`${p.path}-${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
