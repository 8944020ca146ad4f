// The `--fail-on` flag shared by compare, ab and merge.

import type { FailOn } from '../model/config.js';
import { UsageError } from './main.js';

export function parseFailOn(value: string | undefined): FailOn | undefined {
  if (value === undefined || value === 'fail' || value === 'warn' || value === 'never') return value;
  throw new UsageError(`--fail-on must be fail, warn or never, not '${value}'`);
}
