// A clock for the REST client and the pages push: it records every wait asked for and returns at
// once, so retry tests do not sleep, and reads a fixed time.

import type { Clock } from '../src/github/rest-client.js';

export function recordingClock(nowMs = 1_000_000_000): { clock: Clock; waits: number[] } {
  const waits: number[] = [];
  const clock: Clock = {
    nowMs: () => nowMs,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
  return { clock, waits };
}
