// Where a run ran: CPU model, logical cores, GOMAXPROCS, GOOS/GOARCH, Go version, the runner image
// (ImageOS/ImageVersion on GitHub's hosted runners) and the kernel. Read from the artifacts
// themselves (bench `cpu:`/`goos:`/`goarch:` lines, the Go trace header and GOMAXPROCS) and,
// by the engine, from the machine; a band or a cross-job comparison uses it to tell runners apart.

import type { Run } from './artifact.js';

export type RunnerFingerprint = {
  /** `AMD EPYC 7763 64-Core Processor`, whitespace collapsed. */
  cpuModel?: string;
  logicalCores?: number;
  gomaxprocs?: number;
  goos?: string;
  goarch?: string;
  /** `go1.23.4` from a bench config line, or the releases a trace header names (`go1.23–go1.24`). */
  goVersion?: string;
  imageOS?: string;
  imageVersion?: string;
  kernel?: string;
};

const maxField = 200;

export function cleanField(value: string | undefined): string | undefined {
  const cleaned = value?.replace(/\s+/g, ' ').trim().slice(0, maxField);
  return cleaned ? cleaned : undefined;
}

/** What the runs' own files say about where they ran (the first value found of each field). */
export function fingerprintFromRuns(runs: readonly Run[]): RunnerFingerprint {
  const fp: RunnerFingerprint = {};
  for (const run of runs) {
    for (const a of run.artifacts) {
      if (a.content.type === 'bench') {
        for (const r of a.content.bench.results) {
          fp.cpuModel ??= cleanField(r.config['cpu']);
          fp.goos ??= cleanField(r.config['goos']);
          fp.goarch ??= cleanField(r.config['goarch']);
          fp.goVersion ??= cleanField(r.config['go']);
          if (r.procs > 1) fp.gomaxprocs ??= r.procs;
        }
      } else if (a.content.type === 'go-trace') {
        const s = a.content.summary;
        if (s.gomaxprocs > 0) fp.gomaxprocs ??= s.gomaxprocs;
        if (s.writtenBy.length > 0) fp.goVersion ??= goRange(s.writtenBy);
      }
    }
  }
  return fp;
}

function goRange(writtenBy: readonly string[]): string {
  const first = writtenBy[0] ?? '';
  const last = writtenBy[writtenBy.length - 1] ?? '';
  return first === last ? `go${first}` : `go${first}–go${last}`;
}

/** The runs' own fields first, the machine's for the rest. */
export function mergeFingerprints(fromRuns: RunnerFingerprint, machine: RunnerFingerprint): RunnerFingerprint {
  return { ...machine, ...stripUndefined(fromRuns) };
}

function stripUndefined(fp: RunnerFingerprint): RunnerFingerprint {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fp)) if (v !== undefined) out[k] = v;
  return out;
}

/** True or false when both sides name a CPU model; undefined when one does not. */
export function sameCpuModel(a: RunnerFingerprint | undefined, b: RunnerFingerprint | undefined): boolean | undefined {
  if (!a?.cpuModel || !b?.cpuModel) return undefined;
  return a.cpuModel === b.cpuModel;
}

/** One line: `AMD EPYC 7763, 4 cores, GOMAXPROCS 4, linux/amd64, go1.23.4, ubuntu24 20250105.1`. */
export function describeFingerprint(fp: RunnerFingerprint | undefined): string {
  if (!fp) return 'unknown runner';
  const parts: string[] = [];
  if (fp.cpuModel) parts.push(fp.cpuModel);
  if (fp.logicalCores) parts.push(`${fp.logicalCores} cores`);
  if (fp.gomaxprocs) parts.push(`GOMAXPROCS ${fp.gomaxprocs}`);
  if (fp.goos || fp.goarch) parts.push(`${fp.goos ?? '?'}/${fp.goarch ?? '?'}`);
  if (fp.goVersion) parts.push(fp.goVersion);
  if (fp.imageOS) parts.push(`${fp.imageOS}${fp.imageVersion ? ` ${fp.imageVersion}` : ''}`);
  if (fp.kernel) parts.push(`kernel ${fp.kernel}`);
  return parts.length > 0 ? parts.join(', ') : 'unknown runner';
}
