// The canonical profile model: pprof's profile.proto with string indexes resolved and ids
// turned into array indexes. Folded stacks and Go trace CPU samples map onto it too.
// Spec: github.com/google/pprof/proto/profile.proto; copy in src/formats/pprof/profile.proto.

import type { SampleColumns } from './profile-samples.js';

export interface ValueType {
  type: string;
  unit: string;
}

export interface ProfileFunction {
  name: string;
  systemName: string;
  filename: string;
  startLine: number;
}

/** One frame of a location; a location holds several when functions were inlined. */
export interface Line {
  /** Index into `Profile.functions`. */
  functionIndex: number;
  line: number;
  column: number;
}

export interface Location {
  /** Index into `Profile.mappings`, or -1 when unknown. */
  mappingIndex: number;
  address: bigint;
  /** Innermost (inlined) frame first, the caller it was inlined into last. */
  lines: Line[];
  isFolded: boolean;
}

export interface Mapping {
  memoryStart: bigint;
  memoryLimit: bigint;
  fileOffset: bigint;
  filename: string;
  buildId: string;
  hasFunctions: boolean;
  hasFilenames: boolean;
  hasLineNumbers: boolean;
  hasInlineFrames: boolean;
}

export interface Label {
  key: string;
  str?: string;
  num?: number;
  numUnit?: string;
}

/** One sample as an object: what producers hand to the columns' builder (profile-samples.ts). */
export interface Sample {
  /** Indexes into `Profile.locations`, leaf first. */
  locations: ArrayLike<number>;
  /** One value per sample type. */
  values: ArrayLike<number>;
  labels: readonly Label[];
}

/** Which Go profile this is, inferred from its sample types. */
export type ProfileKind =
  | 'cpu'
  /** CPU samples recorded inside a Go execution trace. */
  | 'trace-cpu'
  | 'heap'
  | 'allocs'
  | 'block'
  | 'mutex'
  | 'goroutine'
  | 'threadcreate'
  | 'folded'
  | 'other';

export interface Profile {
  kind: ProfileKind;
  sampleTypes: ValueType[];
  /** Name of the default sample type (pprof: `default_sample_type`, else the last one). */
  defaultSampleType: string;
  /** In columns: see profile-samples.ts. */
  samples: SampleColumns;
  locations: Location[];
  functions: ProfileFunction[];
  mappings: Mapping[];
  periodType: ValueType | undefined;
  period: number;
  durationNanos: number;
  timeNanos: number;
  comments: string[];
  dropFrames: string;
  keepFrames: string;
}
