// The report flags that compare and ab share (config, JSON and markdown outputs, fail-on, key,
// flame graphs), and the `--fail-on` check that merge uses too.

import type { FailOn } from '../model/config.js';
import { UsageError } from './cli-io.js';

export const reportOptions = {
  config: { type: 'string' },
  json: { type: 'string' },
  markdown: { type: 'string' },
  'fail-on': { type: 'string' },
  key: { type: 'string', default: 'default' },
  flamegraph: { type: 'string' },
} as const;

export function parseFailOn(value: string | undefined): FailOn | undefined {
  if (value === undefined || value === 'fail' || value === 'warn' || value === 'never') return value;
  throw new UsageError(`--fail-on must be fail, warn or never, not '${value}'`);
}
