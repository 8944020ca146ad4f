// Hostile names end to end: a pprof profile whose function and file names are the corpus in
// fixtures/hostile/names.json (plus a 100k-character name), base and head runs with every hostile
// function regressed, compared by the real engine and rendered as the sticky comment, the job
// summary, JSON, SVG and HTML flame graphs, folded stacks and annotations. Nothing may escape:
// no markup, links, pings, marker spoofing, table breakouts or workflow commands from input.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompare, type CompareOutcome } from '../src/engine/compare.js';
import { collectSide } from '../src/engine/read-inputs/read-runs.js';
import { writeFlameGraphs } from '../src/engine/write-flamegraphs.js';
import { ProfileBuilder } from '../src/formats/folded/profile-builder.js';
import { encodeProfileGzip } from '../src/formats/pprof/write-profile.js';
import { annotateRegressions, annotationCommand } from '../src/github/annotations.js';
import { renderWithContext } from '../src/github/report-text.js';
import { defaultConfig } from '../src/model/config.js';
import { commentMarker, renderMarkdown, summaryLimit } from '../src/report/markdown/render-markdown.js';
import { renderJson } from '../src/report/render-json.js';
import { outsideCode, withoutOwnTags } from './markdown-inert.js';

const corpus: string[] = [
  ...(JSON.parse(readFileSync('fixtures/hostile/names.json', 'utf8')) as string[]),
  `long${'x'.repeat(100_000)}`,
];
const root = mkdtempSync(join(tmpdir(), 'perfgate-hostile-'));
afterAll(() => {
  if (!process.env['KEEP']) rmSync(root, { recursive: true, force: true });
});

/** Writes 5 runs per side; head spends 3× as long in every named function. */
function writeRuns(dir: string, names: readonly string[], files: readonly string[]): void {
  for (const side of ['base', 'head'] as const) {
    for (let run = 1; run <= 5; run++) {
      const builder = new ProfileBuilder({ type: 'samples', unit: 'count' }, 4096);
      builder.add(['main', 'steady'], 5000 + run * 7);
      names.forEach((name, i) =>
        builder.add(['main', name], (side === 'head' ? 3000 : 100) + ((run * 37 + i * 11) % 50)),
      );
      const profile = builder.build();
      profile.functions.forEach((f, i) => (f.filename = files[i % files.length] as string));
      const runDir = join(dir, side, `run${run}`);
      mkdirSync(runDir, { recursive: true });
      writeFileSync(join(runDir, 'cpu.pb.gz'), encodeProfileGzip(profile));
    }
  }
}

interface Rendered {
  outcome: CompareOutcome;
  comment: string;
  summary: string;
  json: string;
  svg: string[];
  html: string[];
  folded: string[];
  annotations: string[];
}

async function renderAll(dir: string, names: readonly string[]): Promise<Rendered> {
  const hostileFiles = ['../../../../etc/passwd', '/etc/shadow', 'src/a.go\n::error::x', ...names.slice(0, 5)];
  writeRuns(dir, names, hostileFiles);
  const config = defaultConfig('2026-11-27T00:00:00.000Z');
  // 33 functions share the regression: let each one count, however small its share.
  config.hotspots.warn.sharePoints = 0;
  config.hotspots.fail.sharePoints = 0;
  const baseDirs = [join(dir, 'base')];
  const headDirs = [join(dir, 'head')];
  const outcome = await runCompare({ baseDirs, headDirs, config, key: 'default' });
  const base = await collectSide('base', baseDirs, config.limits);
  const head = await collectSide('head', headDirs, config.limits);
  const written = await writeFlameGraphs({
    dir: join(dir, 'flame'),
    base: base.runs,
    head: head.runs,
    report: outcome.report,
    config,
  });
  const read = (suffix: string) => written.filter((p) => p.endsWith(suffix)).map((p) => readFileSync(p, 'utf8'));
  const annotations: string[] = [];
  annotateRegressions(outcome.report.findings, dir, [], (line) => annotations.push(line));
  // Annotate every regression as if its file were in the workspace, to test the command itself.
  for (const f of outcome.report.findings.filter((x) => x.id === 'hotspot.regression'))
    annotations.push(annotationCommand('error', f, String(f.evidence['file'] ?? ''), 1));
  return {
    outcome,
    comment: renderMarkdown(outcome.report),
    summary: renderWithContext(outcome.report, [], summaryLimit, true),
    json: renderJson(outcome.report),
    svg: read('.svg'),
    html: read('.html'),
    folded: read('.folded'),
    annotations,
  };
}

