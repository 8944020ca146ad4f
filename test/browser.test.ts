// The interactive flame graph page in a real headless Chromium (Debian's /usr/bin/chromium, which
// .ci/run installs): frames are drawn, a click zooms, search highlights exactly the matching
// frames and totals them, tooltips show base/head/change, there are no console errors and no
// network requests, the screenshot is not blank, and XSS payloads as function names run nothing.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCompare } from '../src/engine/compare.js';
import { writeFlameGraphs } from '../src/engine/write-flamegraphs.js';
import { defaultConfig } from '../src/model/config.js';
import { renderFlameGraphHtml } from '../src/report/flamegraph/render-html.js';
import { renderFlameGraphSvg } from '../src/report/flamegraph/render-svg.js';
import { sideTables } from '../src/report/flamegraph/side-tables.js';
import { Browser, chromiumAvailable, chromiumPath, pngColourCount, type Page } from './browser-cdp.js';
import { caseGraph } from './flamegraph-cases.js';

const available = chromiumAvailable();
const skipReason = `browser tests SKIPPED: ${chromiumPath} is missing (apt-get install -y chromium; .ci/run installs it)`;
if (!available) console.warn(skipReason);

/** The frame rows of the page's embedded data, with their element's box and state. */
const framesInPage = `(() => {
  const data = JSON.parse(document.getElementById('flame-data').textContent);
  return [...document.querySelectorAll('#chart .frame')].map((el) => {
    const row = data.frames[Number(el.dataset.index)];
    const r = el.getBoundingClientRect();
    return { name: data.names[row[0]], label: el.textContent, head: row[6], visible: !el.hidden && r.width > 0,
      match: el.classList.contains('match'), x: r.x, y: r.y, width: r.width, height: r.height, depth: row[2] };
  });
})()`;

