// `perfgate history FILE [--html OUT]` on a history recorded from real runs (fixtures/history/:
// six GOGC=100 jobs, then the GOGC=50 job): the text names every series and marks the GOGC=50
// entry of GC cycles per iteration as outside the band; the HTML page is self-contained and inert,
// even when a benchmark name is hostile.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratchDir } from './history-helpers.js';

const tmp = scratchDir('perfgate-history-cmd-');

describe('perfgate history', () => {
  it('prints each series with bands and marks the GOGC change; writes an inert HTML page', async () => {
    const history = join(tmp, 'history.json');
    const jobs = [
      'gogc100/job01',
      'gogc100/job02',
      'gogc100/job03',
      'gogc100/job04',
      'gogc100/job05',
      'gogc100/job06',
      'gogc50/job01',
    ];
    for (const [i, job] of jobs.entries()) {
      const rec = await cli([
        'record',
        '--runs',
        join('fixtures/history', job),
        '--out',
        join(tmp, `rec${i}`),
        '--history',
        history,
        '--commit',
        `c${i}`.padEnd(12, '0'),
      ]);
      expect(rec.code).toBe(0);
    }
    const html = join(tmp, 'history.html');
    const { code, out } = await cli(['history', history, '--html', html]);
    expect(code).toBe(0);
    expect(out).toContain('7 entries');
    expect(out).toContain('example.com/gchistory.BenchmarkChurn-2 ns/op');
    const gc = out.split('\n\n').find((block) => block.startsWith('GC cycles per iteration')) ?? '';
    const lines = gc.split('\n').filter((l) => l.startsWith('  '));
    expect(lines).toHaveLength(7);
    expect(lines[6]).toContain('◀ regression');
    expect(lines.slice(0, 6).some((l) => l.includes('regression'))).toBe(false);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain("default-src 'none'");
    expect(page).not.toMatch(/<script|\b(src|href)=/i);
    expect(page.match(/<svg/g)?.length).toBeGreaterThanOrEqual(3);
    expect(page).toContain('class="bad"');
  });

  it('escapes hostile names in the HTML page', async () => {
    const doc = JSON.parse(readFileSync(join(tmp, 'history.json'), 'utf8')) as {
      entries: { benchmarks?: { name: string }[]; commit: { sha: string } }[];
    };
    for (const e of doc.entries) {
      for (const b of e.benchmarks ?? []) b.name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
      e.commit.sha = '"><svg onload=alert(3)>';
    }
    const path = join(tmp, 'hostile.json');
    writeFileSync(path, JSON.stringify(doc));
    const html = join(tmp, 'hostile.html');
    expect((await cli(['history', path, '--html', html])).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).not.toMatch(/<script|<img|<svg onload/i);
    expect(page).toContain('&#60;script&#62;');
  });

  it('refuses a file that is not a history', async () => {
    const path = join(tmp, 'not.json');
    writeFileSync(path, '{"schema":"something-else"}');
    expect((await cli(['history', path])).code).toBe(2);
  });
});
