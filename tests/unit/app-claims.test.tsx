// @vitest-environment jsdom
// The claims explainer: patients see "Things you may have read" on the first screen's flags panel and
// on the review and summary steps; every flag on an item a claim is about links to it ("What people
// say and what the guidelines say"). Each claim: as heard, its verdict word, the explanation (plain for
// patients, clinician text otherwise) and its sources; the NK cell deficiency entry among them.
import { cleanup, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimsForItem, getClaims } from '../../guidelines/claims.ts';
import { next, renderApp, resetStore, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

const WORD = { contradicted: 'Contradicted', unsupported: 'Unsupported', outdated: 'Outdated' } as const;
const LINK = 'What people say and what the guidelines say';
const panel = () => screen.getByRole('complementary', { name: /Flags|Not advised/ });
const deficiency = () => getClaims().find((c) => c.id === 'nk-cell-deficiency-is-different')!;

function claimArticle(scope: HTMLElement, claim: string): HTMLElement {
  return within(scope).getByRole('article', { name: claim });
}

async function checkClaims(user: UserEvent, scope: HTMLElement, ids: string[], plain: boolean): Promise<void> {
  const claims = getClaims().filter((c) => ids.includes(c.id));
  expect(
    within(scope)
      .getAllByRole('article')
      .map((a) => a.getAttribute('aria-labelledby') && a.querySelector('q')?.textContent),
  ).toEqual(claims.map((c) => c.claim));
  for (const c of claims) {
    const a = claimArticle(scope, c.claim);
    expect(within(a).getByText(WORD[c.verdict], { selector: 'strong' })).toBeInTheDocument();
    if (plain) {
      expect(within(a).getByText(c.plainText)).toBeInTheDocument();
      expect(within(a).queryByText(c.guidelinesSay)).toBeNull();
    } else {
      expect(within(a).getByText(c.guidelinesSay)).toBeInTheDocument();
      expect(within(a).queryByText(c.plainText)).toBeNull();
    }
    const sources = within(a).getByRole('button', { name: new RegExp(`^(Sources|Where this comes from) \\(${c.citations.length}\\): `) });
    await user.click(sources);
    expect(
      within(a)
        .getAllByRole('link')
        .map((l) => l.getAttribute('href')),
    ).toEqual(c.citations.map((x) => x.url));
  }
}

async function ask(user: UserEvent, query: string): Promise<void> {
  const box = within(panel()).getByRole('searchbox');
  await user.clear(box);
  await user.type(box, `${query}{Enter}`);
}

describe('claims for patients', () => {
  it('first screen: "Things you may have read" in the flags panel, every claim in plain words with its sources', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('radio', { name: 'Patient' }));
    const section = within(panel()).getByRole('region', { name: 'Things you may have read' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Things you may have read' })).toBeInTheDocument();
    await checkClaims(
      user,
      section,
      getClaims().map((c) => c.id),
      true,
    );
    // NK cell deficiency: a different, rare immune illness; fertility NK results do not show it.
    const d = claimArticle(section, deficiency().claim);
    expect(d).toHaveTextContent('Unsupported: nothing we checked supports this.');
    expect(d).toHaveTextContent(deficiency().plainText);
  });

  it('is not shown to GPs on the first screen', async () => {
    await renderApp();
    expect(within(panel()).queryByRole('region', { name: 'Things you may have read' })).toBeNull();
  });

  it('on the review and summary steps, and linked from the flagged NK cell test on the summary', async () => {
    const { user } = await renderApp();
    await startCase(user, 'patient');
    await ask(user, 'NK cell test');
    for (let n = 0; n < 5; n++) await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Review and treatment' });
    const main = screen.getByRole('main');
    const review = within(main).getByRole('region', { name: 'Things you may have read' });
    expect(within(review).getAllByRole('article')).toHaveLength(getClaims().length);
    expect(within(review).getByText(deficiency().plainText)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^See my summary/ }));
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    const summary = within(screen.getByRole('main')).getByRole('region', { name: 'Things you may have read' });
    expect(within(summary).getAllByRole('article')).toHaveLength(getClaims().length);
    const flags = within(screen.getByRole('main')).getByRole('region', { name: 'Not advised' });
    const link = within(flags).getByRole('button', { name: `${LINK}: NK cell blood test` });
    await user.click(link);
    const linked = document.getElementById(link.getAttribute('aria-controls')!)!;
    await checkClaims(
      user,
      linked,
      claimsForItem('nk-cells-blood').map((c) => c.id),
      true,
    );
  });
});

describe('claims linked from flags (clinician text)', () => {
  it('every flag on an item a claim is about links to its claims; others do not', async () => {
    const { user } = await renderApp();
    await startCase(user);
    await ask(user, 'NK cell test');
    await ask(user, 'Intralipid');
    await ask(user, 'IVIG');
    const list = within(panel())
      .getAllByRole('listitem')
      .filter((li) => within(li).queryByRole('heading', { level: 4 }));
    const flag = (name: string) => list.find((li) => within(li).getByRole('heading', { level: 4 }).textContent === name)!;

    const nk = flag('Natural killer (NK) cells in blood');
    const nkLink = within(nk).getByRole('button', { name: `${LINK}: Natural killer (NK) cells in blood` });
    expect(nkLink).toHaveAttribute('aria-expanded', 'false');
    await user.click(nkLink);
    const nkClaims = claimsForItem('nk-cells-blood');
    expect(nkClaims.map((c) => c.id)).toContain('nk-cell-deficiency-is-different');
    await checkClaims(
      user,
      document.getElementById(nkLink.getAttribute('aria-controls')!)!,
      nkClaims.map((c) => c.id),
      false,
    );

    expect(within(flag('Intravenous immunoglobulin (IVIG)')).getByRole('button', { name: `${LINK}: Intravenous immunoglobulin (IVIG)` })).toBeInTheDocument();
    expect(claimsForItem('intralipid')).toEqual([]);
    expect(within(flag('Intralipid (lipid emulsion infusion)')).queryByRole('button', { name: new RegExp(`^${LINK}`) })).toBeNull();
  });

  it('the answer to a question links to the claims too, before any case', async () => {
    const { user } = await renderApp();
    await user.click(within(panel()).getByRole('button', { name: 'Steroids' }));
    const link = within(panel()).getByRole('button', { name: `${LINK}: Glucocorticoids (prednisolone, prednisone, dexamethasone)` });
    await user.click(link);
    const shown = document.getElementById(link.getAttribute('aria-controls')!)!;
    const steroids = claimArticle(shown, getClaims().find((c) => c.id === 'steroids-reduce-nk')!.claim);
    expect(steroids).toHaveTextContent('Contradicted by the guidelines');
  });
});
