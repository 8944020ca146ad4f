// Spread arguments (#18.4): `Math.max(...xs)` and `push(...xs)` throw a RangeError beyond ~130k
// values. Generated inputs past that size go through the CLI: one benchmark with 200k results
// per side through `compare`, and a profile whose flame graph has more than 130k frames through
// `compare --flamegraph`; the report and the markdown must be written. Plus the loop helpers and
// the Hodges–Lehmann selection that replaced a list of n·m differences, against brute force.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { kthDifference } from '../src/analysis/stats/pairwise-differences.js';
import { main } from '../src/cli/main.js';
import { ProfileBuilder } from '../src/formats/folded/profile-builder.js';
import { encodeProfileGzip } from '../src/formats/pprof/write-profile.js';
import { maxOf, minOf, pushAll } from '../src/model/extremes.js';
import { deepChainsProfile } from './hostile-pprof.js';

const root = mkdtempSync(join(tmpdir(), 'perfgate-spread-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(argv, { out: () => {}, err: (t) => (stderr += t), now: () => '2026-01-01T00:00:00.000Z' });
  return { code, stderr };
}

function benchOutput(results: number, shift: number): string {
  const lines = ['goos: linux', 'goarch: amd64', 'pkg: example.com/shop'];
  for (let i = 0; i < results; i++) lines.push(`BenchmarkCheckout-8\t1000\t${100 + shift + (i % 17)} ns/op`);
  return `${lines.join('\n')}\n`;
}

describe('past the spread limit', () => {
  it('compare reads one benchmark with 200k results per side and writes its report', async () => {
    for (const [side, shift] of [
      ['base', 0],
      ['head', 20],
    ] as const) {
      mkdirSync(join(root, 'bench', side, 'run1'), { recursive: true });
      writeFileSync(join(root, 'bench', side, 'run1', 'bench.txt'), benchOutput(200_000, shift));
    }
    const json = join(root, 'bench.json');
    const { code, stderr } = await cli([
      'compare',
      '--base',
      join(root, 'bench', 'base'),
      '--head',
      join(root, 'bench', 'head'),
      '--json',
      json,
    ]);
    expect(stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(code).toBe(1); // +17%: the gate fails, as it should, with a report
    const report = JSON.parse(readFileSync(json, 'utf8')) as {
      findings: { id: string; evidence: { stats: { nBase: number } } }[];
    };
    expect(report.findings.find((f) => f.id === 'bench.regression')?.evidence.stats.nBase).toBe(200_000);
  }, 240_000);

  it('compare --flamegraph draws a profile of more than 130k frames and still writes the markdown', async () => {
    const chains = 380;
    const depth = 350; // 380 × 350 = 133k frames, each chain 0.26% of the total (above the 0.1% merge)
    for (const side of ['base', 'head'] as const) {
      const builder = new ProfileBuilder({ type: 'samples', unit: 'count' }, 4096);
      // Chains part at the root: frames are paths, so 133k frames need only 730 function names.
      const chain = (c: number): string[] =>
        Array.from({ length: depth }, (_, d) => (d === 0 ? `example.com/deep.root${c}` : `example.com/deep.f${d}`));
      for (let c = 0; c < chains; c++) builder.add(chain(c), side === 'head' && c === 0 ? 400 : 100);
      mkdirSync(join(root, 'flame', side, 'run1'), { recursive: true });
      writeFileSync(join(root, 'flame', side, 'run1', 'cpu.pb.gz'), encodeProfileGzip(builder.build()));
    }
    const markdown = join(root, 'flame.md');
    const dir = join(root, 'flame-out');
    const { code, stderr } = await cli([
      'compare',
      '--base',
      join(root, 'flame', 'base'),
      '--head',
      join(root, 'flame', 'head'),
      '--flamegraph',
      dir,
      '--markdown',
      markdown,
      '--fail-on',
      'never',
    ]);
    expect(stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(code).toBe(0);
    expect(readFileSync(markdown, 'utf8')).toContain('perfgate:');
    const svg = readdirSync(dir).find((f) => f.endsWith('.svg'));
    expect(svg).toBeDefined();
    const frames = readFileSync(join(dir, svg ?? ''), 'utf8').match(/<rect/g)?.length ?? 0;
    expect(frames).toBeGreaterThan(130_000);
  }, 240_000);
  it('compare --flamegraph draws stacks as deep as max-stack-depth (4096) without recursing per frame', async () => {
    const depth = 4096;
    for (const side of ['base', 'head'] as const) {
      mkdirSync(join(root, 'deep', side, 'run1'), { recursive: true });
      writeFileSync(join(root, 'deep', side, 'run1', 'cpu.pb.gz'), deepChainsProfile(depth, 3, side === 'head'));
    }
    const dir = join(root, 'deep-out');
    const args = ['--base', join(root, 'deep', 'base'), '--head', join(root, 'deep', 'head')];
    const { code, stderr } = await cli(['compare', ...args, '--flamegraph', dir, '--fail-on', 'never']);
    expect(stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(code).toBe(0);
    const svg = readdirSync(dir).find((f) => f.endsWith('.svg'));
    const frames = readFileSync(join(dir, svg ?? ''), 'utf8').match(/<rect/g)?.length ?? 0;
    expect(frames).toBeGreaterThan(3 * (depth - 10)); // three chains that part below the tenth frame
  }, 240_000);
});

describe('loop helpers', () => {
  it('maxOf and minOf agree with Math.max and Math.min, and take 200k values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false })), (xs) => {
        expect(maxOf(xs)).toBe(Math.max(...xs));
        expect(minOf(xs)).toBe(Math.min(...xs));
      }),
      { seed: 184, numRuns: 300 },
    );
    const big = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 200_003);
    expect(() => Math.max(...big.concat(big))).toThrow(RangeError);
    expect(maxOf(big)).toBe(200_002);
    const out: number[] = [];
    pushAll(out, big.concat(big));
    expect(out).toHaveLength(400_000);
  });

  it('kthDifference selects what sorting every difference would', () => {
    const side = fc.array(
      fc.integer({ min: -20, max: 20 }).map((v) => v / 4),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(side, side, fc.nat(), (b, h, pick) => {
        const base = [...b].sort((x, y) => x - y);
        const head = [...h].sort((x, y) => x - y);
        const all = head.flatMap((y) => base.map((x) => y - x)).sort((x, y) => x - y);
        const k = (pick % all.length) + 1;
        expect(kthDifference(base, head, k, 4)).toBe(all[k - 1]);
      }),
      { seed: 1841, numRuns: 500 },
    );
  });
});
