// The limits every importer's result must respect, checked in one place after the import so no
// format can forget one: table sizes (maxTableEntries), span count (maxSpans), and stack depth
// (maxStackDepth: deeper stacks are cut at the root end, with a `limits.stack-depth` diagnostic).
// Each hit names the limit; the engine adds the file.

import type { ParsedArtifact } from '../../model/artifact.js';
import { FormatError } from '../../model/format-error.js';
import type { Limits } from '../../model/limits.js';
import type { Profile } from '../../model/profile.js';
import { cutStacks } from '../../model/profile-samples.js';

export function enforceLimits(artifact: ParsedArtifact, limits: Limits): ParsedArtifact {
  const c = artifact.content;
  if (c.type === 'spans') tableSize(artifact.format, 'spans', c.spans.spans.length, limits.maxSpans, 'maxSpans');
  if (c.type === 'bench')
    tableSize(artifact.format, 'benchmark results', c.bench.results.length, limits.maxTableEntries, 'maxTableEntries');
  const profile = c.type === 'profile' || c.type === 'go-trace' ? c.profile : undefined;
  if (profile) checkProfile(artifact, profile, limits);
  return artifact;
}

function tableSize(format: string, what: string, size: number, max: number, name: string): void {
  if (size > max) throw new FormatError(format, 'limits.too-many', `${size} ${what}, above ${name}=${max}`);
}

function checkProfile(artifact: ParsedArtifact, p: Profile, limits: Limits): void {
  const tables: [string, number][] = [
    ['samples', p.samples.count],
    ['locations', p.locations.length],
    ['functions', p.functions.length],
    ['mappings', p.mappings.length],
  ];
  for (const [what, size] of tables) tableSize(artifact.format, what, size, limits.maxTableEntries, 'maxTableEntries');
  const { cut, deepest } = cutStacks(p.samples, limits.maxStackDepth); // leaf first: the root end goes
  if (cut > 0) {
    artifact.diagnostics.push({
      code: 'limits.stack-depth',
      message: `stacks deeper than maxStackDepth=${limits.maxStackDepth} were cut at the root end (deepest: ${deepest} frames)`,
      count: cut,
    });
  }
}
