// @vitest-environment jsdom
// Saved cases: the machine's persisted snapshot is stored with each case, so a reload resumes at
// the same step with the same results; stored data from older formats is migrated, never dropped.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { workupMachine } from '../../machines/workup-machine.ts';
import { MACHINE_VERSION, migrate, STORE_NAME, STORE_VERSION } from '../../src/store/app-store.ts';
import { sanitise } from '../../src/store/saved-data.ts';
import { next, recordResult, renderApp, resetStore, startCase, personArrives } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

async function reload() {
  cleanup();
  vi.resetModules();
  const { App } = await import('../../src/app/app.tsx');
  render(<App />);
  personArrives();
}

describe('saved cases', () => {
  it('resume exactly where they were after a reload: same step, same results', async () => {
    const { user } = await renderApp();
    await startCase(user);
    await next(user);
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Anatomical' });
    await recordResult(user, 'Transvaginal 3D ultrasound of the uterus', 'normal');
    const stored = JSON.parse(localStorage.getItem(STORE_NAME)!);
    expect(stored.version).toBe(STORE_VERSION);
    const saved = Object.values(stored.state.cases)[0] as { machine: { version: number; snapshot: { value: string; context: { evaluation: unknown } } } };
    expect(saved.machine.version).toBe(MACHINE_VERSION);
    expect(saved.machine.snapshot.value).toBe('anatomical');
    // The evaluation is derived, so it is not stored (it is computed again on restore): a case stays small.
    expect(saved.machine.snapshot.context).not.toHaveProperty('evaluation');
    expect(JSON.stringify(saved).length).toBeLessThan(10_000);

    await reload();
    expect(await screen.findByRole('heading', { level: 2, name: 'Anatomical' })).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: 'Transvaginal 3D ultrasound of the uterus' })).getByText('Done')).toBeInTheDocument();
  });

  it('restart at the history with the draft intact when the saved snapshot is from another machine version', async () => {
    const { user } = await renderApp();
    await startCase(user);
    const stored = JSON.parse(localStorage.getItem(STORE_NAME)!);
    const id = Object.keys(stored.state.cases)[0]!;
    stored.state.cases[id].machine.version = MACHINE_VERSION + 99;
    localStorage.setItem(STORE_NAME, JSON.stringify(stored));
    await reload();
    expect(await screen.findByRole('heading', { level: 2, name: 'History' })).toBeInTheDocument();
    expect(screen.getByLabelText('Age (required)')).toHaveValue('34');
  });

  it('migrate format 0 (no version) keeping every case and draft, and repair bad preferences', () => {
    const old = {
      preferences: { role: 'surgeon', guideline: 'eshre-2022' },
      cases: { a: { id: 'a', createdAt: '2026-01-01', updatedAt: '2026-01-01', draft: { age: '41', pregnancies: [] } } },
      openCaseId: 'a',
    };
    const out = sanitise(migrate(old, 0)).state;
    expect(out.preferences).toEqual({ role: 'gp', guideline: 'eshre-2022', shortcuts: true });
    expect(out.cases.a!.draft.age).toBe('41');
    expect(out.cases.a!.draft.bmi).toBe('');
    expect(out.openCaseId).toBe('a');
  });

  it('read an unversioned store from localStorage on load, migrating it', async () => {
    localStorage.setItem(
      STORE_NAME,
      JSON.stringify({
        state: {
          cases: {
            a: { id: 'a', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', draft: { age: '41', name: 'Old Case', pregnancies: [] } },
          },
          openCaseId: null,
        },
      }),
    );
    await reload();
    expect(await screen.findByText('Old Case')).toBeInTheDocument();
  });

  it('format 1 (role and evaluations in the workup snapshot, no revisions) resumes at the same step: persist calls migrate', async () => {
    // A format-1 save at the anatomical step, as the previous release wrote it.
    const threeLosses = {
      schemaVersion: 1,
      patient: { age: 35 },
      pregnancies: [7, 9, 6].map((w) => ({ outcome: 'loss' as const, gestationWeeks: w, visualised: true })),
    } as const;
    const actor = createActor(workupMachine).start();
    for (const e of [{ type: 'intake.submit', case: threeLosses }, { type: 'definition.continue', acknowledged: true }, { type: 'step.next' }] as const)
      actor.send(e);
    const snapshot = JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));
    const { previousGuideline: _p, triage: _t, ...context } = snapshot.context;
    const v1 = { ...snapshot, context: { ...context, role: 'nurse', evaluation: null, beforeGuidelineChange: null } };
    localStorage.setItem(
      STORE_NAME,
      JSON.stringify({
        version: 1,
        state: {
          preferences: { role: 'gp', guideline: 'eshre-2022', shortcuts: true },
          cases: {
            a: {
              id: 'a',
              createdAt: '2026-01-01T00:00:00Z',
              updatedAt: '2026-01-02T00:00:00Z',
              draft: { age: '35', name: 'Format One', pregnancies: [] },
              machine: { version: 1, snapshot: v1 },
            },
          },
          openCaseId: 'a',
        },
      }),
    );
    await reload();
    expect(await screen.findByRole('heading', { level: 2, name: 'Anatomical' })).toBeInTheDocument();
    const stored = JSON.parse(localStorage.getItem(STORE_NAME)!);
    expect(stored.version).toBe(STORE_VERSION);
    expect(stored.state.cases.a.machine.version).toBe(MACHINE_VERSION);
    expect(stored.state.cases.a.machine.snapshot.context).not.toHaveProperty('role');
    expect(stored.state.cases.a.rev).toEqual(expect.any(String));
    // The old text is kept aside and said so.
    expect(screen.getByText(/was updated to format 2/)).toBeInTheDocument();
  });
});
