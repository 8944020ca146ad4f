// Builds a one-sample-type Profile from root-first frame-name stacks: one function and one
// location per distinct frame name. Used by folded stacks; any name-only stack source can use it.

import type { ParsedArtifact } from '../../model/artifact.js';
import type { Profile, ValueType } from '../../model/profile.js';
import { SampleColumnsBuilder } from '../../model/profile-samples.js';
import type { ImportContext } from '../importer.js';

export class ProfileBuilder {
  private readonly locationByName = new Map<string, number>();
  private readonly profile: Omit<Profile, 'samples'>;
  private readonly samples: SampleColumnsBuilder;
  sampleCount = 0;
  /** Stacks cut to maxDepth (at the root end). */
  cutCount = 0;

  constructor(
    sampleType: ValueType,
    private readonly maxDepth: number,
  ) {
    this.profile = {
      kind: 'folded',
      sampleTypes: [sampleType],
      defaultSampleType: sampleType.type,
      locations: [],
      functions: [],
      mappings: [],
      periodType: undefined,
      period: 0,
      durationNanos: 0,
      timeNanos: 0,
      comments: [],
      dropFrames: '',
      keepFrames: '',
    };
    this.samples = new SampleColumnsBuilder(1);
  }

  /** Adds one stack, root first, with its value. */
  add(rootFirst: string[], value: number): void {
    if (rootFirst.length > this.maxDepth) this.cutCount += 1;
    const frames = rootFirst.length > this.maxDepth ? rootFirst.slice(rootFirst.length - this.maxDepth) : rootFirst;
    for (let i = frames.length - 1; i >= 0; i--) this.samples.frame(this.locationFor(frames[i] as string));
    this.samples.addValue(0, value);
    this.samples.end();
    this.sampleCount += 1;
  }

  build(): Profile {
    return { ...this.profile, samples: this.samples.build(this.profile.locations.length) };
  }

  private locationFor(name: string): number {
    const known = this.locationByName.get(name);
    if (known !== undefined) return known;
    const functionIndex = this.profile.functions.push({ name, systemName: name, filename: '', startLine: 0 }) - 1;
    const index =
      this.profile.locations.push({
        mappingIndex: -1,
        address: 0n,
        lines: [{ functionIndex, line: 0, column: 0 }],
        isFolded: false,
      }) - 1;
    this.locationByName.set(name, index);
    return index;
  }
}

/** The artifact of a stack-text importer, noting stacks cut at maxStackDepth. */
export function stackArtifact(format: string, builder: ProfileBuilder, ctx: ImportContext): ParsedArtifact {
  if (builder.cutCount > 0) {
    const message = `stacks deeper than maxStackDepth=${ctx.limits.maxStackDepth} were cut at the root end`;
    ctx.diagnostics.add('limits.stack-depth', message, ctx.path, builder.cutCount);
  }
  return { format, content: { type: 'profile', profile: builder.build() }, diagnostics: ctx.diagnostics.list() };
}
