// @vitest-environment jsdom
// Roles change the words and the emphasis, never the clinical logic: the same items, in the same
// order, with the same verdicts and statuses, whoever is looking.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Status, STATUSES, type Verdict, VERDICTS } from '../../guidelines/ids.ts';
import { STATUS_LABEL, VERDICT_LABEL } from '../../guidelines/wording.ts';
import { next, recordResult, renderApp, resetStore, settle, startCase } from '../support/app.tsx';

/** The three-loss referral of the shared examples (new-referral-three-losses.json). */
const THREE_LOSSES = {
  schemaVersion: 1,
  guideline: 'eshre-2022',
  patient: { age: 38, bmi: 31.2, smoker: true },
  pregnancies: [
    { outcome: 'live-birth', gestationWeeks: 40 },
    { outcome: 'loss', gestationWeeks: 9, visualised: true },
    { outcome: 'loss', gestationWeeks: 6, visualised: false },
    { outcome: 'loss', gestationWeeks: 10, visualised: true },
  ],
};

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

const names = () =>
  screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && document.getElementById(a.getAttribute('aria-labelledby')!)!.textContent);

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
    // The missing tests are named, not counted.
    expect(triage).toHaveTextContent(/Missing before referral: .*Transvaginal 3D ultrasound of the uterus.*Thyroid-stimulating hormone \(TSH\)/);
    expect(triage).not.toHaveTextContent(/\d+ tests? missing/);
    expect(triage).toHaveTextContent('No red flags');
  });

  it('a nurse opening a referral lands on the triage view, missing tests named, the letter one click away', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('radio', { name: 'Fertility nurse' }));
    const file = new File([JSON.stringify(THREE_LOSSES)], 'referral.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choose a case file'), file);
    await settle();
    expect(await screen.findByRole('heading', { level: 2, name: 'Summary' })).toBeInTheDocument();
    const triage = screen.getByRole('region', { name: 'Triage' });
    expect(within(triage).getByRole('list')).toHaveTextContent('Thyroid-stimulating hormone (TSH)');
    const exportButtons = within(screen.getByRole('region', { name: 'Export' })).getAllByRole('button');
    expect(exportButtons[0]).toHaveAccessibleName(/PDF: Referral and triage letter/);
  });
});
