// @vitest-environment jsdom
// Saved data that could not be used, in the app: the problem is said in words, the saved text can
// be downloaded, the kept copy can be discarded (after a confirmation) or kept; every kept copy is
// listed so it does not fill the browser's storage unseen; and "Delete all data on this device"
// leaves no RPL Workup key behind (hazards H8, H12). Each test loads the app afresh over what
// localStorage holds, as a page load would.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../src/store/intake-draft.ts';
import { next, startCase, personArrives } from '../support/app.tsx';

const KEY = 'rpl-workup';
const RECOVERED = 'rpl-workup:recovered:';
const CASE = {
  id: 'a',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  draft: { ...emptyDraft(), age: '41', name: 'Old Case', pregnancies: [] },
};
const VALID = JSON.stringify({
  state: { preferences: { role: 'gp', guideline: 'eshre-2022', shortcuts: true }, cases: { a: CASE }, openCaseId: null },
  version: 2,
});
const HALF = VALID.slice(0, Math.floor(VALID.length / 2));

interface Downloaded {
  name: string;
  text: Promise<string>;
}
let downloads: Downloaded[] = [];

beforeEach(() => {
  localStorage.clear();
  downloads = [];
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:http://localhost/1';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: blob!.text() });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A page load: fresh modules (so a new store reads localStorage as it is), then the app. */
async function load(seed: Record<string, string> = {}): Promise<{ user: UserEvent; store: typeof import('../../src/store/app-store.ts') }> {
  for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  vi.resetModules();
  const store = await import('../../src/store/app-store.ts');
  const { App } = await import('../../src/app/app.tsx');
  const user = userEvent.setup();
  render(<App />);
  personArrives();
  // The flags panel loads lazily: wait for it (the first load in a worker transforms it, so allow time).
  await waitFor(() => expect(screen.queryByText(/^Loading .*…$/)).toBeNull(), { timeout: 10_000 });
  return { user, store };
}

function rplKeys(): string[] {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith('rpl'))
    .sort();
}

function recoveredKeys(): string[] {
  return rplKeys().filter((k) => k.startsWith(RECOVERED));
}

describe('storage problems', () => {
  it('cut-short saved data: said in words, the saved text downloads exactly, and the app starts empty', async () => {
    const { user } = await load({ [KEY]: HALF });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Saved work in this browser could not be opened');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(screen.getByRole('heading', { level: 1, name: 'RPL Workup' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Saved on this device (0)' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Download the saved text' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^rpl-workup-saved-data-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await downloads[0]!.text).toBe(HALF);
    // Nothing replaced: the original is still there, and a checked copy is kept aside.
    expect(localStorage.getItem(KEY)).toBe(HALF);
    expect(recoveredKeys()).toHaveLength(1);
    expect(localStorage.getItem(recoveredKeys()[0]!)).toBe(HALF);
  });

  it('"Discard the kept copy" asks first, can be cancelled, then deletes only the copy and closes the problem', async () => {
    const { user } = await load({ [KEY]: HALF });
    const alert = screen.getByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Discard the kept copy' }));
    expect(within(alert).getByText(/Delete the kept copy of this saved data from this browser\?/)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Keep it' }));
    expect(recoveredKeys()).toHaveLength(1);
    expect(within(alert).queryByRole('button', { name: 'Yes, discard the copy' })).toBeNull();

    await user.click(within(alert).getByRole('button', { name: 'Discard the kept copy' }));
    await user.click(within(alert).getByRole('button', { name: 'Yes, discard the copy' }));
    expect(recoveredKeys()).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Kept copies of earlier saved data/)).toBeNull();
  });

  it('"Dismiss" keeps the copy, which stays listed with its size and can be downloaded and deleted', async () => {
    const { user } = await load({ [KEY]: HALF });
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(recoveredKeys()).toHaveLength(1);

    await user.click(screen.getByText(/^Kept copies of earlier saved data: 1 \(1 KB of this browser's storage\)/));
    const list = screen.getByRole('list', { name: 'Kept copies' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await user.click(within(list).getByRole('button', { name: /^Download the copy 1, kept / }));
    expect(await downloads[0]!.text).toBe(HALF);

    await user.click(within(list).getByRole('button', { name: /^Delete the copy 1, kept / }));
    expect(recoveredKeys()).toHaveLength(1); // not yet: a confirmation first
    await user.click(within(list).getByRole('button', { name: /^Yes, delete the copy 1, kept / }));
    expect(recoveredKeys()).toEqual([]);
    expect(screen.queryByRole('list', { name: 'Kept copies' })).toBeNull();
    expect(localStorage.getItem(KEY)).toBe(HALF); // deleting a copy never touches anything else
  });

  it('lists copies kept on earlier visits even with no problem open, and deletes one at a time', async () => {
    const { user } = await load({
      [KEY]: VALID,
      [`${RECOVERED}2026-01-02T10:00:00.000Z`]: 'first{',
      [`${RECOVERED}2026-01-03T10:00:00.000Z`]: 'x'.repeat(5000),
      'another-app': 'not ours',
    });
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByText(/^Kept copies of earlier saved data: 2 \(5 KB/));
    const list = screen.getByRole('list', { name: 'Kept copies' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(/Copy 1 · kept \d+ Jan 2026, \d\d:\d\d · 1 KB/);
    expect(items[1]).toHaveTextContent(/Copy 2 · kept \d+ Jan 2026, \d\d:\d\d · 5 KB/);

    await user.click(within(items[1]!).getByRole('button', { name: /^Delete the copy 2/ }));
    await user.click(within(items[1]!).getByRole('button', { name: /^Yes, delete the copy 2/ }));
    expect(recoveredKeys()).toEqual([`${RECOVERED}2026-01-02T10:00:00.000Z`]);
    expect(within(screen.getByRole('list', { name: 'Kept copies' })).getAllByRole('listitem')).toHaveLength(1);
    expect(localStorage.getItem('another-app')).toBe('not ours');
    expect(screen.getByText('Old Case')).toBeInTheDocument();
  });

  it('saved data from an older format: updated, the case still listed, the old text kept and discardable', async () => {
    const old = JSON.stringify({ state: { cases: { a: CASE }, openCaseId: null } }); // format 0: no version
    const { user } = await load({ [KEY]: old });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Saved work updated');
    expect(alert).toHaveTextContent('format 0');
    expect(screen.getByText('Old Case')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(KEY)!).version).toBe(2);
    expect(localStorage.getItem(recoveredKeys()[0]!)).toBe(old);
    await user.click(within(alert).getByRole('button', { name: 'Download the saved text' }));
    expect(await downloads[0]!.text).toBe(old);
    await user.click(within(alert).getByRole('button', { name: 'Discard the kept copy' }));
    await user.click(within(alert).getByRole('button', { name: 'Yes, discard the copy' }));
    expect(recoveredKeys()).toEqual([]);
    expect(screen.getByText('Old Case')).toBeInTheDocument();
  });

  it('a full storage: the unsaved state can be downloaded; there is no kept copy to discard', async () => {
    const { store } = await load({ [KEY]: VALID });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => store.useAppStore.getState().setRole('nurse'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('storage is full');
    expect(within(alert).getByRole('button', { name: 'Download the saved text' })).toBeInTheDocument();
    expect(within(alert).queryByRole('button', { name: 'Discard the kept copy' })).toBeNull();
  });
});

describe('delete all data on this device', () => {
  it('removes every case, the settings and every kept copy, after a confirmation; nothing of RPL Workup is left', async () => {
    const { user } = await load({
      [KEY]: VALID.replace('"role":"gp"', '"role":"patient"'),
      [`${RECOVERED}2026-01-02T10:00:00.000Z`]: 'first{',
      'another-app': 'not ours',
    });
    const saved = screen.getByRole('region', { name: 'Saved on this device (1)' });
    await user.click(within(saved).getByRole('button', { name: 'Delete all data on this device' }));
    const confirm = within(saved).getByRole('alert');
    expect(confirm).toHaveTextContent('1 saved case, 1 kept copy of earlier saved data and your settings');
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(rplKeys()).toHaveLength(2);

    await user.click(within(saved).getByRole('button', { name: 'Delete all data on this device' }));
    await user.click(within(saved).getByRole('button', { name: 'Yes, delete all data' }));
    expect(rplKeys()).toEqual([]);
    expect(localStorage.getItem('another-app')).toBe('not ours');
    expect(screen.getByRole('region', { name: 'Saved on this device (0)' })).toHaveTextContent('No saved cases yet.');
    expect(screen.getByText('All RPL Workup data was deleted from this browser.')).toBeInTheDocument();
    expect(screen.queryByText(/Kept copies of earlier saved data/)).toBeNull();
    expect(screen.getByRole('radio', { name: 'GP' })).toBeChecked(); // settings back to the defaults

    // A reload finds nothing.
    cleanup();
    await load();
    expect(screen.getByRole('region', { name: 'Saved on this device (0)' })).toBeInTheDocument();
    expect(rplKeys()).toEqual([]);
  });

  it('from the nurse summary (which lists saved cases), closing the open case leaves nothing behind either', async () => {
    const { user } = await load();
    await startCase(user, 'nurse');
    for (const step of ['Genetic', 'Anatomical', 'Hormonal and metabolic', 'Antiphospholipid', 'Review']) {
      await next(user);
      await screen.findByRole('heading', { level: 2, name: step });
    }
    await user.click(screen.getByRole('button', { name: /^Go to summary/ }));
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    expect(rplKeys()).toEqual([KEY]);
    const saved = screen.getByRole('region', { name: 'Saved on this device (1)' });
    await user.click(within(saved).getByRole('button', { name: 'Delete all data on this device' }));
    await user.click(within(saved).getByRole('button', { name: 'Yes, delete all data' }));
    await screen.findByRole('heading', { level: 1, name: 'RPL Workup' });
    await waitFor(() => expect(rplKeys()).toEqual([]));
    await new Promise((r) => setTimeout(r, 50));
    expect(rplKeys()).toEqual([]);
  });
});
