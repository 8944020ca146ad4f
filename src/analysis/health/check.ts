// The contract of one health check: runs over the base and head runs and returns findings.
// Checks are pure; thresholds come from `config`.

import type { z } from 'zod';
import type { Run } from '../../model/artifact.js';
import type { Config } from '../../model/config.js';
import type { Finding } from '../../model/finding.js';
import type { AnalysisContext } from '../analysis-context.js';

export interface HealthContext {
  base: Run[];
  head: Run[];
  config: Config;
  /** The history of base jobs and where head ran (bands from history; docs/statistics.md §6). */
  context?: AnalysisContext;
}

export interface HealthCheck {
  /** The finding id it emits, `area.kebab-problem`. */
  id: string;
  /** Its options in perfgate.yml (`checks: <id>: {...}`), kebab-case, besides `severity`; checked at load. */
  options?: Record<string, z.ZodType>;
  run(ctx: HealthContext): Finding[];
}
