// Writes profiles as folded stacks (`root;…;leaf value`, one line per distinct stack, sorted),
// the input of flamegraph.pl and speedscope. Inlined frames are written as frames of their own.
// The stacks are summed in a tree of frame names (src/model/stack-trie.ts), not as one string per
// sample, and the sorted lines come out in chunks: a 475k-sample heap profile (240 MB of text) is
// never one string.

import type { Profile } from '../../model/profile.js';
import { StackTrie } from '../../model/stack-trie.js';

/** The folded text of one profile's `sampleIndex` column. */
export function writeFolded(profile: Profile, sampleIndex: number): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of foldedChunks([{ profile, column: sampleIndex }])) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/**
 * The folded text (UTF-8) of several profiles summed (the runs of one side), each with the column
 * to read, in chunks of about `chunkBytes` bytes.
 */
export function* foldedChunks(
  inputs: readonly { profile: Profile; column: number }[],
  chunkBytes = 1 << 20,
): Generator<Uint8Array> {
  const trie = new StackTrie(1);
  for (const { profile, column } of inputs) if (column >= 0) trie.addProfile(profile, [column], framesOf(profile));
  yield* sortedLines(trie, chunkBytes);
}

/** Each location's frame names, root first; folded frames cannot hold `;` or line breaks. */
function framesOf(profile: Profile): string[][] {
  const names = profile.functions.map((f) => (f.name || '<unknown>').replace(/[;\r\n]/g, ' '));
  return profile.locations.map((loc) => {
    const frames: string[] = [];
    for (let j = loc.lines.length - 1; j >= 0; j--)
      frames.push(names[(loc.lines[j] as { functionIndex: number }).functionIndex] ?? '<unknown>');
    return frames;
  });
}

/** One step of the walk: a node's own line (`ends`) or its subtree, ordered by `key`. */
interface Entry {
  key: string;
  node: number;
  ends: boolean;
}

/**
 * Lines in the order of sorting the stack strings: under one parent, a child's own line sorts by
 * its name and its subtree by `name;`, so `f` < `f.func1;…` < `f;…`, as a string sort puts them.
 * Lines are copied as bytes: the stack's prefix is kept encoded and grows and shrinks with the walk.
 */
function* sortedLines(trie: StackTrie, chunkBytes: number): Generator<Uint8Array> {
  const out = new ByteChunks(chunkBytes);
  const prefix = new ByteChunks(4096);
  const encoded = new Map<string, Uint8Array>();
  const bytesOf = (key: string): Uint8Array => {
    let bytes = encoded.get(key);
    if (!bytes) encoded.set(key, (bytes = new TextEncoder().encode(key)));
    return bytes;
  };
  const line = (key: Uint8Array, node: number): void => {
    out.append(prefix.buffer, prefix.length);
    out.append(key, key.length);
    out.ascii(` ${trie.selfOf(node, 0)}\n`);
  };
  if (trie.ends[0]) line(new Uint8Array(0), 0);
  const stack: { prefixLength: number; entries: Entry[]; next: number }[] = [
    { prefixLength: 0, entries: entriesOf(trie, 0), next: 0 },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const entry = top.entries[top.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    prefix.length = top.prefixLength;
    const key = bytesOf(entry.key);
    if (entry.ends) line(key, entry.node);
    else {
      prefix.append(key, key.length);
      stack.push({ prefixLength: prefix.length, entries: entriesOf(trie, entry.node), next: 0 });
    }
    if (out.length >= chunkBytes) yield out.take();
  }
  if (out.length > 0) yield out.take();
}

/** A growable byte buffer handed out chunk by chunk. */
class ByteChunks {
  buffer: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  append(bytes: Uint8Array, count: number): void {
    this.reserve(count);
    this.buffer.set(count === bytes.length ? bytes : bytes.subarray(0, count), this.length);
    this.length += count;
  }

  /** A string of ASCII characters (a number, a space, a newline). */
  ascii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
  }

  take(): Uint8Array {
    const chunk = this.buffer.slice(0, this.length);
    this.length = 0;
    return chunk;
  }

  private reserve(count: number): void {
    if (this.length + count <= this.buffer.length) return;
    const next = new Uint8Array(Math.max(this.buffer.length * 2, this.length + count));
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}

function entriesOf(trie: StackTrie, node: number): Entry[] {
  const entries: Entry[] = [];
  for (const child of trie.children(node)) {
    const name = trie.name(child);
    if (trie.ends[child]) entries.push({ key: name, node: child, ends: true });
    if (trie.children(child).length > 0) entries.push({ key: `${name};`, node: child, ends: false });
  }
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
