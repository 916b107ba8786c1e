import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant of src/engine/ and machines/ (npm run mutation): the
// node-environment tests of the engine, the rules and the machine. Component, PDF, CLI, lint and
// service-worker tests exercise the same code through slower layers and add little to the score.
export default defineConfig({
  test: {
    include: [
      'tests/unit/{case-schema,case-file,compare,conditions,examples,claims,editions,facts-reachable,guideline-schema,worklist}.test.ts',
      'tests/unit/{rules,properties,machine}-*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    // Each covering test runs once per mutant: properties run a tenth of their cases (tests/support/arbitrary-case.ts).
    env: { PROPERTY_RUN_SCALE: '0.1' },
  },
});
