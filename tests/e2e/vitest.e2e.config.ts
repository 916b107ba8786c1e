import { defineConfig } from 'vitest/config';

// End-to-end tests: real Debian Chromium (playwright-core) against the production build served by `vite preview`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
