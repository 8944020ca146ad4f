// The stack text formats read without a conversion step: `perf script` collapsed as
// stackcollapse-perf.pl does (the expected lines below are that script's output on this input,
// FlameGraph 41fee1f, `perl stackcollapse-perf.pl sample.perf`), bpftrace stack-count maps, and
// the function key rule shared by base and head (pprof -top's: by name; unsymbolized frames as
// `[binary]` or `<unknown>`).

import { describe, expect, it } from 'vitest';
import { flatCum } from '../src/analysis/profile/flat-cum.js';
import { functionKeys } from '../src/analysis/profile/function-keys.js';
import { bpftraceImporter } from '../src/formats/bpftrace/importer.js';
import { detectImporter } from '../src/formats/registry.js';
import { collapsePerf } from '../src/formats/perf-script/collapse-perf.js';
import { DiagnosticSink } from '../src/model/diagnostic.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';
import { sampleColumnsOf } from '../src/model/profile-samples.js';

const perfSample =
  [
    '# cmdline : /usr/bin/perf record -g ./app',
    'app 100/101 [000] 10.000001:     250000 cycles: ',
    '\t          4005d0 compute+0x10 (/srv/app)',
    '\t          400600 main+0x20 (/srv/app)',
    '\t    7f0000001000 __libc_start_main+0xf0 (/lib/x86_64-linux-gnu/libc.so.6)',
    '',
    'app 100/101 [000] 10.000002:     250000 cycles: ',
    '\t          4005d0 compute+0x10 (/srv/app)',
    '\t          400600 main+0x20 (/srv/app)',
    '\t    7f0000001000 __libc_start_main+0xf0 (/lib/x86_64-linux-gnu/libc.so.6)',
    '',
    'app 100/101 [000] 10.000003:          1 page-faults: ',
    '\t          4005d0 compute+0x10 (/srv/app)',
    '',
    'V8 WorkerThread 100/102 [001] 10.000004:     500000 cycles: ',
    '\t    7f00000020a0 v8::internal::Invoke(bool, v8::internal::Handle<v8::internal::Object>) (/usr/bin/node)',
    '\t    7f00000030b0 net/http.(*Client).Do+0x40 (/srv/app)',
    '\t            31ef [unknown] (/bin/dd)',
    '\t    7f2eb2b31c2c [unknown] ([unknown])',
    '',
    'java 200/201 [002] 10.000005:     250000 cycles: ',
    '\t    7f0000004000 Lorg/example/Foo;.bar(I)V (/tmp/perf-200.map)',
    '\t    7f0000005000 inlined_leaf->outer_fn+0x8 (/srv/app)',
    '\t    7f0000006000 "quoted;name" (/srv/app)',
    '',
    'app 100/101 [000] 10.000006:     250000 cycles: ',
    '\t          4005d0 compute+0x10 (/srv/app)',
  ].join('\n') + '\n';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('perf script', () => {
  it('collapses as stackcollapse-perf.pl does', () => {
    const collapsed = collapsePerf(perfSample);
    expect(Object.fromEntries(collapsed.stacks)).toEqual({
      'V8_WorkerThread;[unknown];[dd];net/http.(*Client).Do;v8::internal::Invoke': 500000,
      'app;__libc_start_main;main;compute': 500000,
      'java;quoted:name;inlined_leaf;outer_fn_[i];org/example/Foo:.bar': 250000,
    });
    expect(collapsed.filteredEvent).toBe('page-faults');
  });
  it('is detected by content', () => {
    expect(detectImporter(bytes(perfSample))?.id).toBe('perf-script');
  });
});

const bpftraceOutput = `Attaching 1 probe...
^C

@[
    compute+12
    main+40
    __libc_start_main+243
]: 7
@[
    do_syscall_64+91
    entry_SYSCALL_64_after_hwframe+68
,
    write+20
    main+52
]: 3
@[
    compute+16
    main+40
    __libc_start_main+243
]: 2
`;

describe('bpftrace stack maps', () => {
  it('reads ustack and kstack,ustack keys root first, offsets cut', () => {
    expect(detectImporter(bytes(bpftraceOutput))?.id).toBe('bpftrace');
    const ctx = { path: 'x', limits: defaultLimits, diagnostics: new DiagnosticSink() };
    const parsed = bpftraceImporter.parse?.(bytes(bpftraceOutput), ctx);
    if (parsed?.content.type !== 'profile') throw new Error('not a profile');
    const totals = flatCum(parsed.content.profile, 0);
    const row = (name: string) => [totals.flat[totals.keys.indexOf(name)], totals.cum[totals.keys.indexOf(name)]];
    expect(totals.total).toBe(12);
    expect(row('compute')).toEqual([9, 9]);
    expect(row('main')).toEqual([0, 12]);
    expect(row('do_syscall_64')).toEqual([3, 3]);
    expect(row('entry_SYSCALL_64_after_hwframe')).toEqual([0, 3]);
    expect(totals.keys).not.toContain(',');
  });
});

/** A two-sample profile: `f` from two files, and an unsymbolized leaf in `[vdso]`, one with no mapping. */
function profileWith(): Profile {
  const fn = (name: string, filename: string) => ({ name, systemName: name, filename, startLine: 0 });
  const mapping = (filename: string) => ({
    memoryStart: 0n,
    memoryLimit: 0n,
    fileOffset: 0n,
    filename,
    buildId: '',
    hasFunctions: false,
    hasFilenames: false,
    hasLineNumbers: false,
    hasInlineFrames: false,
  });
  const loc = (functionIndex: number | undefined, mappingIndex = -1) => ({
    mappingIndex,
    address: 0x1000n,
    isFolded: false,
    lines: functionIndex === undefined ? [] : [{ functionIndex, line: 1, column: 0 }],
  });
  return {
    kind: 'cpu',
    sampleTypes: [{ type: 'samples', unit: 'count' }],
    defaultSampleType: 'samples',
    functions: [fn('f', 'a.go'), fn('f', 'b.go'), fn('', 'c.go')],
    mappings: [mapping('/usr/lib/[vdso]'), mapping('/opt/app/bin/server')],
    locations: [loc(0), loc(1), loc(undefined, 0), loc(undefined), loc(2, 1)],
    samples: sampleColumnsOf(
      [
        { locations: [2, 0], values: [5], labels: [] },
        { locations: [3, 1], values: [2], labels: [] },
        { locations: [4, 1], values: [1], labels: [] },
      ],
      1,
    ),
    periodType: undefined,
    period: 0,
    durationNanos: 0,
    timeNanos: 0,
    comments: [],
    dropFrames: '',
    keepFrames: '',
  };
}

describe('function keys', () => {
  it('merge same-name functions and name unsymbolized frames as pprof -top does', () => {
    const profile = profileWith();
    expect([...functionKeys(profile).keys].sort()).toEqual(['<unknown>', '[[vdso]]', '[server]', 'f']);
    const totals = flatCum(profile, 0);
    const row = (name: string) => [totals.flat[totals.keys.indexOf(name)], totals.cum[totals.keys.indexOf(name)]];
    expect(row('f')).toEqual([0, 8]);
    expect(row('[[vdso]]')).toEqual([5, 5]);
    expect(row('<unknown>')).toEqual([2, 2]);
    expect(row('[server]')).toEqual([1, 1]);
  });
});
