// What safe-storage reads and where it falls back to: the persisted envelope ({ state, version })
// checked before persist sees it, quota errors recognised across browsers, and a Map-backed storage
// for when the real one is unavailable.
import type { StorageValue } from 'zustand/middleware';

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function parseEnvelope(raw: string): StorageValue<unknown> | string {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return `the saved text is not valid JSON, perhaps cut short (${describe(error)})`;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || !('state' in data)) return 'the saved data does not have the expected shape';
  const version = 'version' in data ? data.version : 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return `the saved data has an unknown format version (${JSON.stringify(version)})`;
  return { state: data.state, version };
}

/** Map-backed storage for when the real one is unavailable. */
export class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
}
