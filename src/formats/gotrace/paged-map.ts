// A Map<number, V> for goroutine ids with memory that follows the live goroutines, not the ids
// handed out. Go gives ids out in sequence, so the live ones sit in a few runs of nearby ids: ids
// are grouped in pages of 256 slots, found through a table indexed by id/256 (two array loads per
// lookup, for the per-event state), and a page is freed some time after its last goroutine ends. A program
// that starts millions of short goroutines keeps a handful of pages and a table 256 times smaller
// than an array indexed by id (which grew to 32 MB per map at 4M ids). Pages are capped at 64 plus
// one per 8 live entries, and ids beyond 2^26 are not paged, so ids spread on purpose fall back to
// a plain Map instead of a page each. Same get/set/has/delete/size surface as Map.

const pageBits = 8;
const pageSize = 1 << pageBits;
const pagedLimit = 2 ** 26;

interface Page<V> {
  slots: (V | undefined)[];
  used: number;
  /** In the queue of emptied pages. */
  queued: boolean;
}

export class PagedMap<V> {
  private table: (Page<V> | undefined)[] = [];
  private pageCount = 0;
  private readonly empty: number[] = [];
  private readonly far = new Map<number, V>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Pages allocated, emptied ones that are kept included. */
  get pages(): number {
    return this.pageCount;
  }

  get(id: number): V | undefined {
    if (id >= 0 && id < pagedLimit) {
      const v = this.table[id >>> pageBits]?.slots[id & (pageSize - 1)];
      if (v !== undefined || this.far.size === 0) return v;
    }
    return this.far.get(id);
  }

  has(id: number): boolean {
    return this.get(id) !== undefined;
  }

  set(id: number, value: V): this {
    const paged = id >= 0 && id < pagedLimit;
    let page = paged ? this.table[id >>> pageBits] : undefined;
    const at = id & (pageSize - 1);
    if (page?.slots[at] !== undefined) {
      page.slots[at] = value;
      return this;
    }
    if (this.far.size > 0 && this.far.has(id)) {
      this.far.set(id, value);
      return this;
    }
    this.count++;
    if (paged && !page && this.pageCount < 64 + this.count / 8) page = this.addPage(id >>> pageBits);
    if (!page) {
      this.far.set(id, value);
      return this;
    }
    page.slots[at] = value;
    page.used++;
    return this;
  }

  delete(id: number): boolean {
    const page = id >= 0 && id < pagedLimit ? this.table[id >>> pageBits] : undefined;
    const at = id & (pageSize - 1);
    if (page?.slots[at] !== undefined) {
      page.slots[at] = undefined;
      this.count--;
      if (--page.used === 0 && !page.queued) this.emptied(page, id >>> pageBits);
      return true;
    }
    if (!this.far.delete(id)) return false;
    this.count--;
    return true;
  }

  /** Every entry, paged ids in increasing order, then the others in insertion order. */
  forEach(fn: (value: V, id: number) => void): void {
    for (let key = 0; key < this.table.length; key++) {
      const slots = this.table[key]?.slots;
      if (!slots) continue;
      for (let at = 0; at < pageSize; at++) {
        const v = slots[at];
        if (v !== undefined) fn(v, key * pageSize + at);
      }
    }
    for (const [id, v] of this.far) fn(v, id);
  }

  /**
   * An emptied page stays for a while: a goroutine that ends before the next one starts would
   * otherwise free and re-create its page each time. The oldest of more than 32 empty pages go.
   */
  private emptied(page: Page<V>, key: number): void {
    page.queued = true;
    this.empty.push(key);
    if (this.empty.length <= 32) return;
    const old = this.empty.shift() ?? -1;
    const oldPage = this.table[old];
    if (!oldPage) return;
    oldPage.queued = false;
    if (oldPage.used !== 0) return; // in use again
    this.table[old] = undefined;
    this.pageCount--;
  }

  private addPage(key: number): Page<V> {
    const page: Page<V> = { slots: new Array<V | undefined>(pageSize).fill(undefined), used: 0, queued: false };
    while (this.table.length <= key) this.table.push(undefined);
    this.table[key] = page;
    this.pageCount++;
    return page;
  }
}
