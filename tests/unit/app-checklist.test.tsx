// @vitest-environment jsdom
// A walkthrough step as a checklist: verdict badge (text + symbol), status, one-line why, the
// citation on demand (with the UNVERIFIED note visible), result entry, and decline with a reason.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { item, next, recordResult, renderApp, resetStore, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

async function toAnatomical() {
  const app = await renderApp();
  await startCase(app.user);
  await next(app.user); // definition → genetic
  await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Genetic' })).toHaveFocus());
  await next(app.user);
  await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Anatomical' })).toHaveFocus());
  return app;
}

describe('step checklist', () => {
  it("lists the step's items with a verdict badge in words and a symbol, a status and a one-line why", async () => {
    const { user } = await toAnatomical();
    const us = item('Transvaginal 3D ultrasound of the uterus');
    expect(within(us).getByText('Recommended')).toBeInTheDocument();
    expect(within(us).getByText('✓')).toHaveAttribute('aria-hidden', 'true');
    expect(within(us).getByText('To do')).toBeInTheDocument();
    expect(within(us).getByText(/^All women with RPL should have an assessment of the uterine anatomy/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'For this case' })).toBeInTheDocument();
    // The GP view folds away what this case does not call for, one click away.
    const more = screen.getByRole('button', { name: /^Not called for in this case \(\d+\)/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(within(screen.getByRole('list', { name: 'Not called for in this case' })).getByRole('article', { name: 'Pelvic MRI' })).toBeInTheDocument();
  });

  it('expands the citation: guideline, reference, strength, evidence, link, and the UNVERIFIED note', async () => {
    const { user } = await toAnatomical();
    const us = item('Transvaginal 3D ultrasound of the uterus');
    const toggle = within(us).getByRole('button', { name: 'Why and source: Transvaginal 3D ultrasound of the uterus' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(within(panel).getByText('Reference').nextElementSibling).toHaveTextContent('2017 recs 33–34');
    expect(within(panel).getByText('Strength')).toBeInTheDocument();
    expect(within(panel).getByText('Evidence')).toBeInTheDocument();
    expect(within(panel).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(within(panel).getByText('UNVERIFIED:')).toBeVisible();
  });

  it('records a result with a unit from the catalogue, and refuses an implausible value at the field', async () => {
    const { user } = await toAnatomical();
    await recordResult(user, 'Transvaginal 3D ultrasound of the uterus', 'normal');
    const us = item('Transvaginal 3D ultrasound of the uterus');
    expect(within(us).getByText('Done')).toBeInTheDocument();
    // Focus returns to the control that opened the form, not to the top of the page.
    await waitFor(() => expect(within(us).getByRole('button', { name: /^Record result/ })).toHaveFocus());
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Hormonal and metabolic' });
    const tsh = item('Thyroid-stimulating hormone (TSH)');
    await user.click(within(tsh).getByRole('button', { name: /^Record result/ }));
    const unit = within(tsh).getByLabelText('Unit');
    expect(
      within(unit)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['mIU/L', 'mU/L']);
    await user.type(within(tsh).getByLabelText('Value'), '1600');
    await user.click(within(tsh).getByRole('button', { name: 'Save result' }));
    const value = within(tsh).getByLabelText('Value');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(within(tsh).getByText(/outside the plausible range 0–150/)).toBeInTheDocument();
    await user.clear(value);
    await user.type(value, '1.6');
    await user.click(within(tsh).getByRole('button', { name: 'Save result' }));
    expect(within(tsh).getByText(/1\.6 mIU\/L/)).toBeInTheDocument();
    expect(within(tsh).getByText('Done')).toBeInTheDocument();
  });

  it('declining needs a reason: without one the error is shown at the field; with one the item is declined', async () => {
    const { user } = await toAnatomical();
    const us = item('Transvaginal 3D ultrasound of the uterus');
    await user.click(within(us).getByRole('button', { name: 'Decline: Transvaginal 3D ultrasound of the uterus' }));
    await user.click(within(us).getByRole('button', { name: 'Decline' }));
    const reason = within(us).getByLabelText('Reason for declining');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(within(us).getByText('Enter a reason for declining.')).toBeInTheDocument();
    expect(within(us).getByText('To do')).toBeInTheDocument();
    await user.type(reason, '   ');
    await user.click(within(us).getByRole('button', { name: 'Decline' }));
    expect(within(us).getByText('To do')).toBeInTheDocument();
    await user.type(reason, 'Scan done abroad; report requested');
    await user.click(within(us).getByRole('button', { name: 'Decline' }));
    expect(within(us).getByText('Declined')).toBeInTheDocument();
    expect(within(us).getByText(/Scan done abroad; report requested/)).toBeInTheDocument();
    await user.click(within(us).getByRole('button', { name: 'Undo decline of Transvaginal 3D ultrasound of the uterus' }));
    expect(within(us).getByText('To do')).toBeInTheDocument();
  });

  it('shows a positive lupus anticoagulant as repeat due, with the date it falls due', async () => {
    const { user } = await toAnatomical();
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Hormonal and metabolic' });
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Antiphospholipid' });
    await recordResult(user, 'Lupus anticoagulant', 'positive', '2026-01-10');
    const la = item('Lupus anticoagulant');
    expect(within(la).getByText('Repeat due')).toBeInTheDocument();
    expect(la).toHaveTextContent('Overdue since 4 Apr 2026'); // 12 weeks after 10 Jan 2026, now past
    expect(screen.getByRole('note', { name: 'Due next' })).toHaveTextContent('Lupus anticoagulant, ⚠ overdue since 4 Apr 2026');
  });
});
