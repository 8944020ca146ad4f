// Pulls bytes from an async chunk iterator into a window, so readers can ask for "the next n
// bytes" without holding the whole input. Bytes once in the window are never moved or
// overwritten while a view of them may be in use, so a v2 generation keeps its batches without
// copies. The window lives in slabs of `slabBytes` the stream owns: input chunks are copied in
// and die young (V8 frees their memory at the next scavenge, while a chunk held for a whole
// generation would reach the old generation and wait, tens of MB at a time, for a full GC), and
// every chunk is copied before the next is asked for, so a source may reuse its buffer (the engine
// reads files into the same two buffers). A reader that calls `release(offset)` lets the stream
// reuse the slabs before that offset, so a 250 MB trace is read in a few slabs.

/** Size of the stream's own buffers; a request larger than this gets a buffer of its size. */
export const slabBytes = 4 * 1024 * 1024;

/** Slabs kept for reuse once released. */
const spareSlabs = 2;

export class ByteStream {
  private buf: Uint8Array = new Uint8Array(0);
  /** Absolute offset of `buf[0]`. */
  private bufAt = 0;
  private start = 0;
  private end = 0;
  private done = false;
  private readonly it: AsyncIterator<Uint8Array>;
  /** The input chunk being copied in, from `chunkAt`. */
  private chunk: Uint8Array = new Uint8Array(0);
  private chunkAt = 0;
  /** Earlier slabs of the stream's own, with the absolute offset their bytes end at; tracked once a reader releases. */
  private readonly filled: { bytes: Uint8Array; endsAt: number }[] = [];
  private readonly spare: Uint8Array[] = [];
  private recycling = false;

  /** `slab` is the size of the stream's buffers (small ones in tests, to reuse them often). */
  constructor(
    chunks: AsyncIterable<Uint8Array>,
    private readonly slab = slabBytes,
  ) {
    this.it = chunks[Symbol.asyncIterator]();
  }

  /** Absolute offset of the next unread byte. */
  get offset(): number {
    return this.bufAt + this.start;
  }

  get available(): number {
    return this.end - this.start;
  }

  /** Makes at least `n` bytes available; false when the input ends first. */
  async ensure(n: number): Promise<boolean> {
    while (this.end - this.start < n) {
      if (this.chunkAt === this.chunk.length) {
        const next = this.done ? undefined : await this.it.next();
        if (!next || next.done) {
          this.done = true;
          break;
        }
        this.chunk = next.value;
        this.chunkAt = 0;
        continue;
      }
      if (this.buf.length - this.start < n) this.newSlab(n);
      const take = Math.min(this.chunk.length - this.chunkAt, this.buf.length - this.end);
      this.buf.set(this.chunk.subarray(this.chunkAt, this.chunkAt + take), this.end);
      this.end += take;
      this.chunkAt += take;
    }
    return this.end - this.start >= n;
  }

  /** The unread bytes in the window (a view that stays valid until released). */
  view(): Uint8Array {
    return this.buf.subarray(this.start, this.end);
  }

  skip(n: number): void {
    this.start += n;
  }

  /** The reader will not use views of bytes before `offset` again: their slabs may be reused. */
  release(offset: number): void {
    this.recycling = true;
    while (this.filled.length > 0 && this.filled[0]!.endsAt <= offset) {
      const slab = this.filled.shift()!.bytes;
      if (this.spare.length < spareSlabs) this.spare.push(slab);
    }
  }

  /** Moves the unread bytes to a fresh (or reused) slab with room for `n` bytes from its start. */
  private newSlab(n: number): void {
    const next = (n <= this.slab ? this.spare.pop() : undefined) ?? new Uint8Array(Math.max(this.slab, n));
    const live = this.end - this.start;
    next.set(this.buf.subarray(this.start, this.end), 0);
    this.retire();
    this.bufAt += this.start;
    this.buf = next;
    this.start = 0;
    this.end = live;
  }

  /** Remembers the current slab for reuse once released (views of it may still be in use). */
  private retire(): void {
    if (this.recycling && this.buf.length === this.slab)
      this.filled.push({ bytes: this.buf, endsAt: this.bufAt + this.end });
  }
}

/** Wraps a whole byte array as a one-chunk stream. */
export async function* oneChunk(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield await Promise.resolve(bytes);
}
