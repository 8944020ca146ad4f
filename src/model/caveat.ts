// Caveats: what a reader must know about how a decision was made ("single run per side: noise
// model assumed"). Data, not prose: the code says which rule wrote it, so later rules (the
// cost-shift check) and renderers act on the code and never parse the text.

import { z } from 'zod';

export const caveatCodes = [
  'noise-model-assumed', // a single run per side: the Poisson noise model stands in for run-to-run noise
  'single-run-exact', // a single run per side of a benchmark: its unit taken as exact, warn only
  'too-few-runs', // fewer than 4 runs per side: a fixed tolerance instead of a test, warn only
  'too-many-tests', // too few runs for the number of benchmark comparisons: fixed tolerance also applies
  'warn-only-runs', // fewer than 5 runs per side: can warn, never fail
  'cost-shift', // the cost moved between functions: the enclosing benchmark did not rise
  'high-spread', // a function's run-to-run spread is far above the profile's: the figure and the remedy
  'cold-start', // base ran in another job and the history is short: time-like units can at most warn
] as const;

export const caveatSchema = z.object({ code: z.enum(caveatCodes), text: z.string() });

export type Caveat = z.infer<typeof caveatSchema>;
export type CaveatCode = Caveat['code'];
