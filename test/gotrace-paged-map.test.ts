// PagedMap (src/formats/gotrace/paged-map.ts) keeps goroutine state by id: it must behave exactly
// like a Map under any sequence of operations, including ids spread on purpose, negative ids and
// ids beyond 2^53 (a trace's ids are 64-bit), and its pages must follow the live entries.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PagedMap } from '../src/formats/gotrace/paged-map.js';

type Op = { kind: 'set' | 'delete' | 'get'; id: number; value: number };

const ids = fc.oneof(
  fc.integer({ min: 0, max: 2000 }), // nearby ids, as Go hands them out
  fc.integer({ min: 0, max: 2 ** 26 + 500 }), // spread over the paged range and past it
  fc.constantFrom(-1, 2 ** 53, 2 ** 64 - 1, 2 ** 26 - 1, 2 ** 26),
);
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom<Op['kind']>('set', 'set', 'delete', 'get'),
  id: ids,
  value: fc.integer(),
});

describe('PagedMap', () => {
  it('answers like a Map for any sequence of operations', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const paged = new PagedMap<{ v: number }>();
        const map = new Map<number, { v: number }>();
        for (const o of ops) {
          if (o.kind === 'set') {
            paged.set(o.id, { v: o.value });
            map.set(o.id, { v: o.value });
          } else if (o.kind === 'delete') expect(paged.delete(o.id)).toBe(map.delete(o.id));
          expect(paged.get(o.id)).toEqual(map.get(o.id));
          expect(paged.has(o.id)).toBe(map.has(o.id));
          expect(paged.size).toBe(map.size);
        }
        for (const id of map.keys()) expect(paged.get(id)).toEqual(map.get(id));
      }),
      { seed: 2026, numRuns: 200 },
    );
  });

  it('a million short-lived goroutines leave only the live ones paged', () => {
    const paged = new PagedMap<number>();
    const live: number[] = [];
    for (let id = 1; id <= 1_000_000; id++) {
      paged.set(id, id);
      live.push(id);
      if (live.length > 20) paged.delete(live.shift() ?? -1); // twenty alive at any time
    }
    paged.set(3, 3); // one long-lived goroutine with a low id keeps its page
    expect(paged.size).toBe(21);
    expect(paged.get(1_000_000)).toBe(1_000_000);
    expect(paged.get(999_979)).toBeUndefined();
    expect(paged.pages).toBeLessThanOrEqual(2 + 32); // the live run, the low id's page, ≤ 32 emptied
  });
});
