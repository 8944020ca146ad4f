// Differential flame graphs: the diff tree (widths from head, ghosts for paths gone in head,
// tiny frames merged, base normalised), colours, and the SVG and HTML renderers, including
// hostile function names. Cases are data: fixtures/flamegraph/cases/NAME.{base,head}.folded,
// with NAME.svg.golden beside them (UPDATE_GOLDEN=1 rewrites; a mismatch leaves NAME.svg.got).

import { readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupProfiles, type ProfileGroup } from '../src/analysis/profile/group-profiles.js';
import { collectSide } from '../src/engine/read-inputs/read-runs.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';
import { buildFlameGraph } from '../src/report/flamegraph/build-flame-graph.js';
import { changeColour } from '../src/report/flamegraph/colour-scale.js';
import { flameGraphStem } from '../src/report/flamegraph/file-names.js';
import type { FlameFrame, FlameGraph } from '../src/report/flamegraph/flame-graph.js';
import { fitLabel, renderFlameGraphSvg } from '../src/report/flamegraph/render-svg.js';
import { renderFlameGraphHtml, scriptSafeJson } from '../src/report/flamegraph/render-html.js';
import { sideTables } from '../src/report/flamegraph/side-tables.js';
import { caseGraph, casesDir, folded } from './flamegraph-cases.js';
import { expectGolden } from './golden.js';
import { samplesOf, withSamples } from './sample-objects.js';

const byPath = (g: FlameGraph, path: string): FlameFrame => {
  const names = path.split(';');
  const frame = g.frames.find((f) => {
    const chain: string[] = [];
    for (let p: FlameFrame | undefined = f; p && p.parent >= 0; p = g.frames[p.parent]) chain.unshift(p.name);
    return chain.join(';') === names.join(';');
  });
  if (!frame) throw new Error(`no frame ${path}`);
  return frame;
};

const rgb = (c: string): number[] => (/rgb\((\d+),(\d+),(\d+)\)/.exec(c)?.slice(1) ?? []).map(Number);

