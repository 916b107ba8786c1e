// @vitest-environment jsdom
// The immune step stays locked (said in words, with an icon) until every core domain is settled.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { next, recordResult, renderApp, resetStore, startCase } from '../support/app.tsx';

beforeEach(resetStore);
afterEach(cleanup);

const immuneStep = () =>
  within(screen.getByRole('navigation', { name: 'Workup steps' }))
    .getByText('Immune')
    .closest('li')!;

describe('immune gate', () => {
  it('is locked until the core workup is settled, then unlocks', async () => {
    const { user } = await renderApp();
    await startCase(user);
    expect(immuneStep()).toHaveTextContent('Locked');
    expect(within(immuneStep()).queryByRole('button')).toBeNull();

    await next(user); // genetic
    await next(user); // anatomical
    await screen.findByRole('heading', { level: 2, name: 'Anatomical' });
    await recordResult(user, 'Transvaginal 3D ultrasound of the uterus', 'normal');
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Hormonal and metabolic' });
    await recordResult(user, 'Thyroid-stimulating hormone (TSH)', 'normal');
    await recordResult(user, 'Thyroid peroxidase (TPO) antibodies', 'negative');
    await next(user);
    await screen.findByRole('heading', { level: 2, name: 'Antiphospholipid' });
    await recordResult(user, 'Lupus anticoagulant', 'negative');
    await next(user);

    // Review with antiphospholipid still outstanding: locked, and says what is missing.
    await screen.findByRole('heading', { level: 2, name: 'Review' });
    expect(screen.getByText('Immune step locked until these are settled:')).toBeInTheDocument();
    expect(screen.getByText(/Antiphospholipid: Anticardiolipin antibodies/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue to immune step' })).toBeNull();
    expect(immuneStep()).toHaveTextContent('Locked');

    await user.click(screen.getByRole('button', { name: /^Antiphospholipid/ }));
    await screen.findByRole('heading', { level: 2, name: 'Antiphospholipid' });
    // Anticardiolipin is done once IgG and IgM are both recorded.
    await recordResult(user, 'Anticardiolipin antibodies (IgG, IgM)', 'negative', '2026-01-10', 'IgG');
    expect(immuneStep()).toHaveTextContent('Locked');
    await recordResult(user, 'Anticardiolipin antibodies (IgG, IgM)', 'negative', '2026-01-10', 'IgM');
    expect(immuneStep()).toHaveTextContent('Unlocked');
    await next(user);
    await user.click(await screen.findByRole('button', { name: 'Continue to immune step' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Immune' })).toHaveFocus());
    expect(within(screen.getByRole('article', { name: 'Natural killer (NK) cells in blood' })).getByText('Not recommended')).toBeInTheDocument();
  });
});
