// Helpers for the app's component tests (jsdom): a clean store per test, and the few steps every
// walkthrough test needs, driven the way a user would (roles and labels, user-event).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { expect, vi } from 'vitest';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../src/app/app.tsx';
import type { Role } from '../../guidelines/ids.ts';
import { useAppStore } from '../../src/store/app-store.ts';

// A walk through several steps with user-event in jsdom takes seconds, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

export function resetStore(): void {
  localStorage.clear();
  useAppStore.setState(useAppStore.getInitialState(), true);
}

/** Renders the app and waits for its lazily loaded parts (flags panel, case workspace) to arrive. */
export async function renderApp(): Promise<{ user: UserEvent; unmount: () => void }> {
  const user = userEvent.setup();
  const { unmount } = render(<App />);
  personArrives();
  await settle();
  return { user, unmount };
}

/** A person arrives: the pointer moves. The first screen fetches what it does not show (the flags panel's code, the workspace) only then (src/pwa/idle.ts). */
export function personArrives(): void {
  fireEvent.pointerMove(document.body);
}

/** Waits until nothing is showing a "Loading …" placeholder. */
export async function settle(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(/^Loading .*…$/)).toBeNull());
}

const ROLE_RADIO: Record<Role, string> = { gp: 'GP', nurse: 'Fertility nurse', patient: 'Patient' };

/** From the first screen to the given step title with a valid three-loss case (GP wording unless role says otherwise). */
export async function startCase(user: UserEvent, role: Role = 'gp', pregnancies = ['7', '9', '6']): Promise<void> {
  await user.click(screen.getByRole('radio', { name: ROLE_RADIO[role] }));
  await user.click(screen.getByRole('button', { name: /^(Start|Triage a new referral|Start a new case)/ }));
  await settle();
  const plain = role === 'patient';
  await user.type(screen.getByLabelText(plain ? 'Your age (required)' : 'Age (required)'), '34');
  const groups = () => screen.getAllByRole('group', { name: /^Pregnancy \d+$/ });
  while (groups().length < pregnancies.length) await user.click(screen.getByRole('button', { name: /Add (a )?pregnancy/ }));
  for (const [i, weeks] of pregnancies.entries()) {
    await user.type(within(groups()[i]!).getByLabelText(plain ? 'How many weeks pregnant' : 'Gestation'), weeks);
  }
  await user.click(screen.getByRole('button', { name: plain ? /^Next/ : /^Check the definition/ }));
  await screen.findByRole('heading', { level: 2, name: plain ? 'Does this count as recurrent loss?' : 'Definition' });
}

export async function next(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: /^Next/ }));
}

/** The checklist item card (an article named by the item). */
export function item(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

export async function recordResult(user: UserEvent, name: string, interpretation: string, date = '2026-01-10', isotype?: 'IgG' | 'IgM'): Promise<void> {
  const card = item(name);
  await user.click(within(card).getByRole('button', { name: new RegExp(`^(Record result|Add a result): ${escapeRegExp(name)}$`) }));
  const form = within(card).getByRole('form');
  const dateInput = within(form).getByLabelText(/Sample date|Date of the test/);
  await user.clear(dateInput);
  await user.type(dateInput, date);
  await user.selectOptions(within(form).getByLabelText(/Interpretation|What the result said/), interpretation);
  if (isotype) await user.selectOptions(within(form).getByLabelText('Isotype'), isotype);
  await user.click(within(form).getByRole('button', { name: 'Save result' }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
