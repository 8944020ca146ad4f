// A Map<number, V> for goroutine ids: small non-negative ids (Go hands them out sequentially)
// index a packed array, anything else falls back to a Map. Same get/set/has/delete/size surface;
// it keeps the per-event state lookups of a long trace off the hash table.

const denseLimit = 1 << 22;

export class DenseMap<V> {
  private dense: (V | undefined)[] = new Array<V | undefined>(1024).fill(undefined);
  private readonly far = new Map<number, V>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(id: number): V | undefined {
    return id >= 0 && id < this.dense.length ? this.dense[id] : this.far.get(id);
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, value: V): this {
    if (id >= 0 && id < denseLimit) {
      if (id >= this.dense.length) this.grow(id);
      if (this.dense[id] === undefined) this.count++;
      this.dense[id] = value;
    } else {
      if (!this.far.has(id)) this.count++;
      this.far.set(id, value);
    }
    return this;
  }

  delete(id: number): boolean {
    if (id >= 0 && id < this.dense.length) {
      if (this.dense[id] === undefined) return false;
      this.dense[id] = undefined;
      this.count--;
      return true;
    }
    const had = this.far.delete(id);
    if (had) this.count--;
    return had;
  }

  private grow(id: number): void {
    let size = this.dense.length;
    while (size <= id) size *= 2;
    const old = this.dense.length;
    const next = this.dense.slice();
    next.length = Math.min(size, denseLimit);
    this.dense = next.fill(undefined, old);
  }
}
