// zod, set up once: every module that builds a schema imports `z` from here, never from 'zod'
// (tests/unit/zod-owner.test.ts checks), so the set-up always comes first and zod loads only with
// the code that needs it, never with the first screen.
//
// jitless: zod 4 compiles object parsers with `new Function` when it can, and probes for that with a
// `new Function("")` inside try/catch as soon as the first object schema is built. Under the app's
// CSP (script-src 'self', no 'unsafe-eval') the probe is blocked, which is harmless, but the browser
// still reports a `securitypolicyviolation` for it. jitless mode skips the probe and the compiled
// parsers: no eval at all, and a clean CSP report. Only in a page (where there is a document): Node (the CLI, the CDS Hooks
// service, the bench) has no CSP and keeps zod's compiled parsers, about three times faster there.
import { z } from 'zod';

if ('document' in globalThis) z.config({ jitless: true });

export { z };
