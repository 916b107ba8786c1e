// npm run mutation: mutation testing of the engine and the machine with Stryker (not in CI).
// The machine is shared and small, so one test process at a time; narrow a run with
//   npx stryker run --mutate src/engine/definition.ts
// The report is written to tests/artifacts/mutation/ (index.html, report.json).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.mutation.config.ts', related: false },
  mutate: ['src/engine/**/*.ts', 'machines/**/*.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'tests/artifacts/mutation/index.html' },
  jsonReporter: { fileName: 'tests/artifacts/mutation/report.json' },
  tempDirName: '.stryker-tmp',
  // Stryker rewrites tsconfig paths through the TypeScript compiler API, which TypeScript 7 no longer
  // has; the sandbox sits inside the project, so no path needs rewriting: point it at no file.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  thresholds: { high: 90, low: 80, break: null },
};