interface PageFrame {
  name: string;
  label: string;
  head: number;
  visible: boolean;
  match: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

describe.skipIf(!available)(`flame graph page in headless Chromium${available ? '' : ` (${skipReason})`}`, () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'perfgate-browser-'));

  beforeAll(async () => {
    browser = await Browser.launch();
    const config = defaultConfig('2026-01-01T00:00:00.000Z');
    const request = { baseDirs: ['fixtures/demo/base'], headDirs: ['fixtures/demo/head'], config };
    const { report, base, head } = await runCompare(request);
    await writeFlameGraphs({ dir: join(dir, 'demo'), base, head, report, config });
    const hostile = caseGraph('hostile');
    writeFileSync(
      join(dir, 'hostile.html'),
      renderFlameGraphHtml(hostile, sideTables([], undefined, 'folded', hostile.sampleType)),
    );
    writeFileSync(join(dir, 'hostile.svg'), renderFlameGraphSvg(hostile));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string): Promise<Page> {
    const page = await browser.newPage(1400, 900);
    await page.goto(pathToFileURL(join(dir, file)).href);
    return page;
  }

  it('draws the demo CPU graph, zooms on click, searches, shows tooltips, and stays offline', async () => {
    const page = await open('demo/cpu-cpu.html');
    expect(await page.evaluate('document.body.dataset.ready')).toBe('true');
    const chartWidth = await page.evaluate<number>("document.getElementById('chart').getBoundingClientRect().width");
    let frames = await page.evaluate<PageFrame[]>(framesInPage);
    const visible = frames.filter((f) => f.visible);
    expect(visible.length).toBeGreaterThan(50);
    expect(frames[0]?.width).toBeCloseTo(chartWidth, 0);

    const png = await page.screenshot();
    writeFileSync(join(dir, 'demo-cpu.png'), png);
    writeFileSync('/tmp/perfgate-flamegraph.png', png);
    const image = pngColourCount(png);
    expect(image).toMatchObject({ width: 1400, height: 900 });
    expect(image.colours).toBeGreaterThan(50);

    // hover: the tooltip says base, head and change
    const findPrice = visible
      .filter((f) => f.name === 'example.com/shop.findPrice')
      .sort((a, b) => b.width - a.width)[0] as PageFrame;
    await page.hover(findPrice.x + findPrice.width / 2, findPrice.y + findPrice.height / 2);
    const tip = await page.evaluate<string>(
      "document.getElementById('tooltip').hidden ? '' : document.getElementById('tooltip').textContent",
    );
    expect(tip).toMatch(/^example\.com\/shop\.findPrice\nhead: .+ · base: .+\ntotal change: \+/);

    // click zooms: findPrice fills the chart, frames outside its subtree are hidden
    await page.click(findPrice.x + findPrice.width / 2, findPrice.y + findPrice.height / 2);
    frames = await page.evaluate<PageFrame[]>(framesInPage);
    const zoomed = frames.find(
      (f) => f.visible && f.name === findPrice.name && f.depth === findPrice.depth,
    ) as PageFrame;
    expect(zoomed.width).toBeCloseTo(chartWidth, 0);
    expect(frames.filter((f) => f.visible).length).toBeLessThan(visible.length / 3);
    expect(frames.some((f) => f.visible && f.name === 'example.com/shop.formatReceipt')).toBe(false);
    await page.evaluate("document.getElementById('reset').click()");
    frames = await page.evaluate<PageFrame[]>(framesInPage);
    expect(frames.filter((f) => f.visible).length).toBe(visible.length);

    // search highlights exactly the frames whose name matches, and totals them once
    await page.evaluate("document.getElementById('search').focus()");
    await page.type('findPrice');
    frames = await page.evaluate<PageFrame[]>(framesInPage);
    const expected = frames.filter((f) => f.name.toLowerCase().includes('findprice'));
    expect(expected.length).toBeGreaterThan(1);
    expect(frames.filter((f) => f.match).map((f) => f.name)).toEqual(expected.map((f) => f.name));
    const summary = await page.evaluate<string>("document.getElementById('matches').textContent");
    expect(summary).toMatch(
      new RegExp(`^${expected.length} matching frames · [\\d.,]+m?s \\(\\d+\\.\\d\\d% of head\\)$`),
    );
    const highlighted = await page.evaluate<string>(
      "getComputedStyle(document.querySelector('.frame.match')).backgroundColor",
    );
    expect(highlighted).toBe('rgb(210, 42, 216)');
    writeFileSync(join(dir, 'demo-cpu-search.png'), await page.screenshot());

    // the regression table sits beside the graph
    const table = await page.evaluate<string>("document.getElementById('regressions').textContent");
    expect(table).toContain('example.com/shop.findPrice');

    expect(page.errors()).toEqual([]);
    const requests = page.events('Network.requestWillBeSent').map((e) => (e.params['request'] as { url: string }).url);
    expect(requests).toEqual([pathToFileURL(join(dir, 'demo/cpu-cpu.html')).href]);
  });

  it('runs no script from hostile function names and shows them as text', async () => {
    const page = await open('hostile.html');
    expect(await page.evaluate('document.body.dataset.ready')).toBe('true');
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(
      await page.evaluate("document.querySelectorAll('img, iframe, svg, b, style:not(:first-of-type)').length"),
    ).toBe(0);
    expect(await page.evaluate("document.querySelectorAll('script').length")).toBe(2);
    const frames = await page.evaluate<PageFrame[]>(framesInPage);
    expect(frames.map((f) => f.name)).toContain('<img src=x onerror="window.__xss=1">');
    const img = frames.find((f) => f.name === '<img src=x onerror="window.__xss=1">' && f.visible) as PageFrame;
    expect(img.label).toBe(img.name);
    await page.hover(img.x + img.width / 2, img.y + img.height / 2);
    expect(await page.evaluate<string>("document.getElementById('tooltip').textContent")).toMatch(
      /^<img src=x onerror="window.__xss=1">\n/,
    );
    await page.evaluate("document.getElementById('search').focus()");
    await page.type('__xss');
    const after = await page.evaluate<PageFrame[]>(framesInPage);
    expect(after.filter((f) => f.match).map((f) => f.name)).toEqual(
      after.filter((f) => f.name.includes('__xss')).map((f) => f.name),
    );
    expect(after.filter((f) => f.match).length).toBe(8);
    await page.click(img.x + img.width / 2, img.y + img.height / 2);
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(page.events('Page.javascriptDialogOpening')).toEqual([]);
    expect(page.errors()).toEqual([]);
    writeFileSync(join(dir, 'hostile.png'), await page.screenshot());
  });

  it('runs no script from the static SVG either', async () => {
    const page = await open('hostile.svg');
    expect(await page.evaluate("document.querySelectorAll('g.f').length")).toBeGreaterThan(10);
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
    expect(await page.evaluate("document.querySelectorAll('script, img, iframe, foreignObject').length")).toBe(0);
    expect(page.errors()).toEqual([]);
  });
});
