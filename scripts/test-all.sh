#!/usr/bin/env bash
# Runs every suite and ends with one line "N passed, N failed" summing all of them.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p tests/artifacts
status=0

bash scripts/ensure-browser.sh || status=1

echo "== lint and format check (biome)"
npm run --silent lint || status=1

echo "== typecheck"
npx tsc -b || status=1

echo "== unit, rule, machine and component tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=tests/artifacts/unit.json || status=1

echo "== production build"
npx vite build --logLevel warn || status=1

echo "== end-to-end tests in Debian Chromium"
npx vitest run --config tests/e2e/vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=tests/artifacts/e2e.json || status=1

node -e '
const fs = require("node:fs");
let passed = 0, failed = 0;
for (const f of ["tests/artifacts/unit.json", "tests/artifacts/e2e.json"]) {
  if (!fs.existsSync(f)) { failed += 1; console.error(`missing report ${f}: counted as one failure`); continue; }
  const r = JSON.parse(fs.readFileSync(f, "utf8"));
  // A failed test counts once; a file that failed without a failed test (it did not load) counts as one more.
  // (numFailedTestSuites would count the file and each describe block around one failed test again.)
  const brokenFiles = r.testResults.filter((t) => t.status === "failed" && !t.assertionResults.some((a) => a.status === "failed")).length;
  passed += r.numPassedTests; failed += r.numFailedTests + brokenFiles;
}
if (process.argv[1] === "1" && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
' "$status"
