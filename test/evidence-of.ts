// Tests read a finding's evidence by key without naming its id's type (the id is what they test).

import type { Finding } from '../src/model/finding.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ev(f: Finding | undefined): Record<string, any> {
  return Object.fromEntries(Object.entries(f?.evidence ?? {}));
}
