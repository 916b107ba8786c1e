// @vitest-environment jsdom
// Intake: validateCase's problems shown at the field (aria-invalid + aria-describedby), an error
// summary on submit, and a draft that keeps every typed value, valid or not, across a reload.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STORE_NAME } from '../../src/store/app-store.ts';
import { renderApp, resetStore, settle, personArrives } from '../support/app.tsx';

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
    expect(errorOf(age)).toContain('Enter the age as a whole number from 14 to 60 (years)');
    await user.clear(age);
    await user.type(age, '34');
    expect(age).not.toHaveAttribute('aria-invalid');
    expect(errorOf(age)).toBe('');
  });

  it('names the pregnancy and field in words for a problem inside a pregnancy, never the field path', async () => {
    const { user } = await openIntake();
    const second = screen.getByRole('group', { name: 'Pregnancy 2' });
    const weeks = within(second).getByLabelText('Gestation');
    await user.type(weeks, '50');
    await user.tab();
    expect(weeks).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(weeks)).toContain('Pregnancy 2: Enter the weeks of pregnancy as a whole number from 0 to 45 (weeks)');
    expect(document.body.textContent).not.toMatch(/pregnancies\[|YYYY-MM-DD/);
  });

  it('on submit, lists every problem with a link to its field and does not move on', async () => {
    const { user } = await openIntake();
    await user.click(screen.getByRole('button', { name: /^Check the definition/ }));
    const summary = screen.getByRole('alert');
    const link = within(summary).getByRole('link', { name: /Enter the age as a whole number/ });
    expect(link).toHaveAttribute('href', `#${screen.getByLabelText('Age (required)').id}`);
    expect(screen.getByRole('heading', { level: 2, name: 'History' })).toBeInTheDocument();
    expect(screen.getByLabelText('Age (required)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('names the age in the case title and the saved-case list only once it is one a case accepts', async () => {
    const { user } = await openIntake();
    const title = () => screen.getByRole('heading', { level: 1 }).textContent;
    const age = screen.getByLabelText('Age (required)');
    await user.type(age, '34x');
    expect(title()).toBe('Unnamed case');
    await user.clear(age);
    await user.type(age, '61');
    expect(title()).toBe('Unnamed case');
    await user.clear(age);
    await user.type(age, '34');
    expect(title()).toBe('Unnamed case, age 34');
    await user.clear(age);
    await user.type(age, '3');
    await user.click(screen.getByRole('button', { name: 'All cases' }));
    await settle();
    expect(screen.getByText(/age to correct/)).toBeInTheDocument();
    expect(screen.queryByText(/age 3\b/)).toBeNull();
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
    personArrives();
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
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Definition' })).toHaveFocus());
    expect(screen.getByText('Meets the definition of recurrent pregnancy loss')).toBeInTheDocument();
    expect(screen.getByText(/Pregnancy 1:/).closest('li')).toHaveTextContent('counted');
  });

  it('asks about the pregnancy now only while "Currently pregnant" is ticked, and names its fields in words', async () => {
    const { user } = await openIntake();
    expect(screen.queryByRole('group', { name: 'Pregnancy now' })).toBeNull();
    await user.click(screen.getByLabelText('Currently pregnant'));
    const now = screen.getByRole('group', { name: 'Pregnancy now' });
    for (const label of [
      'Gestation now',
      'Vaginal bleeding now',
      'Pain now',
      'Intrauterine pregnancy confirmed on scan',
      'Fetal heartbeat seen',
      'Cervical length',
      'Measured at',
    ]) {
      expect(within(now).getByLabelText(label)).toBeInTheDocument();
    }
    await user.type(within(now).getByLabelText('Gestation now'), '2');
    await user.tab();
    expect(errorOf(within(now).getByLabelText('Gestation now'))).toContain('Enter the weeks of pregnancy now as a whole number from 3 to 42');
  });

  it('asks the cause of a past thrombosis, medicines taken now, the partner and the date a loss ended', async () => {
    const { user } = await openIntake();
    await user.click(screen.getByLabelText('Personal history of venous thrombosis (VTE)'));
    expect(screen.getByLabelText('Cause of the thrombosis')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a medicine' }));
    const med = screen.getByRole('group', { name: 'Medicine 1' });
    await user.selectOptions(within(med).getByLabelText('Medicine'), 'levothyroxine');
    await user.type(within(med).getByLabelText('Dose or note'), '100 micrograms daily');
    expect(within(med).getByLabelText('Taken since')).toHaveAttribute('type', 'date');
    expect(screen.getByLabelText("Partner's age")).toBeInTheDocument();
    expect(screen.getByLabelText('Partner smokes')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Pregnancy 1' })).getByLabelText('Date it ended')).toHaveAttribute('type', 'date');
    expect(localStorage.getItem(STORE_NAME)).toContain('100 micrograms daily');
  });

  it('loads a draft saved before the §1a fields existed, and submits it', async () => {
    const { user, unmount } = await openIntake();
    const stored = JSON.parse(localStorage.getItem(STORE_NAME)!);
    const id = Object.keys(stored.state.cases)[0]!;
    // The draft exactly as the previous format wrote it: no partner, pregnancy now, medicines or end dates.
    stored.state.cases[id].draft = {
      age: '35',
      bmi: '',
      smoker: 'no',
      history: { thyroidDisease: true },
      name: '',
      nhsNumber: '',
      dateOfBirth: '',
      referralQuestion: '',
      pregnancies: [7, 8, 9].map((w, i) => ({ key: `old${i}`, outcome: 'loss', weeks: String(w), visualised: 'yes', tissueGenetics: '' })),
    };
    unmount();
    localStorage.setItem(STORE_NAME, JSON.stringify(stored));
    vi.resetModules();
    const { App } = await import('../../src/app/app.tsx');
    render(<App />);
    personArrives();
    expect(await screen.findByLabelText('Age (required)')).toHaveValue('35');
    expect(screen.getByLabelText("Partner's age")).toHaveValue('');
    expect(screen.getByLabelText('Known thyroid disease')).toBeChecked();
    await user.click(screen.getByRole('button', { name: /^Check the definition/ }));
    expect(await screen.findByText('Meets the definition of recurrent pregnancy loss')).toBeInTheDocument();
  });
});
