// The legacy event table keeps goroutine and stack ids in 32 bits until one does not fit: a wider
// id must widen its column without losing the ids already stored, and the rare third argument,
// kept aside, must read back as stored (0 when unset).

import { describe, expect, it } from 'vitest';
import { EventTable } from '../src/formats/gotrace/legacy/event-table.js';

describe('legacy event table', () => {
  it('widens an id column when an id needs more than 32 bits, keeping the ids before it', () => {
    const t = new EventTable(4);
    const ids = [1, 2 ** 31 - 1, 7, 2 ** 40 + 3, 2 ** 53 - 1, 5];
    for (const [k, id] of ids.entries()) {
      const i = t.push(k, 0, id, k * 10);
      t.setStack(i, id);
    }
    for (let i = 0; i < 1500; i++) t.push(1, 0, i, 100 + i); // grows past the first capacity
    ids.forEach((id, i) => {
      expect(t.g[i]).toBe(id);
      expect(t.stk[i]).toBe(id);
    });
    expect(t.g[6 + 1499]).toBe(1499);
    expect(t.g).toBeInstanceOf(Float64Array);
  });

  it('stays 32-bit while the ids fit', () => {
    const t = new EventTable(4);
    for (let i = 0; i < 2000; i++) t.setStack(t.push(0, 0, i, i), i * 3);
    expect(t.g).toBeInstanceOf(Int32Array);
    expect(t.stk[1999]).toBe(5997);
  });

  it('keeps the third argument aside', () => {
    const t = new EventTable();
    const a = t.push(0, 0, 1, 1);
    const b = t.push(0, 0, 1, 2);
    t.setArg(a, 2, 2 ** 50);
    expect(t.a2(a)).toBe(2 ** 50);
    expect(t.a2(b)).toBe(0);
    t.setArg(a, 2, 0);
    expect(t.a2(a)).toBe(0);
  });
});
