// @vitest-environment jsdom
// The app never goes blank: saved data with wrong field types opens with a message naming what was
// repaired; a screen that fails shows the recovery screen; a full storage can be retried and
// leaving is guarded; a half-typed result survives a reload.
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft } from '../../src/store/intake-draft.ts';
import { next, startCase, personArrives } from '../support/app.tsx';

const KEY = 'rpl-workup';
const at = '2026-01-01T00:00:00.000Z';
const store = (cases: Record<string, unknown>) =>
  JSON.stringify({ state: { preferences: { role: 'gp', guideline: 'eshre-2022', shortcuts: true }, cases, openCaseId: null }, version: 2 });
const draft = { ...emptyDraft(), name: 'Kept Case', age: '39' };

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function load(seed?: string) {
  if (seed !== undefined) localStorage.setItem(KEY, seed);
  vi.resetModules();
  const mod = await import('../../src/store/app-store.ts');
  const { App } = await import('../../src/app/app.tsx');
  render(<App />);
  personArrives();
  await waitFor(() => expect(screen.queryByText(/^Loading .*…$/)).toBeNull(), { timeout: 15_000 });
  return mod;
}

describe('saved data with wrong field types', () => {
  it.each([
    ['draft.age a number', { ...draft, age: 39 }],
    ['draft.name null', { ...draft, name: null }],
    ['a pregnancy null', { ...draft, pregnancies: [null] }],
  ])('%s: the app starts, the case is listed, and the repair is said in words with the saved text to download', async (_label, d) => {
    await load(store({ a: { id: 'a', rev: 'r', createdAt: at, updatedAt: at, draft: d } }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/could not be read and was reset or left out/);
    expect(within(alert).getByRole('button', { name: 'Download the saved text' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Saved on this device (1)' })).toBeInTheDocument();
  });

  it('a case without updatedAt: listed and openable', async () => {
    const user = userEvent.setup();
    await load(store({ a: { id: 'a', rev: 'r', createdAt: at, draft } }));
    expect(screen.getByRole('alert')).toHaveTextContent(/last changed was missing/);
    await user.click(screen.getByRole('button', { name: /^Open Kept Case/ }));
    expect(await screen.findByLabelText('Age (required)', {}, { timeout: 15_000 })).toHaveValue('39');
  });
});

describe('a saved workup whose case fails the case-file schema', () => {
  it('is set aside and named by field; the case opens at the history with what was typed', async () => {
    const user = userEvent.setup();
    const snapshot = {
      status: 'active',
      value: 'review',
      historyValue: {},
      children: {},
      context: {
        case: { schemaVersion: 1, patient: { age: 'forty' }, pregnancies: [] },
        guideline: 'eshre-2022',
        previousGuideline: null,
        triage: false,
        definitionOverridden: false,
        asked: null,
        reached: ['definition'],
      },
    };
    const seed = store({ a: { id: 'a', rev: 'r', createdAt: at, updatedAt: at, draft, machine: { version: 2, snapshot } } });
    await load(seed);
    await user.click(screen.getByRole('button', { name: /^Open Kept Case/ }));
    expect(await screen.findByLabelText('Age (required)', {}, { timeout: 15_000 })).toHaveValue('39');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/could not be used \(patient\.age/);
    // The text kept aside holds the saved progress as it was.
    const kept = Object.entries(localStorage)
      .filter(([k]) => k.startsWith('rpl-workup:recovered:'))
      .map(([, v]) => JSON.parse(v));
    expect(kept).toHaveLength(1);
    expect(kept[0].state.cases.a.machine.snapshot).toEqual(snapshot);
  });
});

/** A part of the app that fails while rendering. */
function Throws({ error }: { error: Error }): never {
  throw error;
}

describe('the recovery screen', () => {
  it('a screen that throws shows what happened, the saved text to download, start again and delete all', async () => {
    const { ErrorBoundary } = await import('../../src/app/layout/error-boundary.tsx');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Throws error={new Error('draft.pregnancies[0] is null')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText(/What happened: draft.pregnancies\[0\] is null/)).toBeInTheDocument();
    for (const name of ['Download the saved text', 'Start again at the first screen', 'Delete all data and start fresh']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('a part of the app that cannot be downloaded (after an update) offers a reload that keeps the case', async () => {
    const { ErrorBoundary } = await import('../../src/app/layout/error-boundary.tsx');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reload = vi.fn();
    const user = userEvent.setup();
    render(
      <ErrorBoundary reload={reload}>
        <Throws error={new TypeError('Failed to fetch dynamically imported module: /assets/export-panel-abc.js')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'RPL Workup needs a reload' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload and keep the case' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('storage full', () => {
  it('"Try again" saves once there is room; leaving is guarded while anything is unsaved', async () => {
    const { useAppStore } = await load(store({}));
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => useAppStore.getState().setRole('nurse'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('storage is full');
    const leave = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);

    setItem.mockRestore(); // the user freed space
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(JSON.parse(localStorage.getItem(KEY)!).state.preferences.role).toBe('nurse');
    expect(screen.queryByRole('alert')).toBeNull();
    const calm = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(calm);
    expect(calm.defaultPrevented).toBe(false);
  });
});

describe('half-typed forms', () => {
  it('a result being typed survives a reload (and "Reload to update")', async () => {
    const user = userEvent.setup();
    await load();
    await startCase(user);
    await next(user);
    await next(user);
    const card = await screen.findByRole('article', { name: 'Transvaginal 3D ultrasound of the uterus' });
    await user.click(within(card).getByRole('button', { name: /^(Record result|Add a result)/ }));
    await user.selectOptions(within(card).getByLabelText('Interpretation'), 'abnormal');
    await user.clear(within(card).getByLabelText('Sample date'));
    await user.type(within(card).getByLabelText('Sample date'), '2026-01-10');

    cleanup();
    await load();
    const again = await screen.findByRole('article', { name: 'Transvaginal 3D ultrasound of the uterus' }, { timeout: 15_000 });
    expect(within(again).getByLabelText('Interpretation')).toHaveValue('abnormal');
    expect(within(again).getByLabelText('Sample date')).toHaveValue('2026-01-10');
  });
});
