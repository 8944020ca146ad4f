// Writes profiles as folded stacks (`root;…;leaf value`, one line per distinct stack, sorted),
// the input of flamegraph.pl and speedscope. Inlined frames are written as frames of their own.
// The stacks are summed in a tree of frame names, not as one string per sample, and the sorted
// lines come out in chunks, so a 475k-sample heap profile (240 MB of text) is never one string.

import type { Profile } from '../../model/profile.js';

interface FoldNode {
  /** Sum of the samples whose stack ends here; undefined when none does. */
  self: number | undefined;
  children: Map<string, FoldNode>;
}

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
  const root: FoldNode = { self: undefined, children: new Map() };
  for (const { profile, column } of inputs) if (column >= 0) addProfile(root, profile, column);
  yield* sortedLines(root, chunkChars);
}

function addProfile(root: FoldNode, profile: Profile, column: number): void {
  const names = profile.functions.map((f) => (f.name || '<unknown>').replace(/[;\r\n]/g, ' '));
  const framesOf = profile.locations.map((loc) => {
    const frames: string[] = [];
    for (let j = loc.lines.length - 1; j >= 0; j--) frames.push(names[(loc.lines[j] as { functionIndex: number }).functionIndex] ?? '<unknown>');
    return frames;
  });
  for (const sample of profile.samples) {
    const value = sample.values[column] ?? 0;
    if (value === 0) continue;
    let node = root;
    for (let i = sample.locations.length - 1; i >= 0; i--) {
      for (const name of framesOf[sample.locations[i] as number] ?? []) {
        let child = node.children.get(name);
        if (!child) node.children.set(name, (child = { self: undefined, children: new Map() }));
        node = child;
      }
    }
    node.self = (node.self ?? 0) + value;
  }
}

/** One step of the walk: a node's own line (`ends`) or its subtree, ordered by `key`. */
interface Entry {
  key: string;
  node: FoldNode;
  ends: boolean;
}

/**
 * Lines in the order of sorting the stack strings: under one parent, a child's own line sorts by
 * its name and its subtree by `name;`, so `f` < `f.func1;…` < `f;…`, as a string sort puts them.
 */
function* sortedLines(root: FoldNode, chunkChars: number): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  const put = (line: string): void => {
    parts.push(line);
    size += line.length;
  };
  if (root.self !== undefined) put(` ${root.self}\n`);
  const stack: { prefix: string; entries: Entry[]; next: number }[] = [{ prefix: '', entries: entriesOf(root), next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number];
    const entry = top.entries[top.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    if (entry.ends) put(`${top.prefix}${entry.key} ${entry.node.self}\n`);
    else stack.push({ prefix: top.prefix + entry.key, entries: entriesOf(entry.node), next: 0 });
    if (size >= chunkChars) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

function entriesOf(node: FoldNode): Entry[] {
  const entries: Entry[] = [];
  for (const [name, child] of node.children) {
    if (child.self !== undefined) entries.push({ key: name, node: child, ends: true });
    if (child.children.size > 0) entries.push({ key: `${name};`, node: child, ends: false });
  }
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
