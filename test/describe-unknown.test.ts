// A file perfgate does not read is refused with what it appears to be, not a generic message.

import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../src/engine/read-inputs/import-file.js';
import { defaultLimits } from '../src/model/limits.js';

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await importBytes(bytes, 'input', defaultLimits);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  return 'read';
}

describe('refusals name the kind of file', () => {
  it('go tool pprof -top output', async () => {
    const top = readFileSync('fixtures/pprof/go1.26/cpu.pb.gz.top.samples');
    expect(await refusal(top)).toMatch(/`go tool pprof -top` text output/);
  });
  it('an executable', async () => {
    const head = new Uint8Array(4096);
    const fd = openSync(process.execPath, 'r');
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    expect(await refusal(head)).toMatch(/ELF executable/);
  });
  it('a Chrome trace', async () => {
    const chrome = '{"traceEvents":[{"name":"a","ph":"X","ts":1,"dur":2,"pid":1,"tid":1}]}';
    expect(await refusal(new TextEncoder().encode(chrome))).toMatch(/Chrome trace-event JSON/);
  });
  it('a goroutine dump (debug=2)', async () => {
    const dump = 'goroutine 1 [running]:\nmain.main()\n\t/src/main.go:9 +0x1d\n';
    expect(await refusal(new TextEncoder().encode(dump))).toMatch(/Go goroutine dump/);
  });
  it('anything else keeps the general message', async () => {
    expect(await refusal(new TextEncoder().encode('%% notes %%\n'))).toMatch(/not a format perfgate reads/);
  });
});
