// @vitest-environment jsdom
// Roles change the words and the emphasis, never the clinical logic: the same items, in the same
// order, with the same verdicts and statuses, whoever is looking.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Status, STATUSES, type Verdict, VERDICTS } from '../../guidelines/ids.ts';
import { STATUS_LABEL, VERDICT_LABEL } from '../../guidelines/wording.ts';
import { next, recordResult, renderApp, resetStore, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

/** Every checklist card on screen as [verdict, status], read back from the words shown. */
function verdictsOnScreen(): [Verdict, Status][] {
  return screen.getAllByRole('article').map((a) => {
    const text = a.textContent ?? '';
    const verdict = VERDICTS.find((v) => text.includes(VERDICT_LABEL[v].text) || text.includes(VERDICT_LABEL[v].plain));
    const badge = within(a).getAllByText((_, el) => el?.classList.contains('status') ?? false)[0]!;
    const status = STATUSES.find((s) => badge.textContent?.trim().endsWith(STATUS_LABEL[s].text) || badge.textContent?.trim().endsWith(STATUS_LABEL[s].plain));
    return [verdict!, status!];
  });
}

const names = () => screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && document.getElementById(a.getAttribute('aria-labelledby')!)!.textContent);

describe('role switch', () => {
  it('changes names and wording but not verdicts, statuses or the order of items', async () => {
    const { user } = await renderApp();
    await startCase(user, 'gp');
    await next(user);
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Anatomical' });
    await recordResult(user, 'Transvaginal 3D ultrasound of the uterus', 'normal');
    // The GP view folds away what the case does not call for; open it to compare every item.
    await user.click(screen.getByRole('button', { name: /^Not called for in this case \(\d+\)/ }));
    const gp = { verdicts: verdictsOnScreen(), names: names() };
    expect(gp.names).toContain('Transvaginal 3D ultrasound of the uterus');

    for (const [role, heading, name] of [
      ['patient', 'Shape of the womb', '3D scan of the womb'],
      ['nurse', 'Anatomical', 'Transvaginal 3D ultrasound of the uterus'],
    ] as const) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'View as' }), role);
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
      expect(verdictsOnScreen()).toEqual(gp.verdicts);
      expect(names()).toContain(name);
      expect(names()).toHaveLength(gp.names.length);
    }
    // The patient sees plain words for the same verdicts.
    await user.selectOptions(screen.getByRole('combobox', { name: 'View as' }), 'patient');
    expect(within(screen.getByRole('article', { name: '3D scan of the womb' })).getByText('Advised')).toBeInTheDocument();
  });

  it('gives the nurse a triage line: referral criteria under the guideline, tests missing, red flags', async () => {
    const { user } = await renderApp();
    await startCase(user, 'nurse');
    const triage = screen.getByLabelText('Triage');
    expect(triage).toHaveTextContent('Meets referral criteria (ESHRE 2022)');
    expect(triage).toHaveTextContent(/5 tests missing before referral/);
    expect(triage).toHaveTextContent('No red flags');
  });
});