describe('diff tree', () => {
  it('takes widths from head and keeps paths gone in head as ghost frames at base width', () => {
    const g = caseGraph('basic');
    expect(g.headTotal).toBe(100);
    expect(byPath(g, 'main;a;x')).toMatchObject({ head: 60, base: 30, kind: 'frame', width: 60 });
    expect(byPath(g, 'main;new')).toMatchObject({ head: 10, base: 0, kind: 'frame' });
    expect(byPath(g, 'main;gone')).toMatchObject({ head: 0, base: 20, kind: 'gone', width: 20 });
    expect(byPath(g, 'main;gone;deep')).toMatchObject({ kind: 'gone', width: 20 });
    // room for the ghost is added above it, so children always fit inside their parent
    expect(byPath(g, 'main').width).toBe(120);
    expect(g.layoutTotal).toBe(120);
    for (const f of g.frames.slice(1)) {
      const parent = g.frames[f.parent] as FlameFrame;
      expect(f.x).toBeGreaterThanOrEqual(parent.x);
      expect(f.x + f.width).toBeLessThanOrEqual(parent.x + parent.width + 1e-9);
      expect(f.depth).toBe(parent.depth + 1);
    }
  });

  it('colours growth red and shrinkage blue on one symmetric scale', () => {
    const g = caseGraph('basic');
    const [r1, , b1] = rgb(byPath(g, 'main;a;x').colour.self);
    const [r2, , b2] = rgb(byPath(g, 'main;b').colour.self);
    expect(r1).toBeGreaterThan(b1 as number);
    expect(b2).toBeGreaterThan(r2 as number);
    expect(g.maxChange.self).toBe(30); // +30 for x, −20 for b and gone;deep
    expect(changeColour(0, 30)).toBe(changeColour(0, 1));
    expect(changeColour(30, 30)).toBe(byPath(g, 'main;a;x').colour.self);
    expect(byPath(g, 'main;a').colour.self).toBe(changeColour(0, 30)); // no self change
    expect(byPath(g, 'main;a').colour.total).toBe(changeColour(30, g.maxChange.total));
  });

  it('normalises base to head by total, or not at all', () => {
    const base = folded(join(casesDir, 'basic.base.folded'));
    const doubled: Profile = {
      ...base,
      samples: withSamples(
        base,
        samplesOf(base).map((s) => ({ ...s, values: s.values.map((v) => v * 2) })),
      ).samples,
    };
    const head = folded(join(casesDir, 'basic.head.folded'));
    const input = { kind: 'folded', sampleType: { type: 'samples', unit: 'count' }, base: [[doubled]], head: [[head]] };
    const total = buildFlameGraph({ ...input, normalization: 'total' });
    expect(total.baseTotal).toBeCloseTo(100);
    expect(total.normalization).toMatch(/scaled ×0\.500 to head's total/);
    const none = buildFlameGraph({ ...input, normalization: 'none' });
    expect(none.baseTotal).toBe(200);
    expect(none.normalization).toMatch(/not normalised/);
  });

  it('averages over runs', () => {
    const base = folded(join(casesDir, 'basic.base.folded'));
    const head = folded(join(casesDir, 'basic.head.folded'));
    const g = buildFlameGraph({
      kind: 'folded',
      sampleType: { type: 'samples', unit: 'count' },
      base: [[base], [base]],
      head: [[head], [head], [head]],
      normalization: 'none',
    });
    expect(g.headTotal).toBeCloseTo(100);
    expect(g.baseTotal).toBeCloseTo(100);
  });

  it('merges frames under the size limit into one "other" frame instead of dropping them', () => {
    const g = caseGraph('tiny');
    const other = g.frames.filter((f) => f.kind === 'other');
    expect(other).toHaveLength(1);
    expect(other[0]).toMatchObject({ merged: 30, head: 60, name: 'other (30 small frames)' });
    expect(g.frames.some((f) => f.name.startsWith('small'))).toBe(false);
    expect(byPath(g, 'main').head).toBe(12060);
  });

  it('shows the demo regression in red where findPrice is', async () => {
    const base = await collectSide('base', ['fixtures/demo/base'], defaultLimits);
    const head = await collectSide('head', ['fixtures/demo/head'], defaultLimits);
    const cpu = groupProfiles(base.runs, head.runs).find((x) => x.kind === 'cpu') as ProfileGroup;
    const g = buildFlameGraph({
      kind: 'cpu',
      sampleType: { type: 'cpu', unit: 'nanoseconds' },
      base: cpu.base.map((r) => r.profiles),
      head: cpu.head.map((r) => r.profiles),
      normalization: 'total',
    });
    const findPrice = g.frames.filter((f) => f.name === 'example.com/shop.findPrice');
    expect(findPrice.length).toBeGreaterThan(0);
    for (const f of findPrice) expect(f.head - f.base).toBeGreaterThan(0);
    const [r, , b] = rgb((findPrice[0] as FlameFrame).colour.total);
    expect(r).toBeGreaterThan((b as number) + 40);
    expect(g.headTotal).toBeCloseTo(g.baseTotal, 3);
  });
});

describe('SVG', () => {
  const cases = readdirSync(casesDir)
    .filter((f) => f.endsWith('.head.folded'))
    .map((f) => f.replace(/\.head\.folded$/, ''));
  for (const name of cases) {
    it(`${name} equals its golden`, () => {
      const svg = renderFlameGraphSvg(caseGraph(name));
      expectGolden(join(casesDir, `${name}.svg.golden`), svg);
    });
  }

  it('has no script and one <title> tooltip per drawn frame', () => {
    const svg = renderFlameGraphSvg(caseGraph('basic'));
    expect(svg).not.toMatch(/<script|<[^>]*\son[a-z]+=|javascript:/i);
    expect(svg.match(/<g class="f /g)?.length).toBe(svg.match(/<title>/g)?.length);
    expect(svg).toContain('<title>x&#10;head: 60 (60.00%) · base: 30 (30.00%)&#10;total change: +30 (+100.0%)');
    expect(svg).toContain('Sample type samples (count)');
    expect(svg).toContain('Colour: self change');
  });

  it('renders hostile names as text only', () => {
    const svg = renderFlameGraphSvg(caseGraph('hostile'));
    expect(svg).not.toMatch(/<(img|script|svg onload|iframe|style>\*|b>)/i);
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+=/i); // no event-handler attribute in any tag
    expect(svg).not.toContain(']]>');
    expect(svg).not.toContain('\u202e');
    expect(svg).toContain('&#60;img src=x onerror=&#34;window.__xss=1&#34;&#62;');
    // every tag in the output is one of ours
    const tags = new Set([...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['g', 'rect', 'style', 'svg', 'text', 'title']);
  });

  it('cuts labels to the frame width', () => {
    expect(fitLabel('example.com/shop.findPrice', 10)).toBe('');
    expect(fitLabel('abcdefghij', 1000)).toBe('abcdefghij');
    expect(fitLabel('abcdefghijklmnop', 60)).toBe('abcdefg…');
  });
});

describe('HTML page', () => {
  let html = '';
  beforeAll(() => {
    html = renderFlameGraphHtml(
      caseGraph('hostile'),
      sideTables([], undefined, 'folded', { type: 'samples', unit: 'count' }),
    );
  });

  it('embeds JSON that cannot end the script element or break JavaScript', () => {
    expect(scriptSafeJson({ a: '</script><b>&\u2028\u2029' })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\\u2029"}',
    );
    const data = /<script type="application\/json" id="flame-data">([^]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(data.length).toBeGreaterThan(100);
    expect(data).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = JSON.parse(data) as { names: string[] };
    expect(parsed.names).toContain('</script><script>window.__xss=2</script>');
  });

  it('holds no markup from the profile and allows only its own inline script and style', () => {
    const outside = html.replace(/<script type="application\/json" id="flame-data">[^]*?<\/script>/, '');
    expect(outside).not.toContain('__xss');
    const tags = new Set([...outside.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]?.toLowerCase()));
    for (const tag of ['img', 'iframe', 'svg', 'b']) expect(tags.has(tag)).toBe(false);
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'/);
    const script = /<script>([^]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('names files safely', () => {
    expect(flameGraphStem('cpu', 'cpu')).toBe('cpu-cpu');
    expect(flameGraphStem('other', '../x y')).toBe('other-__x_y');
  });
});
