// Writes the pictures and interop files of a comparison into a directory: for each profile kind
// present on both sides, the diff profile (`<kind>.diff.pb.gz`, as `go tool pprof -diff_base`
// merges), and for each diffed sample type an SVG, an HTML page and folded stacks per side.

import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { groupProfiles, type ProfileGroup } from '../analysis/profile/group-profiles.js';
import type { Run } from '../model/artifact.js';
import type { Config } from '../model/config.js';
import type { Profile } from '../model/profile.js';
import { foldedChunks } from '../formats/folded/write-folded.js';
import { diffProfile } from '../formats/pprof/diff-profile.js';
import { encodeProfileGzip } from '../formats/pprof/write-profile.js';
import { buildFlameGraphs } from '../report/flamegraph/build-flame-graph.js';
import type { FlameGraph } from '../report/flamegraph/flame-graph.js';
import { diffProfileName, flameGraphStem } from '../report/flamegraph/file-names.js';
import { renderFlameGraphHtml } from '../report/flamegraph/render-html.js';
import { renderFlameGraphIndex, type IndexEntry } from '../report/flamegraph/render-index.js';
import { renderFlameGraphSvg } from '../report/flamegraph/render-svg.js';
import { sideTables } from '../report/flamegraph/side-tables.js';
import type { Report } from '../report/report.js';

export interface FlameGraphRequest {
  dir: string;
  base: readonly Run[];
  head: readonly Run[];
  report: Report;
  config: Config;
}

/** Writes every file; returns their paths (index.html last). */
export async function writeFlameGraphs(request: FlameGraphRequest): Promise<string[]> {
  await mkdir(request.dir, { recursive: true });
  const written: string[] = [];
  const entries: IndexEntry[] = [];
  const put = async (name: string, data: string | Uint8Array): Promise<void> => {
    const path = join(request.dir, name);
    await writeFile(path, data);
    written.push(path);
  };
  const putChunks = async (name: string, chunks: Iterable<Uint8Array>): Promise<void> => {
    const path = join(request.dir, name);
    const file = await open(path, 'w');
    try {
      for (const chunk of chunks) await file.write(chunk);
    } finally {
      await file.close();
    }
    written.push(path);
  };
  const groups = groupProfiles(request.base, request.head).filter((g) => g.base.length > 0 && g.head.length > 0);
  for (const group of groups) {
    const kind = kindName(group, groups);
    const diffName = diffProfileName(kind);
    await put(
      diffName,
      encodeProfileGzip(
        diffProfile(profilesOf(group.base), profilesOf(group.head), group.base.length, group.head.length),
      ),
    );
    const graphs = buildFlameGraphs({
      kind,
      sampleTypes: group.sampleTypes,
      base: group.base.map((r) => r.profiles),
      head: group.head.map((r) => r.profiles),
      normalization: request.config.hotspots.normalization,
    });
    for (const [t, sampleType] of group.sampleTypes.entries()) {
      const stem = flameGraphStem(kind, sampleType.type);
      const graph = graphs[t] as FlameGraph;
      const summary = request.report.comparisons.find(
        (c) => c.profileKind === group.kind && c.sampleType === sampleType.type,
      );
      await put(`${stem}.svg`, renderFlameGraphSvg(graph));
      await put(
        `${stem}.html`,
        renderFlameGraphHtml(graph, sideTables(request.report.findings, summary, group.kind, sampleType)),
      );
      // Folded stacks only for the profile's default sample type: they can be hundreds of MB each.
      const folded = sampleType.type === defaultTypeOf(group) ? (['base', 'head'] as const) : [];
      for (const side of folded)
        await putChunks(`${stem}.${side}.folded`, foldedOf(profilesOf(group[side]), sampleType.type));
      entries.push({
        title: `${kind} · ${sampleType.type} (${sampleType.unit})`,
        files: [
          { label: 'interactive', href: `${stem}.html` },
          { label: 'SVG', href: `${stem}.svg` },
          ...folded.map((side) => ({ label: `${side} folded`, href: `${stem}.${side}.folded` })),
          { label: 'diff profile', href: diffName },
        ],
      });
    }
  }
  await put('index.html', renderFlameGraphIndex(entries));
  return written;
}

/** The default sample type of the kind, as its head profiles name it. */
function defaultTypeOf(group: ProfileGroup): string {
  return group.head[0]?.profiles[0]?.defaultSampleType ?? group.sampleTypes[group.sampleTypes.length - 1]?.type ?? '';
}

function profilesOf(runs: ProfileGroup['base']): Profile[] {
  return runs.flatMap((r) => r.profiles);
}

/** Kinds are unique except `other`/`folded` groups, which get a number. */
function kindName(group: ProfileGroup, groups: ProfileGroup[]): string {
  const same = groups.filter((g) => g.kind === group.kind);
  return same.length > 1 ? `${group.kind}${same.indexOf(group) + 1}` : group.kind;
}

/** One side's folded stacks of a sample type, summed over its runs, in chunks. */
function foldedOf(profiles: Profile[], sampleType: string): Iterable<Uint8Array> {
  return foldedChunks(
    profiles.map((profile) => ({ profile, column: profile.sampleTypes.findIndex((t) => t.type === sampleType) })),
  );
}
