// Culprit-first verdicts on injected regressions (fixtures/culprit, made by
// fixtures/_gen/make-culprit.sh from the service in fixtures/_gen/culprit): the first culprit row
// names the injected user function, or for a lowered GOGC the GC class row with the health
// finding that explains it; no runtime or standard-library frame is a row of its own where a user
// caller explains it; the first screen of the comment shows the culprit.

import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCompare } from '../src/engine/compare.js';
import { defaultConfig } from '../src/model/config.js';
import { culpritRows } from '../src/report/culprits.js';
import { renderMarkdown } from '../src/report/markdown/render-markdown.js';

const runsOf = (dir: string): string[] =>
  ['run1', 'run2', 'run3'].map((r) => `fixtures/culprit/${dir}/${r}`).filter((p) => existsSync(p));

async function compareVariant(variant: string) {
  const config = { ...defaultConfig(), modules: ['example.com/svc'] };
  const { report } = await runCompare({ baseDirs: runsOf('base'), headDirs: runsOf(variant), config, jobs: 1 });
  return {
    report,
    culprits: culpritRows(report.findings),
    firstScreen: renderMarkdown(report).split('\n').slice(0, 25).join('\n'),
  };
}

const userFirst: [string, string][] = [
  ['slow', 'example.com/svc.applyDiscount'],
  ['alloc', 'example.com/svc.encodeLines'],
  ['fmt', 'example.com/svc.EncodeReceipt'],
  ['mutex', 'example.com/svc.(*Store).Reserve'],
  ['leak', 'example.com/svc.Checkout'],
];

describe('culprit attribution on injected variants', () => {
  it.each(userFirst)(
    '%s: the first culprit row is %s',
    async (variant, culprit) => {
      const { culprits, firstScreen } = await compareVariant(variant);
      expect(culprits[0]?.name).toBe(culprit);
      expect(firstScreen).toContain(culprit.slice(culprit.lastIndexOf('/') + 1));
      // Runtime and standard-library frames appear only as classes or charged to a user function.
      expect(culprits.filter((c) => c.kind === 'frame').map((c) => c.name)).toEqual([]);
    },
    60_000,
  );

  it('fmt: fmt.Sprintf is charged to EncodeReceipt, not a row of its own', async () => {
    const { culprits } = await compareVariant('fmt');
    expect(culprits[0]?.attribution.via.map((v) => v.function)).toContain('fmt.Sprintf');
    expect(culprits.some((c) => c.name.startsWith('fmt.') || c.name.startsWith('sync.'))).toBe(false);
  }, 60_000);

  it('gogc: the first row is a GC class, explained by gc.frequency', async () => {
    const { culprits, firstScreen } = await compareVariant('gogc');
    expect(culprits[0]?.kind).toBe('class');
    expect(culprits[0]?.name).toMatch(/^runtime: GC /);
    expect(culprits[0]?.attribution.costClass?.health).toContain('gc.frequency');
    expect(firstScreen).toContain('gc.frequency');
  }, 60_000);

  it('leak: a GC class row on the first screen names goroutine.leak', async () => {
    const { culprits, firstScreen } = await compareVariant('leak');
    const gc = culprits.slice(0, 5).find((c) => c.kind === 'class' && c.name.startsWith('runtime: GC'));
    expect(gc?.attribution.costClass?.health).toContain('goroutine.leak');
    expect(firstScreen).toContain('goroutine.leak');
  }, 60_000);
});

describe('npm run demo', () => {
  it('shows the regressed benchmarks and findPrice and formatReceipt as culprits in its first 25 lines', async () => {
    const { main } = await import('../src/cli/main.js');
    let stdout = '';
    const argv = ['compare', '--base', 'fixtures/demo/base', '--head', 'fixtures/demo/head', '--fail-on', 'never'];
    await main(argv, { out: (t) => (stdout += t), err: () => undefined, now: () => '2026-01-01T00:00:00.000Z' });
    const first = stdout.split('\n').slice(0, 25).join('\n');
    for (const name of ['BenchmarkFindPrice', 'BenchmarkCheckout', 'shop.findPrice', 'shop.formatReceipt'])
      expect(first).toContain(name);
    expect(first).toMatch(/culprit `example\.com\/shop\.findPrice`/);
  }, 60_000);
});