let hostile: Rendered;
let benign: Rendered;

beforeAll(async () => {
  hostile = await renderAll(join(root, 'hostile'), corpus);
  benign = await renderAll(
    join(root, 'benign'),
    corpus.map((_, i) => `example.com/shop.fn${i}`),
  );
}, 120_000);

describe('the pipeline sees the hostile names', () => {
  it('regresses them (so they reach every table)', () => {
    const keys = hostile.outcome.report.findings.filter((f) => f.id === 'hotspot.regression').map((f) => f.subject.key);
    expect(keys.length).toBeGreaterThanOrEqual(10);
    expect(keys).toContain('<script>alert(1)</script>');
    expect(hostile.comment).toContain('alert');
  });
});

describe.each(['comment', 'summary'] as const)('markdown %s', (which) => {
  const md = () => hostile[which];
  it('has exactly one hidden marker, ours, on the first line', () => {
    expect(md().indexOf(commentMarker('default'))).toBe(0);
    // Spoofed markers may appear only as code (rendered literally); the finder matches line 1 only.
    expect(outsideCode(md()).match(/<!--/g)?.length).toBe(1);
    expect(outsideCode(md()).match(/perfgate:comment:/g)?.length).toBe(1);
  });
  it('has no markup, links, images or pings from input outside code spans', () => {
    const text = outsideCode(md());
    const ours = withoutOwnTags(text);
    expect(ours).not.toMatch(/<[a-zA-Z!/?]/);
    expect(text).not.toMatch(/\]\(|!\[|\]:/);
    expect(text).not.toMatch(/https?:\/\/evil/);
    expect(text).not.toMatch(/@octocat|#123|#45/);
    expect(text).not.toMatch(/javascript:/i);
    expect(text).not.toMatch(/\$\{\{/);
  });
  it('keeps every table row in its columns and every name on its line', () => {
    const text = outsideCode(md());
    const lines = text.split('\n');
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
      const columns = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      for (let j = i; j < lines.length && lines[j]?.startsWith('|'); j++)
        expect(columns(lines[j] as string), lines[j]).toBe(columns(line));
    }
    expect(md()).not.toMatch(/^## Injected heading/m);
    expect(md()).not.toMatch(/^\| injected/m);
    expect(md()).not.toMatch(/^```$/m);
    expect(md()).not.toMatch(/^::/m);
  });
  it('has no bidi overrides, control characters or 100k-character names', () => {
    // eslint-disable-next-line no-control-regex -- the test is that no NUL or ESC reaches the comment
    expect(md()).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u0000\u001b\r]/);
    expect(md()).not.toContain('x'.repeat(1000));
    expect(md().length).toBeLessThan(which === 'comment' ? 65_536 : summaryLimit);
  });
});

describe('JSON report', () => {
  it('is valid JSON that keeps names as data', () => {
    const doc = JSON.parse(hostile.json) as { findings: { subject: { key: string } }[] };
    expect(doc.findings.map((f) => f.subject.key)).toContain('</script><script>alert(1)</script>');
  });
});

describe('flame graphs', () => {
  it('were written for both runs', () => {
    expect(hostile.svg.length).toBeGreaterThan(0);
    expect(hostile.html.length).toBe(benign.html.length);
  });
  // Same structure, different names: any markup a name added would change these counts.
  // Attributes are counted in tags with their (escaped, so unbreakable) quoted values removed.
  const markup = (s: string) => {
    const tags = (s.match(/<[^>]*>/g) ?? []).map((t) => t.replace(/"[^"]*"|'[^']*'/g, '""')).join(' ');
    return {
      tags: (s.match(/</g) ?? []).length,
      scripts: (s.match(/<script/gi) ?? []).length,
      handlers: (tags.match(/\son[a-z]+\s*=/gi) ?? []).length,
      hrefs: (tags.match(/(href|src)\s*=/gi) ?? []).length,
      // Fetches happen from tags and style sheets, not from text nodes (where names are).
      fetches: (
        `${tags} ${(s.match(/<style[^>]*>[\s\S]*?<\/style>/gi) ?? []).join(' ')}`.match(
          /url\(|@import|<link|<iframe|<object|<embed|<image/gi,
        ) ?? []
      ).length,
    };
  };
  it('SVG: hostile names add no markup, handlers or fetches', () => {
    hostile.svg.forEach((svg, i) =>
      expect(
        markup(svg),
        svg
          .match(/<[^>]*(url\(|@import|\son[a-z]+=|href=|src=)[^>]*>/gi)
          ?.slice(0, 3)
          .join('\n'),
      ).toEqual(markup(benign.svg[i] as string)),
    );
    for (const svg of hostile.svg) expect(svg).not.toMatch(/[\u202a-\u202e\u2066-\u2069]|x{1000}/);
  });
  it('HTML: hostile names add no markup, scripts, handlers or fetches', () => {
    hostile.html.forEach((html, i) => expect(markup(html)).toEqual(markup(benign.html[i] as string)));
    for (const html of hostile.html) expect(html).not.toMatch(/<\/script><script>alert/i);
    // Names reach the page as script-safe JSON and the DOM as text: no HTML parsing of data.
    for (const html of hostile.html)
      expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });
  it('folded stacks keep one stack per line', () => {
    hostile.folded.forEach((text, i) =>
      expect(text.split('\n').length).toBe((benign.folded[i] as string).split('\n').length),
    );
  });
});

describe('annotations', () => {
  it('never point outside the workspace', () => {
    expect(hostile.annotations.filter((l) => /file=/.test(l) && !/line=1,/.test(l))).toEqual([]);
  });
  it('are one workflow command each, with properties that cannot end early', () => {
    expect(hostile.annotations.length).toBeGreaterThan(0);
    for (const line of hostile.annotations) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).toMatch(/^::(error|warning) /);
      const props = line.slice(line.indexOf(' ') + 1, line.indexOf('::', 2));
      expect(props).not.toMatch(/::/);
      for (const prop of props.split(',')) expect(prop).toMatch(/^(file|line|title)=[^:,]*$/);
      expect(line).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(line.length).toBeLessThan(5000);
    }
  });
});

describe('hostile benchmark names (go test -bench output) in the benchmark table', () => {
  // A benchmark name is one field: the corpus without whitespace (and NUL, which makes the
  // file binary to the sniffer: it would be skipped, not read).
  // eslint-disable-next-line no-control-regex -- NUL is stripped on purpose (see above)
  const names = corpus.map((n, i) => `Benchmark${n.replace(/[\s\u0000]+/g, '')}_${i}`);
  let md = '';
  beforeAll(async () => {
    const dir = join(root, 'bench');
    for (const side of ['base', 'head'] as const) {
      for (let run = 1; run <= 5; run++) {
        const lines = ['goos: linux', 'goarch: amd64', 'pkg: example.com/shop'];
        for (const [i, name] of names.entries())
          for (let k = 0; k < 5; k++)
            lines.push(`${name}-8 \t 1000\t ${(side === 'head' ? 2000 : 1000) + ((run * 7 + k * 3 + i) % 20)} ns/op`);
        mkdirSync(join(dir, side, `run${run}`), { recursive: true });
        writeFileSync(join(dir, side, `run${run}`, 'bench.txt'), `${lines.join('\n')}\nPASS\n`);
      }
    }
    const { report } = await runCompare({
      baseDirs: [join(dir, 'base')],
      headDirs: [join(dir, 'head')],
      config: defaultConfig('2026-11-27T00:00:00.000Z'),
    });
    expect(report.findings.filter((f) => f.id.startsWith('bench')).length).toBeGreaterThan(5);
    md = renderMarkdown(report);
  }, 60_000);
  it('reach the comment only as inert text', () => {
    expect(md).toContain('alert');
    const text = outsideCode(md);
    expect(outsideCode(md).match(/<!--/g)?.length).toBe(1);
    expect(
      text.replace(/<\/?(details|summary|sub|sup|br|b)>/g, '').replace(/^<!-- perfgate:comment:default -->/, ''),
    ).not.toMatch(/<[a-zA-Z!/?]/);
    expect(text).not.toMatch(/\]\(|!\[|@octocat|#123|https?:\/\/evil/);
    expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069\r]|x{1000}/);
  });
});
