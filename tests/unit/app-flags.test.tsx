// @vitest-environment jsdom
// The flags panel: anyone types or picks a test or treatment they were offered and gets the
// guideline's answer with its citation; within a case, it is then listed as flagged.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp, resetStore, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

const panel = () => screen.getByRole('complementary', { name: /Flags|Not advised/ });

describe('flags search', () => {
  it('within a case: "NK cell test" → Not recommended, with reason, harms, instead and citation; then listed as flagged', async () => {
    const { user } = await renderApp();
    await startCase(user);
    const search = within(panel()).getByRole('searchbox', { name: 'Check a test or treatment' });
    await user.type(search, 'NK cell test{Enter}');
    const answer = within(panel()).getByRole('heading', { level: 3, name: 'Natural killer (NK) cells in blood' }).parentElement!;
    expect(within(answer).getByText('Not recommended')).toBeInTheDocument();
    expect(answer).toHaveTextContent(/Harms:/);
    expect(answer).toHaveTextContent(/Instead:/);
    expect(within(answer).getByText('Reference').nextElementSibling).toHaveTextContent('2017 rec 22');
    expect(within(answer).getByText('Strength').nextElementSibling).toHaveTextContent('Strong');
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent('Flags (1)');
    expect(within(panel()).getByRole('heading', { level: 4, name: 'Natural killer (NK) cells in blood' })).toBeInTheDocument();
  });

  it.each([
    ['steroids', 'Glucocorticoids (prednisolone, prednisone, dexamethasone)'],
    ['IVIG', 'Intravenous immunoglobulin (IVIG)'],
    ['Intralipid', 'Intralipid (lipid emulsion infusion)'],
    ['clexane', 'Heparin (low-molecular-weight or unfractionated)'],
  ])('matches "%s" case-insensitively against names and synonyms', async (query, name) => {
    const { user } = await renderApp();
    await startCase(user);
    await user.type(within(panel()).getByRole('searchbox'), `${query.toUpperCase()}{Enter}`);
    expect(within(panel()).getByRole('heading', { level: 3, name })).toBeInTheDocument();
  });

  it('offers quick picks, and before any case answers from the rules with their conditions', async () => {
    const { user } = await renderApp();
    await user.click(within(panel()).getByRole('button', { name: 'NK cell test' }));
    const answer = within(panel()).getByRole('heading', { level: 3, name: 'Natural killer (NK) cells in blood' }).parentElement!;
    expect(within(answer).getByText('Not recommended')).toBeInTheDocument();
    expect(within(answer).getByText('Reference').nextElementSibling).toHaveTextContent('2017 rec 22');
    await user.click(within(panel()).getByRole('button', { name: 'Heparin' }));
    const heparin = within(panel()).getByRole('heading', { level: 3, name: 'Heparin (low-molecular-weight or unfractionated)' }).parentElement!;
    expect(heparin).toHaveTextContent('The verdict depends on the case:');
  });

  it('shows plain words to patients', async () => {
    const { user } = await renderApp();
    await startCase(user, 'patient');
    await user.type(within(panel()).getByRole('searchbox', { name: 'Were you offered a test or treatment?' }), 'NK cell test{Enter}');
    const answer = within(panel()).getByRole('heading', { level: 3, name: 'NK cell blood test' }).parentElement!;
    expect(within(answer).getByText('Not advised')).toBeInTheDocument();
    // The source is there for her doctor, folded, so nothing above it needs clinician words.
    expect(answer).not.toHaveTextContent(/rec \d/);
    await user.click(within(answer).getByRole('button', { name: 'For your doctor' }));
    expect(within(answer).getByText('Where it says this').nextElementSibling).toHaveTextContent('2017 rec 22');
  });
});

describe('flags lookup: typos, stale answers, adding to the case', () => {
  it.each([
    ['nk cels', 'Natural killer (NK) cells in blood'],
    ['prednisalone', 'Glucocorticoids (prednisolone, prednisone, dexamethasone)'],
    ['intralipd', 'Intralipid (lipid emulsion infusion)'],
  ])('finds "%s" despite the typo and says "Did you mean …?"', async (query, name) => {
    const { user } = await renderApp();
    await startCase(user);
    await user.type(within(panel()).getByRole('searchbox'), `${query}{Enter}`);
    expect(within(panel()).getByRole('heading', { level: 3, name })).toBeInTheDocument();
    expect(within(panel()).getByRole('status')).toHaveTextContent(`Did you mean ${name}?`);
  });

  it('a new search replaces the old answer; one that finds nothing says so and clears it', async () => {
    const { user } = await renderApp();
    await startCase(user);
    const search = within(panel()).getByRole('searchbox');
    await user.type(search, 'IVIG{Enter}');
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Intravenous immunoglobulin (IVIG)' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'intralipid{Enter}');
    expect(within(panel()).queryByRole('heading', { level: 3, name: 'Intravenous immunoglobulin (IVIG)' })).toBeNull();
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Intralipid (lipid emulsion infusion)' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'xyzzy{Enter}');
    expect(within(panel()).getByRole('status')).toHaveTextContent('Nothing found for "xyzzy"');
    expect(within(panel()).queryByRole('heading', { level: 3, name: 'Intralipid (lipid emulsion infusion)' })).toBeNull();
  });

  it('says "Added to this case" when asking adds the item, and the answer closes on the next step', async () => {
    const { user } = await renderApp();
    await startCase(user);
    await user.type(within(panel()).getByRole('searchbox'), 'NK cell test{Enter}');
    expect(within(panel()).getByText('Added to this case')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: /^Next/ }));
    await screen.findByRole('heading', { level: 2, name: 'Genetic' });
    expect(within(panel()).queryByRole('heading', { level: 3, name: 'Natural killer (NK) cells in blood' })).toBeNull();
    // Still listed as flagged: closing the answer does not remove the question from the case.
    expect(within(panel()).getByRole('heading', { level: 4, name: 'Natural killer (NK) cells in blood' })).toBeInTheDocument();
  });
});
