// Writes a profile as folded stacks (`root;…;leaf value`, one line per distinct stack, sorted),
// the input of flamegraph.pl and speedscope. Inlined frames are written as frames of their own.

import type { Profile } from '../../model/profile.js';

export function writeFolded(profile: Profile, sampleIndex: number): string {
  const totals = new Map<string, number>();
  for (const sample of profile.samples) {
    const value = sample.values[sampleIndex] ?? 0;
    if (value === 0) continue;
    const frames: string[] = [];
    for (let i = sample.locations.length - 1; i >= 0; i--) {
      const lines = profile.locations[sample.locations[i] as number]?.lines ?? [];
      for (let j = lines.length - 1; j >= 0; j--) frames.push(frameName(profile, (lines[j] as { functionIndex: number }).functionIndex));
    }
    const stack = frames.join(';');
    totals.set(stack, (totals.get(stack) ?? 0) + value);
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([stack, value]) => `${stack} ${value}\n`)
    .join('');
}

/** Folded frames cannot hold `;` or line breaks; they become spaces. */
function frameName(profile: Profile, functionIndex: number): string {
  const name = profile.functions[functionIndex]?.name || '<unknown>';
  return name.replace(/[;\r\n]/g, ' ');
}
