// The order of runs: for every round one base and one head run per package, and the order of the
// two sides randomised in balanced pairs of rounds (AB then BA, or BA then AB), so each side runs
// first equally often and drift in time cancels. Seeded: the same seed gives the same order.

import type { Side } from '../../model/artifact.js';

export type RoundOrder = readonly [Side, Side];

const ab: RoundOrder = ['base', 'head'];
const ba: RoundOrder = ['head', 'base'];

/** The side order of each of `rounds` rounds. */
export function abbaOrder(rounds: number, seed: number): RoundOrder[] {
  const random = mulberry32(seed);
  const orders: RoundOrder[] = [];
  while (orders.length < rounds) {
    const pair = random() < 0.5 ? [ab, ba] : [ba, ab];
    orders.push(...pair);
  }
  return orders.slice(0, rounds);
}

/** A small seeded generator (mulberry32): uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
