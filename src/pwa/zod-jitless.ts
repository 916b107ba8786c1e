// Import this FIRST in the browser entry (src/main.tsx), before any module that builds a zod schema.
//
// zod 4 compiles object parsers with `new Function` when it can, and probes for that with a
// `new Function("")` inside try/catch as soon as the first object schema is built. Under our CSP
// (script-src 'self', no 'unsafe-eval') the probe is blocked, which is harmless, but the browser
// still reports a `securitypolicyviolation` for it (seen in Chromium on the production build).
// jitless mode skips the probe and the compiled parsers: no eval at all, and a clean CSP report.
// zod's core holds the one global config that both zod and zod/mini read; importing the core keeps zod itself out of the first load.
import { config } from 'zod/v4/core';

config({ jitless: true });
