// @vitest-environment jsdom
// The summary's "FHIR bundle" button saves the workup as a FHIR R4 bundle file on this device.
import { cleanup, screen, waitFor } from '@testing-library/react';
import type { Bundle } from '@medplum/fhirtypes';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { next, renderApp, resetStore, startCase } from '../support/app.tsx';

let saved: { name: string; type: string; text: Promise<string> }[] = [];
beforeEach(() => {
  resetStore();
  saved = [];
  let blob: Blob | undefined;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:http://localhost/1';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, type: blob!.type, text: blob!.text() });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('FHIR bundle export', () => {
  it('downloads a collection bundle named by date, and says it was made on this device', async () => {
    const { user } = await renderApp();
    await startCase(user);
    for (let n = 0; n < 5; n++) await next(user);
    await user.click(screen.getByRole('button', { name: /^Go to summary/ }));
    await screen.findByRole('heading', { level: 2, name: 'Summary' });
    await user.click(screen.getByRole('button', { name: /FHIR bundle/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^rpl-workup-fhir-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved[0]!.type).toBe('application/fhir+json');
    const bundle = JSON.parse(await saved[0]!.text) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry!.some((e) => e.resource!.resourceType === 'ServiceRequest')).toBe(true);
    expect(document.querySelector('.export-status')).toHaveTextContent(/made on this device/);
  }, 60_000);
});
