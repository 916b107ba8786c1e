// src/store/safe-storage.ts: corrupt, cut-short, wrong-shape, newer and older data, a full or
// blocked storage — nothing throws and nothing the user saved is lost.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { createSafeStorage, type SafeStorageOptions, type StorageProblem } from '../../src/store/safe-storage.ts';
import { isQuotaError } from '../../src/store/storage-envelope.ts';

/** A Map-based localStorage with an optional size limit (characters of keys + values), like a browser's quota. */
class FakeStorage implements Storage {
  readonly map = new Map<string, string>();
  constructor(public quota = Infinity) {}
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    const size = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (size + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.map.set(key, String(value));
  }
  used(): number {
    return [...this.map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  }
}

interface State {
  count: number;
  name: string;
  role: string;
}
const KEY = 'rpl-workup';
const NOW = new Date('2026-11-23T10:00:00.000Z');

function make(storage: Storage, extra: Partial<SafeStorageOptions<State>> = {}) {
  const seen: StorageProblem[] = [];
  const safe = createSafeStorage<State>({ version: 2, storage: () => storage, now: () => NOW, ...extra });
  safe.subscribe(() => {
    for (const p of safe.getProblems()) if (!seen.some((q) => q.id === p.id)) seen.push(p);
  });
  return { safe, seen };
}

const good: State = { count: 3, name: 'Ada', role: 'nurse' };
const envelope = (state: unknown, version = 2) => JSON.stringify({ state, version });

describe('safe storage: ordinary use', () => {
  it('writes {state, version} as persist gives it and reads both back, so persist can migrate', () => {
    const ls = new FakeStorage();
    const { safe, seen } = make(ls);
    safe.setItem(KEY, { state: good, version: 2 });
    expect(JSON.parse(ls.getItem(KEY)!)).toEqual({ state: good, version: 2 });
    expect(safe.getItem(KEY)).toEqual({ state: good, version: 2 });
    ls.setItem(KEY, JSON.stringify({ state: good }));
    expect(safe.getItem(KEY)).toEqual({ state: good, version: 0 });
    expect(seen).toEqual([]);
    expect(safe.hasUnsavedChanges()).toBe(false);
  });

  it('returns null for nothing saved and removes an item', () => {
    const ls = new FakeStorage();
    const { safe } = make(ls);
    expect(safe.getItem(KEY)).toBeNull();
    safe.setItem(KEY, { state: good, version: 2 });
    safe.removeItem(KEY);
    expect(ls.getItem(KEY)).toBeNull();
  });
});

describe('safe storage: unreadable data is kept aside, never deleted', () => {
  const cases: [string, string][] = [
    ['corrupt JSON', '{"state":{"count":3,"name":"Ada"'],
    ['half-written JSON', envelope(good).slice(0, 20)],
    ['not JSON at all', 'hello <script>alert(1)</script>'],
    ['wrong shape (no state)', JSON.stringify({ count: 3 })],
    ['wrong shape (an array)', '[1,2,3]'],
    ['JSON null', 'null'],
    ['a nonsense version', JSON.stringify({ state: good, version: 'two' })],
  ];
  for (const [label, raw] of cases) {
    it(`${label}: getItem returns null, the raw text is copied and reported, the original is untouched`, () => {
      const ls = new FakeStorage();
      ls.setItem(KEY, raw);
      const { safe, seen } = make(ls);
      expect(safe.getItem(KEY)).toBeNull();
      expect(seen).toHaveLength(1);
      const p = seen[0]!;
      expect(p.kind).toBe('corrupt');
      expect(p.raw).toBe(raw);
      expect(p.key).toBe(KEY);
      expect(p.message.length).toBeGreaterThan(20);
      expect(p.recoveredKey).toBe('rpl-workup:recovered:2026-11-23T10:00:00.000Z');
      expect(ls.getItem(p.recoveredKey!)).toBe(raw);
      expect(ls.getItem(KEY)).toBe(raw);
      expect(safe.listRecovered()).toEqual([{ key: p.recoveredKey, savedAt: '2026-11-23T10:00:00.000Z', raw }]);
      expect(safe.getProblems()).toEqual([p]);
    });
  }

  it('new work may then be saved over the original because the copy was verified; the copy stays until deleted', () => {
    const ls = new FakeStorage();
    ls.setItem(KEY, '{"state":');
    const { safe, seen } = make(ls);
    safe.getItem(KEY);
    safe.setItem(KEY, { state: good, version: 2 });
    expect(safe.getItem(KEY)).toEqual({ state: good, version: 2 });
    const p = seen[0]!;
    expect(ls.getItem(p.recoveredKey!)).toBe('{"state":');
    safe.resolveProblem(p.id); // user dismissed the message without discarding
    expect(safe.getProblems()).toEqual([]);
    expect(ls.getItem(p.recoveredKey!)).toBe('{"state":');
    safe.deleteRecovered(p.recoveredKey!); // user confirmed after downloading
    expect(ls.getItem(p.recoveredKey!)).toBeNull();
    expect(safe.listRecovered()).toEqual([]);
  });

  it('resolveProblem with discardRecovered deletes the copy; deleteRecovered never deletes other keys', () => {
    const ls = new FakeStorage();
    ls.setItem(KEY, 'garbage');
    const { safe, seen } = make(ls);
    safe.getItem(KEY);
    safe.deleteRecovered(KEY);
    expect(ls.getItem(KEY)).toBe('garbage');
    safe.resolveProblem(seen[0]!.id, { discardRecovered: true });
    expect(ls.getItem(seen[0]!.recoveredKey!)).toBeNull();
  });

  it('two unreadable reads in the same millisecond get two distinct copies', () => {
    const ls = new FakeStorage();
    ls.setItem('a', 'x{');
    ls.setItem('b', 'y{');
    const { safe, seen } = make(ls);
    safe.getItem('a');
    safe.getItem('b');
    expect(seen.map((p) => p.recoveredKey)).toEqual(['rpl-workup:recovered:2026-11-23T10:00:00.000Z', 'rpl-workup:recovered:2026-11-23T10:00:00.000Z-2']);
    expect(safe.listRecovered().map((r) => r.raw)).toEqual(['x{', 'y{']);
  });

  it('storage too full to copy: the original is held, new work waits in memory until the user resolves the problem', () => {
    const raw = '{"state":{"count":1,"name":"Grace", "oops"';
    const ls = new FakeStorage(KEY.length + 80); // room for the state, not for a second copy of raw
    ls.setItem(KEY, raw);
    const { safe, seen } = make(ls);
    expect(safe.getItem(KEY)).toBeNull();
    const p = seen[0]!;
    expect(p.kind).toBe('corrupt');
    expect(p.recoveredKey).toBeUndefined();
    expect(p.raw).toBe(raw);
    expect(p.message).toMatch(/not saved over/);

    safe.setItem(KEY, { state: good, version: 2 });
    safe.removeItem(KEY); // even clearStorage() must not delete the held original
    safe.setItem(KEY, { state: { ...good, count: 4 }, version: 2 });
    expect(ls.getItem(KEY)).toBe(raw);
    expect(safe.hasUnsavedChanges()).toBe(true);
    expect(safe.getItem(KEY)).toEqual({ state: { ...good, count: 4 }, version: 2 }); // a rehydrate sees the unsaved work

    safe.resolveProblem(p.id); // the user downloaded p.raw and chose to go on
    expect(JSON.parse(ls.getItem(KEY)!)).toEqual({ state: { ...good, count: 4 }, version: 2 });
    expect(safe.hasUnsavedChanges()).toBe(false);
  });
});

describe('safe storage: a full storage is reported, not ignored', () => {
  it('QuotaExceededError: reported once with the unsaved text, retried on the next change, cleared when saved', () => {
    const ls = new FakeStorage(60);
    const { safe, seen } = make(ls);
    const big = { ...good, name: 'x'.repeat(100) };
    expect(() => safe.setItem(KEY, { state: big, version: 2 })).not.toThrow();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.kind).toBe('quota');
    expect(JSON.parse(seen[0]!.raw!)).toEqual({ state: big, version: 2 });
    expect(safe.hasUnsavedChanges()).toBe(true);

    const bigger = { ...big, count: 99 };
    safe.setItem(KEY, { state: bigger, version: 2 });
    expect(seen).toHaveLength(1); // no second message for every keystroke
    expect(JSON.parse(safe.getProblems()[0]!.raw!).state).toEqual(bigger); // but the newest text is offered

    ls.quota = Infinity; // the user freed space
    expect(safe.flush()).toBe(true);
    expect(JSON.parse(ls.getItem(KEY)!).state).toEqual(bigger);
    expect(safe.getProblems()).toEqual([]);
    expect(safe.hasUnsavedChanges()).toBe(false);
  });

  it('deleting a recovered copy frees space and retries the unsaved write', () => {
    const ls = new FakeStorage();
    ls.setItem(KEY, 'x'.repeat(80));
    const { safe } = make(ls);
    safe.getItem(KEY); // corrupt → copy kept (now ~2 × 80 characters used)
    const copy = safe.getProblems()[0]!.recoveredKey!;
    ls.quota = ls.used() - 60; // full: the new state fits only once the copy is gone
    safe.setItem(KEY, { state: good, version: 2 });
    expect(safe.getProblems().map((p) => p.kind)).toEqual(['corrupt', 'quota']);
    safe.deleteRecovered(copy);
    expect(JSON.parse(ls.getItem(KEY)!).state).toEqual(good);
    expect(safe.getProblems().map((p) => p.kind)).toEqual(['corrupt']);
  });

  it('recognises the quota errors of the main browsers', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('safe storage: blocked storage', () => {
  it('a storage that throws on access: works in memory and says work will be lost on close', () => {
    const { safe, seen } = make(new FakeStorage(), {
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(safe.getItem(KEY)).toBeNull();
    safe.setItem(KEY, { state: good, version: 2 });
    expect(safe.getItem(KEY)).toEqual({ state: good, version: 2 });
    expect(seen.map((p) => p.kind)).toEqual(['unavailable']);
    expect(seen[0]!.message).toMatch(/lost when this page is closed/);
    expect(safe.hasUnsavedChanges()).toBe(true);
  });

  it('no localStorage at all (Node): memory, reported once', () => {
    const { safe, seen } = make(new FakeStorage(), { storage: () => undefined });
    safe.setItem(KEY, { state: good, version: 2 });
    safe.setItem(KEY, { state: good, version: 2 });
    expect(seen.map((p) => p.kind)).toEqual(['unavailable']);
  });

  it('a storage whose getItem and setItem throw other errors', () => {
    const broken = new FakeStorage();
    broken.getItem = () => {
      throw new Error('disk I/O error');
    };
    broken.setItem = () => {
      throw new Error('disk I/O error');
    };
    const { safe, seen } = make(broken);
    expect(() => safe.getItem(KEY)).not.toThrow();
    expect(() => safe.setItem(KEY, { state: good, version: 2 })).not.toThrow();
    expect(safe.getItem(KEY)).toEqual({ state: good, version: 2 });
    expect(seen.map((p) => p.kind)).toEqual(['unavailable']);
  });

  it('a state that cannot be serialised is reported, not thrown', () => {
    const { safe, seen } = make(new FakeStorage());
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => safe.setItem(KEY, { state: cyclic as unknown as State, version: 2 })).not.toThrow();
    expect(seen.map((p) => p.kind)).toEqual(['unavailable']);
  });

  it('a listener that throws does not break saving', () => {
    const ls = new FakeStorage();
    ls.setItem(KEY, 'bad');
    const { safe } = make(ls);
    safe.subscribe(() => {
      throw new Error('UI bug');
    });
    expect(() => safe.getItem(KEY)).not.toThrow();
    safe.setItem(KEY, { state: good, version: 2 });
    expect(JSON.parse(ls.getItem(KEY)!).state).toEqual(good);
  });
});

describe('safe storage: newer data and reconciling with other tabs', () => {
  it('data written by a newer version is held: reported, never written over until the user resolves it', () => {
    const ls = new FakeStorage();
    const newer = envelope(good, 9);
    ls.setItem(KEY, newer);
    const { safe, seen } = make(ls);
    expect(safe.getItem(KEY)).toBeNull();
    expect(seen.map((p) => p.kind)).toEqual(['newer']);
    expect(seen[0]!.message).toMatch(/newer version/);
    safe.setItem(KEY, { state: { ...good, count: 1 }, version: 2 });
    expect(ls.getItem(KEY)).toBe(newer);
    safe.resolveProblem(seen[0]!.id);
    expect(JSON.parse(ls.getItem(KEY)!).state.count).toBe(1);
  });

  it('reconcile sees every write first and what it returns is written; written() hears of each success', () => {
    const ls = new FakeStorage();
    const written: unknown[] = [];
    const { safe } = make(ls, {
      reconcile: (v) => ({ ...v, state: { ...v.state, name: `${v.state.name}+merged` } }),
      written: (v) => written.push(v.state),
    });
    safe.setItem(KEY, { state: good, version: 2 });
    expect(JSON.parse(ls.getItem(KEY)!).state.name).toBe('Ada+merged');
    expect(written).toEqual([{ ...good, name: 'Ada+merged' }]);
    ls.quota = 0;
    safe.setItem(KEY, { state: good, version: 2 });
    expect(written).toHaveLength(1); // not written: not reported as written
  });

  it('setAsideLastRead keeps the text as read and reports it', () => {
    const ls = new FakeStorage();
    ls.setItem(KEY, envelope(good, 1));
    const { safe, seen } = make(ls);
    safe.getItem(KEY);
    safe.setAsideLastRead(KEY, 'repaired', 'Part could not be read.');
    expect(seen.map((p) => p.kind)).toEqual(['repaired']);
    expect(ls.getItem(seen[0]!.recoveredKey!)).toBe(envelope(good, 1));
  });
});

describe('safe storage with zustand persist', () => {
  type Store = State & { bump: () => void };
  function makeStore(ls: Storage, migrate = vi.fn((old: unknown) => ({ ...(old as object), role: 'gp' }) as State)) {
    const { safe, seen } = make(ls);
    const store = createStore<Store>()(
      persist((set) => ({ count: 0, name: '', role: 'gp', bump: () => set((s) => ({ count: s.count + 1 })) }), {
        name: KEY,
        storage: safe,
        version: 2,
        migrate,
        partialize: ({ count, name, role }) => ({ count, name, role }),
      }),
    );
    return { store, safe, seen, migrate };
  }

  it("an older format goes through persist's migrate (with the stored version) and is written back upgraded", () => {
    const ls = new FakeStorage();
    ls.setItem(KEY, JSON.stringify({ state: { count: 7, name: 'Old' }, version: 1 }));
    const { store, migrate } = makeStore(ls);
    expect(migrate).toHaveBeenCalledWith({ count: 7, name: 'Old' }, 1);
    expect(store.getState()).toMatchObject({ count: 7, name: 'Old', role: 'gp' });
    expect(JSON.parse(ls.getItem(KEY)!)).toEqual({ state: { count: 7, name: 'Old', role: 'gp' }, version: 2 });
    store.getState().bump();
    expect(JSON.parse(ls.getItem(KEY)!)).toEqual({ state: { count: 8, name: 'Old', role: 'gp' }, version: 2 });
  });

  it('the current format is not migrated', () => {
    const ls = new FakeStorage();
    ls.setItem(KEY, envelope(good));
    const { store, migrate } = makeStore(ls);
    expect(migrate).not.toHaveBeenCalled();
    expect(store.getState()).toMatchObject(good);
  });

  it('corrupt saved state: the store starts empty, the problem is visible before any UI subscribes, the raw text survives', () => {
    const ls = new FakeStorage();
    ls.setItem(KEY, '{"state":{"count":7,"na');
    const { store, safe } = makeStore(ls);
    expect(store.getState().count).toBe(0);
    const [p] = safe.getProblems();
    expect(p?.kind).toBe('corrupt');
    store.getState().bump();
    expect(JSON.parse(ls.getItem(KEY)!).state.count).toBe(1);
    expect(ls.getItem(p!.recoveredKey!)).toBe('{"state":{"count":7,"na');
  });
});

describe('safe storage: property — whatever text is saved, reading never throws and never loses it', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.json(),
    fc.jsonValue().map((v) => JSON.stringify({ state: v, version: 2 })),
    fc.record({ count: fc.integer(), name: fc.string(), role: fc.constantFrom('gp', 'nurse', 'patient') }).map((s) => envelope(s)),
    fc.tuple(fc.record({ count: fc.integer(), name: fc.string(), role: fc.constant('gp') }), fc.nat()).map(([s, cut]) => {
      const t = envelope(s);
      return t.slice(0, cut % t.length);
    }),
  );
  it('either returns the stored envelope or keeps the exact text and reports it', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const ls = new FakeStorage();
        ls.setItem(KEY, raw);
        const { safe, seen } = make(ls);
        const value = safe.getItem(KEY);
        if (value) {
          expect(value).toEqual({ state: JSON.parse(raw).state, version: JSON.parse(raw).version ?? 0 });
        } else {
          expect(seen).toHaveLength(1);
          expect(seen[0]!.raw).toBe(raw);
          if (seen[0]!.kind === 'corrupt') expect(ls.getItem(seen[0]!.recoveredKey!)).toBe(raw);
          else expect(seen[0]!.kind).toBe('newer');
        }
        expect(ls.getItem(KEY)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
