// @vitest-environment jsdom
// Intake: validateCase's problems shown at the field (aria-invalid + aria-describedby), an error
// summary on submit, and a draft that keeps every typed value, valid or not, across a reload.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_NAME } from '../../src/store/app-store.ts';
import { renderApp, resetStore, settle } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

async function openIntake() {
  const app = await renderApp();
  await app.user.click(screen.getByRole('button', { name: /^Start a new case/ }));
  await settle();
  return app;
}

function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('intake validation', () => {
  it('shows the problem at the field once the user leaves it, and clears it when fixed', async () => {
    const { user } = await openIntake();
    const age = screen.getByLabelText('Age (required)');
    expect(screen.getByText('years, 14–60')).toBeInTheDocument(); // unit and range shown
    await user.type(age, '9');
    await user.tab();
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(age)).toContain('Age must be at least 14');
    await user.clear(age);
    await user.type(age, '34');
    expect(age).not.toHaveAttribute('aria-invalid');
    expect(errorOf(age)).toBe('');
  });

  it('names the pregnancy and field for a problem inside a pregnancy', async () => {
    const { user } = await openIntake();
    const second = screen.getByRole('group', { name: 'Pregnancy 2' });
    const weeks = within(second).getByLabelText('Gestation');
    await user.type(weeks, '50');
    await user.tab();
    expect(weeks).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(weeks)).toContain('Pregnancy 2, gestation must be at most 45 weeks');
  });

  it('on submit, lists every problem with a link to its field and does not move on', async () => {
    const { user } = await openIntake();
    await user.click(screen.getByRole('button', { name: /^Check the definition/ }));
    const summary = screen.getByRole('alert');
    const link = within(summary).getByRole('link', { name: /Age is required/ });
    expect(link).toHaveAttribute('href', `#${screen.getByLabelText('Age (required)').id}`);
    expect(screen.getByRole('heading', { level: 2, name: 'History' })).toBeInTheDocument();
    expect(screen.getByLabelText('Age (required)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps what was typed, even invalid, in the saved draft and after a reload', async () => {
    const { user, unmount } = await openIntake();
    await user.type(screen.getByLabelText('Age (required)'), '9x');
    await user.type(screen.getByLabelText('BMI'), 'abc');
    await user.click(screen.getByLabelText('Diabetes'));
    expect(localStorage.getItem(STORE_NAME)).toContain('"age":"9x"');
    unmount();
    // A reload: fresh modules, so a new store that can only know what localStorage holds.
    vi.resetModules();
    const { App } = await import('../../src/app/app.tsx');
    render(<App />);
    expect(await screen.findByLabelText('Age (required)')).toHaveValue('9x');
    expect(screen.getByLabelText('BMI')).toHaveValue('abc');
    expect(screen.getByLabelText('Diabetes')).toBeChecked();
  });

  it('moves to the definition step with a valid case, focusing the step heading', async () => {
    const { user } = await openIntake();
    await user.type(screen.getByLabelText('Age (required)'), '34');
    for (const [i, w] of ['7', '8'].entries()) {
      await user.type(within(screen.getByRole('group', { name: `Pregnancy ${i + 1}` })).getByLabelText('Gestation'), w);
    }
    await user.click(screen.getByRole('button', { name: /^Check the definition/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Definition' })).toHaveFocus();
    expect(screen.getByText('Meets the definition of recurrent pregnancy loss')).toBeInTheDocument();
    expect(screen.getByText(/Pregnancy 1:/).closest('li')).toHaveTextContent('counted');
  });
});
