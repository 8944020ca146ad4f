// CPU samples recorded in a Go trace feed the hotspot diff as their own profile kind.

import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../src/engine/compare.js';
import { defaultConfig } from '../src/model/config.js';

describe('a trace alone feeds the hotspot diff', () => {
  it('compares the CPU samples of base and head traces as trace-cpu', async () => {
    const root = mkdtempSync(join(tmpdir(), 'perfgate-trace-cpu-'));
    for (const side of ['base', 'head']) {
      mkdirSync(join(root, side));
      copyFileSync('fixtures/gotrace/go1.26.trace', join(root, side, 'trace.out'));
    }
    const { report } = await runCompare({
      baseDirs: [join(root, 'base')],
      headDirs: [join(root, 'head')],
      config: defaultConfig('2026-01-01T00:00:00Z'),
    });
    const cpu = report.comparisons.filter((c) => c.profileKind === 'trace-cpu');
    expect(cpu.map((c) => c.sampleType)).toEqual(['cpu']);
    expect(cpu[0]?.baseTotalMean).toBeGreaterThan(0);
    expect(cpu[0]?.baseTotalMean).toBe(cpu[0]?.headTotalMean);
    expect(report.findings.filter((f) => f.id === 'hotspot.regression')).toEqual([]);
  });
});
