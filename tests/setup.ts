// Setup of the jsdom project (component tests): jest-dom matchers, and testing-library's waits
// (findBy…, waitFor) allowed 20 s instead of 1 s, so they hold on a busy machine; a test that
// passes still passes as soon as the screen is ready.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 20_000 });
