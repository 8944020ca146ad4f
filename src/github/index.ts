// Entry point of dist/index.js, the Action. The full Action (record/compare/comment modes,
// baselines, sticky comment) is built on the same engine as the CLI; see src/github/run.ts.

import { run } from './run.js';

await run();
