// @vitest-environment jsdom
// Guidelines side by side, from the review and summary steps: a table (caption, column and row
// headers) with every item under ESHRE 2022, RCOG 2023 and ASRM 2012 plus the definition; rows where
// they differ say "Differs" in words and explain why with sources; an item whose guideline text was not
// read says so and is not a difference; "Only where they differ" (on for GPs). Switching guideline
// lists what changed for the case (diffEvaluations).
import { cleanup, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getTopics } from '../../guidelines/disagreements.ts';
import type { Case } from '../../src/engine/case-schema.ts';
import { diffEvaluations } from '../../src/engine/compare.ts';
import { evaluateCase } from '../../src/engine/evaluate.ts';
import { ALL_ITEM_IDS, type Role } from '../../guidelines/ids.ts';
import { useAppStore } from '../../src/store/app-store.ts';
import { next, renderApp, resetStore, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

const NAMES = {
  progesterone: { gp: 'Progesterone (vaginal micronised) or progestogens', patient: 'Progesterone' },
  nk: { gp: 'Natural killer (NK) cells in blood', patient: 'NK cell blood test' },
  la: { gp: 'Lupus anticoagulant', patient: 'Lupus anticoagulant (clotting antibody) test' },
};

async function toReview(user: UserEvent, role: Role = 'gp'): Promise<void> {
  await startCase(user, role);
  for (let n = 0; n < 5; n++) await next(user);
  await screen.findByRole('heading', { level: 2, name: role === 'patient' ? 'Review and treatment' : 'Review' });
}

async function openComparison(user: UserEvent): Promise<HTMLElement> {
  const button = screen.getByRole('button', { name: 'Compare guidelines' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  return screen.findByRole('table');
}

/** Body rows that carry an item or the definition (not the "why they differ" rows). */
function dataRows(table: HTMLElement): HTMLElement[] {
  return within(table)
    .getAllByRole('row')
    .filter((r) => within(r).queryByRole('rowheader'));
}

function row(table: HTMLElement, name: string): HTMLElement {
  return within(table).getByRole('rowheader', { name }).closest('tr')!;
}

function cells(r: HTMLElement): string[] {
  return within(r)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('compare guidelines (GP)', () => {
  it('is a table with caption and headers, the definition row, and only the differing rows by default', async () => {
    const { user } = await renderApp();
    await toReview(user);
    const table = await openComparison(user);
    expect(within(table).getByText('ESHRE 2022, RCOG GTG 17 (2023) and ASRM 2012 for this case').tagName).toBe('CAPTION');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Item', 'ESHRE 2022 (in use)', 'RCOG GTG 17 (2023)', 'ASRM 2012', 'Agreement']);
    for (const h of within(table).getAllByRole('columnheader')) expect(h).toHaveAttribute('scope', 'col');
    for (const h of within(table).getAllByRole('rowheader')) expect(h).toHaveAttribute('scope', 'row');

    const filter = screen.getByRole('checkbox', { name: 'Only where they differ' });
    expect(filter).toBeChecked();
    const definition = row(table, 'Definition of recurrent pregnancy loss');
    expect(cells(definition).slice(0, 3)).toEqual(expect.arrayContaining([expect.stringMatching(/Met.*3 losses counted/)]));
    const shown = dataRows(table).filter((r) => r !== definition);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(ALL_ITEM_IDS.length);
    for (const r of shown) expect(within(r).getByText('Differs')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`^Showing the ${shown.length} of ${ALL_ITEM_IDS.length} items where the guidelines differ`))).toBeInTheDocument();

    // Progesterone: ESHRE not recommended, RCOG conditional (with bleeding in a pregnancy only, so
    // not applicable between pregnancies), ASRM not read.
    const p = row(table, NAMES.progesterone.gp);
    expect(cells(p)[0]).toMatch(/Not recommended/);
    expect(cells(p)[1]).toMatch(/Conditional.*Not applicable/);
    expect(cells(p)[2]).toMatch(/Not read/);
    expect(cells(p)[3]).toMatch(/≠ Differs/);

    // Unfiltered: every contract item and the definition; an unread guideline is no disagreement.
    await user.click(filter);
    expect(filter).not.toBeChecked();
    expect(dataRows(table)).toHaveLength(ALL_ITEM_IDS.length + 1);
    const nk = row(table, NAMES.nk.gp);
    expect(cells(nk)[2]).toMatch(/Not read/);
    expect(cells(nk)[3]).toMatch(/Same where read/);
    expect(within(nk).queryByText('Differs')).toBeNull();
    const la = row(table, NAMES.la.gp);
    expect(
      cells(la)
        .slice(0, 3)
        .every((c) => /Recommended/.test(c)),
    ).toBe(true);
    expect(cells(la)[3]).toMatch(/^= Same$/);
    expect(screen.getByRole('list', { name: 'Key' })).toHaveTextContent(/the text of ASRM 2012 on this item was not read.*Not counted as a difference/);
  });

  it('explains a difference with the topic and its sources, and otherwise with each guideline’s rule', async () => {
    const { user } = await renderApp();
    await toReview(user);
    const table = await openComparison(user);
    await user.click(within(table).getByRole('button', { name: `Why they differ: ${NAMES.progesterone.gp}` }));
    const topic = getTopics().find((t) => t.id === 'progesterone')!;
    const why = within(table).getByText(topic.summary).closest('.why-differ') as HTMLElement;
    expect(within(why).getByText(`${topic.title}.`)).toBeInTheDocument();
    expect(within(why).getByText('RCOG GTG 17 (2023)', { selector: 'dt' }).nextElementSibling).toHaveTextContent(topic.positions['rcog-2023']);
    const links = within(why).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(topic.citations.map((c) => c.url));

    // Folic acid differs but has no recorded topic: each guideline's own rule and citation.
    const folic = within(table).getByRole('button', { name: /^Why they differ: Folic acid/ });
    await user.click(folic);
    const panel = document.getElementById(folic.getAttribute('aria-controls')!)!;
    expect(panel).toHaveTextContent('No explanation of this difference is recorded');
    expect(panel).toHaveTextContent(/ESHRE 2022:.*Conditional/);
    expect(panel).toHaveTextContent(/ESHRE 2022 · .*rec/);
  });

  it('is reachable from the summary too', async () => {
    const { user } = await renderApp();
    await toReview(user);
    await user.click(screen.getByRole('button', { name: /^Go to summary/ }));
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    const table = await openComparison(user);
    expect(within(table).getByRole('rowheader', { name: 'Definition of recurrent pregnancy loss' })).toBeInTheDocument();
  });
});

describe('compare guidelines (patient and nurse)', () => {
  it('shows every item by default to patients, in plain words', async () => {
    const { user } = await renderApp();
    await toReview(user, 'patient');
    const table = await openComparison(user);
    expect(screen.getByRole('checkbox', { name: 'Only where they differ' })).not.toBeChecked();
    expect(dataRows(table)).toHaveLength(ALL_ITEM_IDS.length + 1);
    expect(within(table).getByRole('columnheader', { name: 'Test or treatment' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'ESHRE 2022 (the one you chose)' })).toBeInTheDocument();
    const p = row(table, NAMES.progesterone.patient);
    expect(cells(p)[0]).toMatch(/Not advised/);
    expect(cells(p)[1]).toMatch(/Sometimes advised/);
    expect(cells(p)[2]).toMatch(/Not checked/);
    expect(cells(row(table, 'Counts as recurrent loss'))[0]).toMatch(/Counts/);
    await user.click(within(table).getByRole('button', { name: `Why they differ: ${NAMES.progesterone.patient}` }));
    const topic = getTopics().find((t) => t.id === 'progesterone')!;
    expect(within(table).getByText(topic.plainSummary)).toBeInTheDocument();
    expect(within(table).queryByText(topic.summary)).toBeNull();
  });

  it('shows every item by default to nurses', async () => {
    const { user } = await renderApp();
    await toReview(user, 'nurse');
    const table = await openComparison(user);
    expect(screen.getByRole('checkbox', { name: 'Only where they differ' })).not.toBeChecked();
    expect(dataRows(table)).toHaveLength(ALL_ITEM_IDS.length + 1);
  });
});

describe('switching guideline', () => {
  it('lists what changed for this case: verdicts and statuses, before → after', async () => {
    const { user } = await renderApp();
    await toReview(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Guideline' }), 'rcog-2023');
    const status = screen.getByText(/^Guideline changed from ESHRE 2022 to RCOG GTG 17 \(2023\)\./).closest('p')!;
    expect(status).toHaveAttribute('role', 'status');
    const m = /For this case: (\d+) verdicts? differs?(?: and (\d+) status(?:es)? changes?)?\./.exec(status.textContent ?? '');
    expect(m, status.textContent ?? '').not.toBeNull();
    const total = Number(m![1]) + Number(m![2] ?? 0);
    await user.click(screen.getByRole('button', { name: `Show the ${total} changes` }));
    const notice = status.closest('.notice') as HTMLElement;
    const items = within(notice).getAllByRole('listitem');
    expect(items).toHaveLength(total);
    // Exactly the engine's diff of the case under both guidelines, in contract order.
    const { cases, openCaseId } = useAppStore.getState();
    const c = (cases[openCaseId!]!.machine!.snapshot as { context: { case: Case } }).context.case;
    const diff = diffEvaluations(evaluateCase(c, 'eshre-2022'), evaluateCase(c, 'rcog-2023'));
    expect(diff.definition).toBeNull();
    expect(items.map((li) => li.textContent?.split(':')[0])).toEqual(diff.items.map((i) => i.name));
    const prog = items.find((li) => li.textContent?.startsWith(NAMES.progesterone.gp))!;
    expect(prog).toHaveTextContent(/✗ Not recommended, not applicable →, now ◐ Conditional, not applicable/);
    // The same case under the new guideline, as the comparison shows it.
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/^Guideline changed from/)).toBeNull();
    const table = await openComparison(user);
    expect(within(table).getByRole('columnheader', { name: 'RCOG GTG 17 (2023) (in use)' })).toBeInTheDocument();
  });
});
