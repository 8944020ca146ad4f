// Tests read and build a profile's samples as objects (model/profile-samples.ts keeps them in
// columns); these convert both ways.

import type { Profile, Sample } from '../src/model/profile.js';
import { sampleAt, sampleColumnsOf } from '../src/model/profile-samples.js';

export function samplesOf(profile: Pick<Profile, 'samples'>): ReturnType<typeof sampleAt>[] {
  return Array.from({ length: profile.samples.count }, (_, s) => sampleAt(profile.samples, s));
}

export function withSamples<P extends Profile>(profile: P, samples: readonly Sample[]): P {
  return { ...profile, samples: sampleColumnsOf(samples, profile.sampleTypes.length) };
}
