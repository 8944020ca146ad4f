// `perfgate inspect` lists a Go trace's user annotations: in JSON as the summary's `annotations`
// field, in text as tables of task types, region types and log categories.

import { describe, expect, it } from 'vitest';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import { defaultLimits } from '../src/model/limits.js';
import { inspectArtifact } from '../src/report/inspect/index.js';
import { renderInspectText } from '../src/report/inspect/render-inspect-text.js';

describe('inspect lists Go trace annotations', () => {
  it('as tables in text and as data in JSON (legacy 1.21 trace)', async () => {
    const summary = inspectArtifact(await importFile('fixtures/gotrace/annotations/go1.21.trace', defaultLimits));
    const annotations = summary['annotations'] as { regions: Record<string, { count: number }> };
    expect(annotations.regions['db.query']?.count).toBe(48);
    const text = renderInspectText(summary);
    expect(text).toMatch(/^task types:\n {2}type +count +never ended +p50 ms +p95 ms +max ms\n/m);
    expect(text).toMatch(/^ {2}order +24 +0 +\d+\.\d{3}/m);
    expect(text).toMatch(/^ {2}watch +1 +1 +- +- +-$/m);
    expect(text).toMatch(/^ {2}db\.query +48 +0 +3 +\d+ +\d+\.\d{3}/m);
    const logs = [
      '  category       count',
      '  order.done        24',
      '  order.id          24',
      '  payment.retry      8',
      '  serve              1',
    ];
    expect(text).toContain(['log categories:', ...logs].join('\n'));
    expect(text).not.toContain('annotations:');
  });

  it('escapes control characters in type names', () => {
    const text = renderInspectText({ annotations: { tasks: {}, regions: {}, logs: { 'evil\u001b[31m': 2 } } });
    expect(text).not.toContain('\u001b');
  });
});
