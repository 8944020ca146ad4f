// `perfgate compare --flamegraph DIR` on the demo runs: the files for every diffed profile kind
// and sample type, an index, and a diff profile our own importer reads back.

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { defaultLimits } from '../src/model/limits.js';
import { samplesOf } from './sample-objects.js';

describe('perfgate compare --flamegraph', () => {
  it('writes SVG, HTML, folded stacks per side (default sample type) and the diff profile for the demo', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'perfgate-fg-')), 'out');
    let out = '';
    let err = '';
    const io = {
      out: (t: string) => void (out += t),
      err: (t: string) => void (err += t),
      now: () => '2026-01-01T00:00:00.000Z',
    };
    const code = await main(
      [
        'compare',
        '--base',
        'fixtures/demo/base',
        '--head',
        'fixtures/demo/head',
        '--fail-on',
        'never',
        '--flamegraph',
        dir,
      ],
      io,
    );
    expect(code).toBe(0);
    expect(out).toContain('perfgate');
    expect(err).toMatch(/wrote 31 flame graph files to .*out/);
    const files = readdirSync(dir).sort();
    const stems = [
      'allocs-alloc_objects',
      'allocs-alloc_space',
      'allocs-inuse_objects',
      'allocs-inuse_space',
      'block-contentions',
      'block-delay',
      'cpu-cpu',
      'mutex-contentions',
      'mutex-delay',
    ];
    const expected = [
      ...['allocs', 'block', 'cpu', 'mutex'].map((k) => `${k}.diff.pb.gz`),
      ...stems.flatMap((s) => [`${s}.html`, `${s}.svg`]),
      // folded stacks for each kind's default sample type only
      ...['allocs-alloc_space', 'block-delay', 'cpu-cpu', 'mutex-delay'].flatMap((s) => [
        `${s}.base.folded`,
        `${s}.head.folded`,
      ]),
      'index.html',
    ].sort();
    expect(files).toEqual(expected);
    const diff = await importFile(join(dir, 'cpu.diff.pb.gz'), defaultLimits);
    if (diff.content.type !== 'profile') throw new Error('not a profile');
    expect(diff.content.profile.kind).toBe('cpu');
    expect(
      samplesOf(diff.content.profile).some((s) => s.labels.some((l) => l.key === 'pprof::base' && l.str === 'true')),
    ).toBe(true);
    expect(readFileSync(join(dir, 'cpu-cpu.head.folded'), 'utf8')).toMatch(/example\.com\/shop\.findPrice.* \d+\n/);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toContain('href="cpu-cpu.html"');
  });
});

describe('the comment links the flame graphs', () => {
  it('names the HTML flame graphs of the regressed profiles when the report artifact is linked', async () => {
    const { runCompare } = await import('../src/engine/compare.js');
    const { defaultConfig } = await import('../src/model/config.js');
    const { renderMarkdown } = await import('../src/report/markdown/render-markdown.js');
    const request = {
      baseDirs: ['fixtures/demo/base'],
      headDirs: ['fixtures/demo/head'],
      config: defaultConfig('2026-01-01T00:00:00.000Z'),
    };
    const linked = await runCompare({
      ...request,
      links: { artifact: 'https://github.com/o/r/actions/runs/1/artifacts/2' },
    });
    expect(renderMarkdown(linked.report)).toContain(
      'Differential flame graphs of the regressed profiles in [the report artifact](https://github.com/o/r/actions/runs/1/artifacts/2): `cpu-cpu.html`',
    );
    const local = await runCompare(request);
    expect(renderMarkdown(local.report)).not.toContain('Differential flame graphs');
  });
});
