// Every file of ../shared/peer-data (other projects' own test data) must agree with its reference
// output, or be refused with a message that names what the file is. Skips, visibly, without the
// folder. A summary of agreement per class is printed at the end.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flatCum } from '../src/analysis/profile/flat-cum.js';
import { importFile } from '../src/engine/read-inputs/import-file.js';
import type { ParsedArtifact } from '../src/model/artifact.js';
import type { BenchResult } from '../src/model/bench-set.js';
import { isFormatError } from '../src/model/format-error.js';
import { defaultLimits } from '../src/model/limits.js';
import type { Profile } from '../src/model/profile.js';
import { peerFiles, peerRoot, referenceOf, type BenchRef, type Reference, type TopType } from './peer-data-refs.js';
import { samplesOf } from './sample-objects.js';

const files = peerFiles();
const outcomes: { file: string; cls: string; problem: string | undefined }[] = [];

async function tryImport(file: string): Promise<ParsedArtifact | Error> {
  try {
    return await importFile(join(peerRoot, file), defaultLimits);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

/** What differs from the reference, or undefined when the file agrees. */
async function problemOf(file: string, ref: Reference): Promise<string | undefined> {
  const got = await tryImport(file);
  if (ref.class === 'profile-refused' || ref.class === 'refused') {
    if (!(got instanceof Error)) return `read as ${got.format}, the reference refuses it`;
    if (!isFormatError(got)) return `crashed: ${got.message}`;
    if (ref.class === 'refused' && !ref.shape.test(got.message)) return `refused without naming it: ${got.message}`;
    return undefined;
  }
  if (got instanceof Error) return `refused: ${got.message.slice(0, 200)}`;
  const content = got.content;
  switch (ref.class) {
    case 'profile':
      return content.type === 'profile' ? profileProblem(content.profile, ref.types) : `read as ${content.type}`;
    case 'folded':
      return content.type === 'profile' ? totalProblem(content.profile, ref.total) : `read as ${content.type}`;
    case 'perf-script':
      return content.type === 'profile' ? collapsedProblem(content.profile, ref.collapsed) : `read as ${content.type}`;
    case 'bench':
      return content.type === 'bench' ? benchProblem(content.bench.results, ref.results) : `read as ${content.type}`;
    case 'spans': {
      if (content.type !== 'spans') return `read as ${content.type}`;
      const spans = content.spans.spans;
      const ours = {
        spans: spans.length,
        traces: new Set(spans.map((s) => s.traceId.replace(/^0+/, ''))).size,
        services: new Set(spans.map((s) => s.service)).size,
        errors: spans.filter((s) => s.status.code === 'error').length,
      };
      return sameJson(ours, ref.counts);
    }
  }
}

function profileProblem(profile: Profile, types: TopType[]): string | undefined {
  const count = profile.sampleTypes.length;
  if (count !== types.length) return `${count} sample types, pprof ${types.length}`;
  for (let t = 0; t < types.length; t++) {
    const ref = types[t] as TopType;
    const ours = flatCum(profile, t);
    const functions: Record<string, [number, number]> = {};
    ours.keys.forEach((key, k) => {
      if (ref.unparsed.length > 0) key = firstLine(key);
      const flat = ours.flat[k] as number;
      const cum = ours.cum[k] as number;
      if (flat !== 0 || cum !== 0) functions[key] = [flat, cum];
    });
    const problem = sameJson({ total: ours.total, functions }, { total: ref.total, functions: ref.functions });
    if (problem) return `${ref.type}: ${problem}`;
  }
  return undefined;
}

/**
 * The reference split pprof's text output into lines the way Python's splitlines does; a name
 * holding a line break (a profile of every byte value) left its tail in `unparsed`, so compare
 * such a name by its first line.
 */
function firstLine(name: string): string {
  // eslint-disable-next-line no-control-regex -- the line separators JavaScript's own splitting knows, controls included
  const cut = /[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/.exec(name);
  return cut ? name.slice(0, cut.index) : name;
}

function totalProblem(profile: Profile, total: number): string | undefined {
  let sum = 0;
  for (const sample of samplesOf(profile)) sum += sample.values[0] ?? 0;
  return sum === total ? undefined : `total ${sum}, flamegraph.pl ${total}`;
}

function collapsedProblem(profile: Profile, collapsed: Map<string, number>): string | undefined {
  const ours = new Map<string, number>();
  for (const sample of samplesOf(profile)) {
    const names: string[] = [];
    for (let i = sample.locations.length - 1; i >= 0; i--) {
      const location = profile.locations[sample.locations[i] as number];
      for (let j = (location?.lines.length ?? 0) - 1; j >= 0; j--) {
        names.push(profile.functions[location?.lines[j]?.functionIndex ?? -1]?.name ?? '?');
      }
    }
    const stack = names.join(';');
    ours.set(stack, (ours.get(stack) ?? 0) + (sample.values[0] ?? 0));
  }
  return sameJson(Object.fromEntries([...ours].sort()), Object.fromEntries([...collapsed].sort()));
}

function benchProblem(results: BenchResult[], ref: BenchRef[]): string | undefined {
  const ours = results.map((r) => ({
    name: r.procs === 1 && !/-1$/.test(r.name) ? r.name : `${r.name}-${r.procs}`,
    iters: r.iterations,
    pkg: r.config['pkg'] ?? '',
    values: r.values.map((v) => [v.value, v.unit]),
  }));
  return sameJson(ours, ref);
}

/** undefined when equal, else the first difference, short. */
function sameJson(ours: unknown, theirs: unknown): string | undefined {
  try {
    expect(ours).toEqual(theirs);
    return undefined;
  } catch (err) {
    return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 600);
  }
}

describe.skipIf(files.length === 0)('peer data agrees with the reference tools', () => {
  for (const file of files) {
    const ref = referenceOf(file);
    it(`${ref.class}: ${file}`, async () => {
      const problem = await problemOf(file, ref);
      outcomes.push({ file, cls: ref.class, problem });
      expect(problem).toBeUndefined();
    });
  }
  afterAll(() => printSummary());
});

it.runIf(files.length === 0)('peer data is absent: skipped (expected at ../shared/peer-data)', () => {
  console.warn(`peer-data.test: ${peerRoot} not found, the walk is skipped`);
});

function printSummary(): void {
  const byClass = new Map<string, { agree: number; all: number }>();
  for (const o of outcomes) {
    const row = byClass.get(o.cls) ?? { agree: 0, all: 0 };
    row.all += 1;
    if (o.problem === undefined) row.agree += 1;
    byClass.set(o.cls, row);
  }
  const agree = outcomes.filter((o) => o.problem === undefined).length;
  const lines = [`peer data: ${agree}/${outcomes.length} agree`];
  for (const [cls, row] of [...byClass].sort()) lines.push(`  ${cls}: ${row.agree}/${row.all}`);
  for (const o of outcomes) if (o.problem !== undefined) lines.push(`  DISAGREE ${o.file}: ${o.problem.slice(0, 300)}`);
  console.log(lines.join('\n'));
}
