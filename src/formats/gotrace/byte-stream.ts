// Pulls bytes from an async chunk iterator into a sliding window, so readers can ask for "the
// next n bytes" without holding the whole input. Bytes once in the window are never moved or
// overwritten, so views handed out stay valid: a v2 generation keeps its batches without copies.

export class ByteStream {
  private buf: Uint8Array = new Uint8Array(0);
  /** A caller's chunk used as the window: read-only for us. */
  private adopted: Uint8Array | undefined;
  private start = 0;
  private end = 0;
  /** Absolute offset of `buf[start]` in the input. */
  private consumed = 0;
  private done = false;
  private readonly it: AsyncIterator<Uint8Array>;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.it = chunks[Symbol.asyncIterator]();
  }

  /** Absolute offset of the next unread byte. */
  get offset(): number {
    return this.consumed;
  }

  get available(): number {
    return this.end - this.start;
  }

  /** Makes at least `n` bytes available; false when the input ends first. */
  async ensure(n: number): Promise<boolean> {
    while (this.end - this.start < n && !this.done) {
      const next = await this.it.next();
      if (next.done) this.done = true;
      else this.append(next.value);
    }
    return this.end - this.start >= n;
  }

  /** The unread bytes in the window (a view that stays valid). */
  view(): Uint8Array {
    return this.buf.subarray(this.start, this.end);
  }

  skip(n: number): void {
    this.start += n;
    this.consumed += n;
  }

  private append(chunk: Uint8Array): void {
    const live = this.end - this.start;
    if (live === 0 && chunk.length >= 1 << 16) {
      // Adopt a large chunk itself: no copy, and a whole-file chunk is never duplicated.
      this.buf = chunk;
      this.adopted = chunk;
      this.start = 0;
      this.end = chunk.length;
      return;
    }
    if (this.end + chunk.length > this.buf.length || this.buf === this.adopted) {
      // Bytes already handed out as views are never moved or overwritten: grow into a new buffer.
      const next = new Uint8Array(Math.max(1 << 16, 2 * (live + chunk.length)));
      next.set(this.buf.subarray(this.start, this.end), 0);
      this.buf = next;
      this.start = 0;
      this.end = live;
    }
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
  }
}

/** Wraps a whole byte array as a one-chunk stream. */
export async function* oneChunk(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield await Promise.resolve(bytes);
}
