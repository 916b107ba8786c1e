// @vitest-environment jsdom
// The definition step explains, pregnancy by pregnancy, why the definition is met or not, and lets
// the user continue knowingly; changing the guideline re-evaluates and says which verdicts changed.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { availableGuidelines } from '../../src/app/guidelines.ts';
import { renderApp, resetStore, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

describe('definition step', () => {
  it('not met: gives the reason per pregnancy and continues only once the user acknowledges it', async () => {
    const { user } = renderApp();
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
    expect(await screen.findByRole('heading', { level: 2, name: 'Genetic' })).toHaveFocus();
  });
});

describe('guideline change', () => {
  it.runIf(availableGuidelines().length > 1)('re-evaluates under the new guideline, names it everywhere, and lists changed verdicts', async () => {
    const { user } = renderApp();
    await startCase(user);
    const other = availableGuidelines().find((g) => g !== 'eshre-2022')!;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Guideline' }), other);
    const notice = screen.getByText(/^Guideline changed from ESHRE 2022 to/).closest('div')!;
    expect(notice).toHaveTextContent(/verdicts? differ|No verdict differs/);
    expect(within(screen.getByRole('banner')).getByText(/rules v\d/)).not.toHaveTextContent('ESHRE 2022');
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent('ESHRE guideline');
  });
});
