// @vitest-environment jsdom
// Opening a case file on the first screen: a valid one becomes a saved case at the definition
// step; a refused one names every problem with its field path, and nothing is opened.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../../src/store/app-store.ts';
import { renderApp, resetStore } from '../support/app.tsx';
import { makeCase, result } from '../support/cases.ts';

beforeEach(resetStore);
afterEach(cleanup);

const file = (text: string, name = 'case.json') => new File([text], name, { type: 'application/json' });

describe('open a case file', () => {
  it('opens a valid case at the definition step, with its results and requests', async () => {
    const { user } = await renderApp();
    const c = makeCase({ results: [result('tsh', 'normal', '2026-03-01', { value: 1.2, unit: 'mIU/L' })], requested: ['nk-cells-blood'] });
    await user.upload(screen.getByLabelText('Choose a case file'), file(JSON.stringify(c)));
    expect(await screen.findByRole('heading', { level: 2, name: 'Definition' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: /Flags/ })).toHaveTextContent('Flags (1)');
    expect(Object.values(useAppStore.getState().cases)).toHaveLength(1);
    expect(screen.getByText(/, age 32/)).toBeInTheDocument();
  });

  it('refuses a bad file naming each problem with its path', async () => {
    const { user } = await renderApp();
    await user.upload(
      screen.getByLabelText('Choose a case file'),
      file(JSON.stringify({ schemaVersion: 1, patient: { age: 9 }, pregnancies: 'three' }), 'bad.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/bad\.json could not be opened/)).toBeInTheDocument();
    expect(alert).toHaveTextContent('patient.age');
    expect(alert).toHaveTextContent('pregnancies');
    expect(Object.values(useAppStore.getState().cases)).toHaveLength(0);
  });
});
