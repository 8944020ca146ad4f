// Turns the CPU samples recorded in a trace (runtime/pprof running while tracing) into a
// canonical CPU Profile, so a trace alone can feed the hotspot diff. Each sample stands for one
// profiler tick (100 Hz: 10 ms), as `go tool trace -pprof` and runtime/pprof count it.

import type { Location, Profile, ProfileFunction } from '../../model/profile.js';
import { sampleColumnsOf } from '../../model/profile-samples.js';
import type { ResolvedFrame } from './events.js';

const periodNs = 10_000_000;

export interface CpuSamplesData {
  /** Each location as its frame. */
  frames: ResolvedFrame[];
  samples: { locations: number[]; count: number }[];
}

export class CpuProfileBuilder {
  private readonly functions: ProfileFunction[] = [];
  private readonly locations: Location[] = [];
  private readonly funcIndex = new Map<string, number>();
  private readonly locIndex = new Map<string, number>();
  private readonly samples = new Map<string, { locations: number[]; values: number[]; labels: [] }>();

  add(stack: readonly ResolvedFrame[], count = 1): void {
    const locs = stack.map((f) => this.location(f));
    const key = locs.join(',');
    const seen = this.samples.get(key);
    if (seen) {
      seen.values[0]! += count;
      seen.values[1]! += count * periodNs;
    } else {
      this.samples.set(key, { locations: locs, values: [count, count * periodNs], labels: [] });
    }
  }

  /**
   * The samples so far, stacks in the order first seen: replayed with `add` into another builder
   * they give the locations, functions and samples in the order one builder fed everything gives.
   */
  exportSamples(): CpuSamplesData {
    const frames = this.locations.map((loc): ResolvedFrame => {
      const line = loc.lines[0];
      const fn = this.functions[line?.functionIndex ?? -1];
      return { pc: Number(loc.address), func: fn?.name ?? '', file: fn?.filename ?? '', line: line?.line ?? 0 };
    });
    const samples = [...this.samples.values()].map((s) => ({ locations: s.locations, count: s.values[0] ?? 0 }));
    return { frames, samples };
  }

  get count(): number {
    return this.samples.size;
  }

  build(durationNanos: number): Profile {
    return {
      kind: 'trace-cpu',
      sampleTypes: [
        { type: 'samples', unit: 'count' },
        { type: 'cpu', unit: 'nanoseconds' },
      ],
      defaultSampleType: 'cpu',
      samples: sampleColumnsOf([...this.samples.values()], 2),
      locations: this.locations,
      functions: this.functions,
      mappings: [],
      periodType: { type: 'cpu', unit: 'nanoseconds' },
      period: periodNs,
      durationNanos,
      timeNanos: 0,
      comments: ['CPU samples recorded in a Go execution trace'],
      dropFrames: '',
      keepFrames: '',
    };
  }

  private location(f: ResolvedFrame): number {
    const key = `${f.pc}|${f.func}|${f.file}|${f.line}`;
    let idx = this.locIndex.get(key);
    if (idx === undefined) {
      idx = this.locations.length;
      this.locations.push({
        mappingIndex: -1,
        address: BigInt(Math.trunc(f.pc)),
        lines: [{ functionIndex: this.function(f), line: f.line, column: 0 }],
        isFolded: false,
      });
      this.locIndex.set(key, idx);
    }
    return idx;
  }

  private function(f: ResolvedFrame): number {
    const key = `${f.func}|${f.file}`;
    let idx = this.funcIndex.get(key);
    if (idx === undefined) {
      idx = this.functions.length;
      this.functions.push({ name: f.func, systemName: f.func, filename: f.file, startLine: 0 });
      this.funcIndex.set(key, idx);
    }
    return idx;
  }
}
