import { z } from "zod";

// zod 4 probes `new Function("")` to decide whether to compile parsers; our CSP forbids eval
// (no 'unsafe-eval'), so the probe is a logged violation in every browser. Parse without JIT.
z.config({ jitless: true });
