// Writes profiles as folded stacks (`root;…;leaf value`, one line per distinct stack, sorted),
// the input of flamegraph.pl and speedscope. Inlined frames are written as frames of their own.
// The stacks are summed in a tree of frame names (src/model/stack-trie.ts), not as one string per
// sample, and the sorted lines come out in chunks: a 475k-sample heap profile (240 MB of text) is
// never one string.

import type { Profile } from '../../model/profile.js';
import { StackTrie } from '../../model/stack-trie.js';

/** The folded text of one profile's `sampleIndex` column. */
export function writeFolded(profile: Profile, sampleIndex: number): string {
  let text = '';
  for (const chunk of foldedChunks([{ profile, column: sampleIndex }])) text += chunk;
  return text;
}

/**
 * The folded text of several profiles summed (the runs of one side), each with the column to
 * read, in chunks of about `chunkChars` characters.
 */
export function* foldedChunks(inputs: readonly { profile: Profile; column: number }[], chunkChars = 1 << 20): Generator<string> {
  const trie = new StackTrie(1);
  for (const { profile, column } of inputs) if (column >= 0) trie.addProfile(profile, [column], framesOf(profile));
  yield* sortedLines(trie, chunkChars);
}

/** Each location's frame names, root first; folded frames cannot hold `;` or line breaks. */
function framesOf(profile: Profile): string[][] {
  const names = profile.functions.map((f) => (f.name || '<unknown>').replace(/[;\r\n]/g, ' '));
  return profile.locations.map((loc) => {
    const frames: string[] = [];
    for (let j = loc.lines.length - 1; j >= 0; j--) frames.push(names[(loc.lines[j] as { functionIndex: number }).functionIndex] ?? '<unknown>');
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
 */
function* sortedLines(trie: StackTrie, chunkChars: number): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  const put = (line: string): void => {
    parts.push(line);
    size += line.length;
  };
  if (trie.ends[0]) put(` ${trie.selfOf(0, 0)}\n`);
  const stack: { prefix: string; entries: Entry[]; next: number }[] = [{ prefix: '', entries: entriesOf(trie, 0), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const entry = top.entries[top.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    if (entry.ends) put(`${top.prefix}${entry.key} ${trie.selfOf(entry.node, 0)}\n`);
    else stack.push({ prefix: top.prefix + entry.key, entries: entriesOf(trie, entry.node), next: 0 });
    if (size >= chunkChars) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
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
