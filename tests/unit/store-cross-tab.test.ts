// @vitest-environment jsdom
// Two tabs of the app over one localStorage (two store instances, as two pages would have): each
// sees the other's saves, and neither overwrites the other unseen.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_NAME } from '../../src/store/app-store.ts';
import { emptyDraft } from '../../src/store/intake-draft.ts';

type StoreModule = typeof import('../../src/store/app-store.ts');

async function openTab(): Promise<StoreModule> {
  vi.resetModules();
  return import('../../src/store/app-store.ts');
}

const named = (name: string) => ({ ...emptyDraft(), name });
const stored = () => JSON.parse(localStorage.getItem(STORE_NAME)!).state.cases as Record<string, { draft: { name: string }; conflictOf?: string }>;
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => localStorage.clear());

describe('two tabs', () => {
  it('a case created in tab A survives tab B saving its own case, and each tab then sees both', async () => {
    const a = await openTab();
    const b = await openTab();
    const inA = a.useAppStore.getState().newCase();
    a.useAppStore.getState().saveDraft(inA, named('Created in A'));
    const inB = b.useAppStore.getState().newCase(); // B has not heard of A's case yet
    b.useAppStore.getState().saveDraft(inB, named('Created in B'));
    await flush();
    expect(
      Object.values(stored())
        .map((c) => c.draft.name)
        .sort(),
    ).toEqual(['Created in A', 'Created in B']);
    expect(Object.keys(b.useAppStore.getState().cases).sort()).toEqual([inA, inB].sort());
    await a.syncFromOtherTab();
    expect(Object.keys(a.useAppStore.getState().cases).sort()).toEqual([inA, inB].sort());
  });

  it('the same case changed in both: both versions are kept, and both tabs are told', async () => {
    const a = await openTab();
    const id = a.useAppStore.getState().newCase();
    const b = await openTab(); // B opens after A saved the case
    expect(b.useAppStore.getState().cases[id]).toBeDefined();
    a.useAppStore.getState().saveDraft(id, named('3D ultrasound from A'));
    b.useAppStore.getState().saveDraft(id, named('TSH from B'));
    await flush();
    const names = Object.values(stored())
      .map((c) => c.draft.name)
      .sort();
    expect(names).toEqual(['3D ultrasound from A', 'TSH from B']);
    expect(b.useAppStore.getState().notices).toEqual([expect.objectContaining({ kind: 'both-changed', id })]);
    await a.syncFromOtherTab();
    expect(
      Object.values(a.useAppStore.getState().cases)
        .map((c) => c.draft.name)
        .sort(),
    ).toEqual(names);
  });

  it("an open case another tab changed is reloaded from the other tab's version and said so", async () => {
    const a = await openTab();
    const id = a.useAppStore.getState().newCase();
    const b = await openTab();
    b.useAppStore.getState().openCase(id);
    a.useAppStore.getState().saveDraft(id, named('Changed in A'));
    await b.syncFromOtherTab();
    expect(b.useAppStore.getState().cases[id]!.draft.name).toBe('Changed in A');
    expect(b.useAppStore.getState().reloads[id]).toBe(1);
    expect(b.useAppStore.getState().notices).toEqual([{ kind: 'reloaded', id }]);
  });

  it('a case deleted in one tab goes from the other (it had not changed there), and no tab writes back in a loop', async () => {
    const a = await openTab();
    const id = a.useAppStore.getState().newCase();
    const b = await openTab();
    a.useAppStore.getState().deleteCase(id);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    await b.syncFromOtherTab();
    expect(b.useAppStore.getState().cases).toEqual({});
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
  });
});
