// Every property test runs with a fixed fast-check seed, so CI is repeatable and a failure can be
// replayed: fast-check prints "seed: N, path: …" with the counterexample. PROPERTY_SEED=<n>
// explores other inputs. A test that passes its own `seed` (fuzz-importers: FUZZ_SEED) keeps it.
// Loaded for every test file by vitest.config.ts (setupFiles).

import fc from 'fast-check';

export const propertySeed = Number(process.env['PROPERTY_SEED'] ?? 20261204);

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: propertySeed });
