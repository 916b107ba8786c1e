// @vitest-environment jsdom
// The definition step explains, pregnancy by pregnancy, why the definition is met or not, and lets
// the user continue knowingly; changing the guideline re-evaluates and says which verdicts changed.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableGuidelines } from '../../src/app/guidelines.ts';
import { recordResult, renderApp, resetStore, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

describe('definition step', () => {
  it('not met: gives the reason per pregnancy and continues only once the user acknowledges it', async () => {
    const { user } = await renderApp();
    await startCase(user, 'gp', ['8', '30']);
    expect(screen.getByText('Does not meet the definition of recurrent pregnancy loss')).toBeInTheDocument();
    const reasons = screen.getAllByRole('listitem').filter((li) => /^. ?Pregnancy \d/.test(li.textContent ?? ''));
    expect(reasons[0]).toHaveTextContent('counted');
    expect(reasons[1]).toHaveTextContent(/at or beyond viability/);
    const go = screen.getByRole('button', { name: /Continue the workup/ });
    expect(go).toBeDisabled();
    await user.click(screen.getByLabelText(/continue the workup anyway/));
    expect(go).toBeEnabled();
    await user.click(go);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Genetic' })).toHaveFocus());
  });
});

describe('guideline change', () => {
  it.runIf(availableGuidelines().length > 1)('re-evaluates under the new guideline, names it everywhere, and lists changed verdicts', async () => {
    const { user } = await renderApp();
    await startCase(user);
    const other = availableGuidelines().find((g) => g !== 'eshre-2022')!;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Guideline' }), other);
    const notice = screen.getByText(/^Guideline changed from ESHRE 2022 to/).closest('div')!;
    expect(notice).toHaveTextContent(/verdicts? differ|No verdict differs/);
    expect(within(screen.getByRole('banner')).getByText(/rules v\d/)).not.toHaveTextContent('ESHRE 2022');
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent('ESHRE guideline');
  });
});

describe('edit history', () => {
  it('changes the case from a later step, keeping its place and its results', async () => {
    const { user } = await renderApp();
    await startCase(user);
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await screen.findByRole('heading', { level: 2, name: 'Anatomical' });
    await recordResult(user, 'Transvaginal 3D ultrasound of the uterus', 'normal');
    await user.click(screen.getByRole('button', { name: 'Edit history' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Edit: History' })).toHaveFocus();
    const age = screen.getByLabelText('Age (required)');
    await user.clear(age);
    await user.type(age, '41');
    await user.click(screen.getByRole('button', { name: /^Save changes/ }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Anatomical' })).toHaveFocus());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('age 41');
    expect(within(screen.getByRole('article', { name: 'Transvaginal 3D ultrasound of the uterus' })).getByText('Done')).toBeInTheDocument();
  });
});
