// @vitest-environment jsdom
// The first screen: what the tool does at a glance, role and guideline, start or open a saved case.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableGuidelines } from '../../src/app/guidelines.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { renderApp, resetStore } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

describe('first screen', () => {
  it('says in one glance what the tool does, what it is not, and that nothing leaves the device', async () => {
    await renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'RPL Workup' })).toBeInTheDocument();
    const main = within(screen.getByRole('main'));
    expect(main.getByText(/evidence-first checklist for recurrent pregnancy loss/i)).toBeInTheDocument();
    expect(main.getByText(/NK cell tests, steroids, IVIG and intralipid/)).toBeInTheDocument();
    expect(main.getByText(/does not make a diagnosis/)).toBeInTheDocument();
    expect(main.getByText(/nothing leaves this device/)).toBeInTheDocument();
  });

  it('offers the three roles and only the guidelines that have rule files, ESHRE 2022 first and chosen', async () => {
    await renderApp();
    for (const name of ['GP', 'Fertility nurse', 'Patient']) expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'GP' })).toBeChecked();
    const select = screen.getByRole('combobox', { name: 'Guideline' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(options).toEqual(availableGuidelines());
    expect(options[0]).toBe('eshre-2022');
    expect((select as HTMLSelectElement).value).toBe('eshre-2022');
  });

  it('shows the guideline edition and rule version on the screen', async () => {
    await renderApp();
    expect(screen.getByRole('contentinfo')).toHaveTextContent(/Rule version\s*\d+\.\d+\.\d+/);
    expect(screen.getByRole('banner')).toHaveTextContent(/ESHRE 2022 · rules v\d+\.\d+\.\d+/);
  });

  it('starts a case in the chosen role, and lists it as saved on this device once closed', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('radio', { name: 'Patient' }));
    await user.click(screen.getByRole('button', { name: /^Start/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Your history' })).toHaveFocus());
    await user.type(screen.getByLabelText('Your name'), 'Test Person');
    await user.click(screen.getByRole('button', { name: 'All cases' }));
    const saved = within(screen.getByRole('region', { name: /Saved on this device \(1\)/ }));
    expect(saved.getByText('Test Person')).toBeInTheDocument();
    await user.click(saved.getByRole('button', { name: /^Open Test Person/ }));
    expect(await screen.findByLabelText('Your name')).toHaveValue('Test Person');
    expect(useAppStore.getState().preferences.role).toBe('patient');
  });

  it('has a skip link to the main content', async () => {
    await renderApp();
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    expect(document.getElementById('main')).toBe(screen.getByRole('main'));
  });
});
