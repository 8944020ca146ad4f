// The markdown of a merged report (comment and job summary): the headline, a line when the
// result is partial, a table of the shards, then a section per shard key with its regressions,
// benchmarks and health findings. Within the size limit, whole shard sections are dropped
// (quietest first) and named.

import type { Finding } from '../../model/finding.js';
import { escapeMarkdown, markdownCode } from '../escape.js';
import type { MergedReport, ShardStatus } from '../merge-reports.js';
import { commentMarker } from './render-markdown.js';
import { benchmarkTable, footer, headline, healthTable, notes, regressionTable } from './sections.js';

interface Section {
  name: string;
  text: string;
  /** Lower is dropped first. */
  priority: number;
}

const icon = { fail: '❌', warn: '⚠️', pass: '✅', inconclusive: '❔' } as const;

/** `measure` is the size that must stay within `limit` (characters, or bytes for the job summary). */
export function renderMergedMarkdown(
  report: MergedReport,
  limit: number,
  measure: (s: string) => number = (s) => s.length,
): string {
  const sections: Section[] = [
    { name: 'headline', text: headline(report), priority: 100 },
    { name: 'partial', text: partialLine(report.shards), priority: 100 },
    { name: 'shards', text: shardTable(report.shards), priority: 99 },
    ...report.shards.map((s, i) => ({
      name: `shard ${s.key}`,
      text: shardSection(s, report.findings),
      priority: shardPriority(s, report.findings) - i / 1000,
    })),
    ...report.shards.map((s, i) => ({
      name: `other findings of shard ${s.key}`,
      text: demote(healthTable(ofShard(report.findings, s.key), ['info']), s.key),
      priority: 30 - i / 1000,
    })),
  ].filter((s) => s.text !== '');
  const dropped: string[] = [];
  const build = (): string => {
    const kept = sections.filter((s) => !dropped.includes(s.name));
    // mergeNotes are perfgate's own sentences with numbers (no shard text): not escaped.
    const extra = [
      ...report.mergeNotes,
      ...(dropped.length
        ? [
            `Dropped to fit GitHub's size limit: ${dropped.map(escapeMarkdown).join(', ')} (see each shard's report artifact).`,
          ]
        : []),
    ];
    return (
      [commentMarker(report.key), ...kept.map((s) => s.text), notes(report, extra), footer(report)]
        .filter(Boolean)
        .join('\n\n') + '\n'
    );
  };
  let text = build();
  const droppable = sections.filter((s) => s.priority < 99).sort((a, b) => a.priority - b.priority);
  for (let next = droppable.shift(); next && measure(text) > limit; next = droppable.shift()) {
    dropped.push(next.name);
    text = build();
  }
  while (measure(text) > limit)
    text = `${text.slice(0, Math.floor(text.length * 0.9) - 80)}\n\n…cut to fit GitHub's size limit.\n`;
  return text;
}

function partialLine(shards: readonly ShardStatus[]): string {
  const gaps = shards.filter((s) => s.status !== 'ok');
  if (gaps.length === 0) return '';
  const named = gaps.map((s) => `${markdownCode(s.key)} (${s.status})`).join(', ');
  return `**Partial result**: ${gaps.length} of ${shards.length} shards did not report: ${named}. The verdict covers only the others and is at least warn.`;
}

function shardTable(shards: readonly ShardStatus[]): string {
  if (shards.length === 0) return '';
  const lines = ['| Shard | Verdict | Runs base / head | |', '|---|---|---|---|'];
  for (const s of shards) {
    const verdict = s.verdict ? `${icon[s.verdict]} ${s.verdict}` : s.status === 'missing' ? '❗ missing' : '❗ failed';
    const runs = s.status === 'ok' ? `${s.baseRuns} / ${s.headRuns}` : '–';
    lines.push(`| ${markdownCode(s.key)} | ${verdict} | ${runs} | ${escapeMarkdown(s.detail)} |`);
  }
  return lines.join('\n');
}

function ofShard(findings: readonly Finding[], key: string): Finding[] {
  return findings.filter((f) => f.shard === key);
}

/** The shard's regressions, benchmarks and health problems under one heading. */
function shardSection(s: ShardStatus, all: readonly Finding[]): string {
  if (s.status !== 'ok') return '';
  const findings = ofShard(all, s.key);
  const parts = [regressionTable(findings), benchmarkTable(findings), healthTable(findings, ['fail', 'warn'])]
    .filter(Boolean)
    .map((t) => demote(t, s.key));
  return [`### Shard ${markdownCode(s.key)}`, ...(parts.length ? parts : ['No regressions or health problems.'])].join(
    '\n\n',
  );
}

/** Sub-headings one level down, naming the shard where a section stands on its own. */
function demote(text: string, key: string): string {
  return text
    .replace(/^### Other findings$/m, `### Other findings of shard ${markdownCode(key)}`)
    .replace(/^### (?!Other findings of shard)/gm, '#### ');
}

/** Shards with failures are kept longest, quiet ones dropped first. */
function shardPriority(s: ShardStatus, all: readonly Finding[]): number {
  const findings = ofShard(all, s.key);
  if (findings.some((f) => f.severity === 'fail')) return 90;
  if (findings.some((f) => f.severity === 'warn')) return 80;
  return 50;
}
