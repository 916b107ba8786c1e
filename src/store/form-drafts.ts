// Half-typed forms (a result, a reason for declining) survive a reload and "Reload to update": each
// field is kept in sessionStorage (this tab only, gone when the tab closes) until the form is sent
// or closed. Keys: `rpl-workup:form:<case id>:<form>`.
import { useCallback, useState } from 'react';
import { useAppStore } from './app-store.ts';

const PREFIX = 'rpl-workup:form:';

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked storage: the form still works, it is just not kept
  }
}

function read<T>(key: string, initial: T): T {
  try {
    const raw = session()?.getItem(key);
    if (raw === null || raw === undefined) return initial;
    const value: unknown = JSON.parse(raw);
    return typeof value === typeof initial ? (value as T) : initial;
  } catch {
    return initial;
  }
}

function write(key: string, value: unknown): void {
  try {
    session()?.setItem(key, JSON.stringify(value));
  } catch {
    // full or blocked: the form keeps working in memory
  }
}

/**
 * `useState` for one field of a form in the open case, kept across reloads. `form` names the form
 * and field (e.g. `result:tsh:value`); `clearFormDraft(form prefix)` forgets it once sent.
 */
export function useFormDraft<T extends string = string>(form: string, initial: NoInfer<T>): [T, (next: T) => void] {
  const caseId = useAppStore((s) => s.openCaseId) ?? 'none';
  const key = `${PREFIX}${caseId}:${form}`;
  const [value, setValue] = useState<T>(() => read(key, initial));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      write(key, next);
    },
    [key],
  );
  return [value, set];
}

/** Forgets every kept field of the open case whose form name starts with `form` (the form was sent or closed). */
export function clearFormDraft(form: string): void {
  const prefix = `${PREFIX}${useAppStore.getState().openCaseId ?? 'none'}:${form}`;
  removeWhere((k) => k.startsWith(prefix));
}

/** Forgets every kept form field (all data on this device is being deleted). */
export function clearFormDrafts(): void {
  removeWhere((k) => k.startsWith(PREFIX));
}

function removeWhere(match: (key: string) => boolean): void {
  const s = session();
  if (!s) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i += 1) {
      const k = s.key(i);
      if (k && match(k)) keys.push(k);
    }
    for (const k of keys) s.removeItem(k);
  } catch {
    // best effort
  }
}
