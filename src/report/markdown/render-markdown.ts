// Assembles the markdown comment (and job summary): the first screen (first-screen.ts), then
// every other section under one <details>, notes and a footer. Each section's text is built once;
// the sections are kept in priority order while they fit the size limit, so the cost is linear in
// the report, and the ones left out are named (docs/report-schema.md, "The comment").

import { benchmarkGroups, culpritRows } from '../culprits.js';
import { escapeMarkdown } from '../escape.js';
import type { Report } from '../report.js';
import { firstScreen } from './first-screen.js';
import { benchmarkTable, flameGraphLine, footer, healthTable, notes, regressionTable, topChanges } from './sections.js';
import { trendCharts } from './trend-chart.js';

/** GitHub's limit for an issue comment body. */
export const commentLimit = 65_536;
/** GitHub's limit for one step's job summary. */
export const summaryLimit = 1024 * 1024;

interface Section {
  name: string;
  text: string;
  /** Kept first when space is short. */
  priority: number;
}

/** The hidden marker that finds our sticky comment again; the key is reduced to safe characters. */
export function commentMarker(key: string): string {
  return `<!-- perfgate:comment:${key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)} -->`;
}

const detailsOpen =
  '<details><summary>Details: every finding with its interval and q, all benchmark units, health, top changes</summary>';
const detailsClose = '</details>';
/** Room kept for the line that names dropped sections. */
const droppedNoteRoom = 600;

export function renderMarkdown(report: Report, limit = commentLimit): string {
  const culprits = culpritRows(report.findings, report.changes);
  const groups = benchmarkGroups(report.findings, culprits);
  const top = [commentMarker(report.key), firstScreen(report, culprits, groups)].join('\n\n');
  const end = footer(report);
  const sections = detailSections(report);
  let budget = limit - top.length - end.length - detailsOpen.length - detailsClose.length - droppedNoteRoom - 16;
  const notesText = notes(report, []);
  const kept = new Set<Section>();
  const dropped: string[] = [];
  const byPriority = [...sections].sort((a, b) => b.priority - a.priority);
  for (const s of byPriority) {
    if (s.text.length + 2 <= budget) {
      kept.add(s);
      budget -= s.text.length + 2;
    } else dropped.push(s.name);
  }
  const notesFit = notesText.length + 2 <= budget;
  const droppedNote = droppedLine(dropped, notesFit);
  const details = sections.filter((s) => kept.has(s)).map((s) => s.text);
  const parts = [
    top,
    ...(details.length ? [detailsOpen, ...details, detailsClose] : []),
    notesFit ? notesText : '',
    droppedNote,
    end,
  ];
  const text = parts.filter(Boolean).join('\n\n') + '\n';
  return text.length > limit ? `${text.slice(0, limit - 80)}\n\n…cut to fit GitHub's size limit.\n` : text;
}

function detailSections(report: Report): Section[] {
  const sections: Section[] = [
    { name: 'regressions', text: regressionTable(report.findings), priority: 90 },
    { name: 'benchmarks', text: benchmarkTable(report.findings), priority: 85 },
    { name: 'health', text: healthTable(report.findings, ['fail', 'warn']), priority: 80 },
    { name: 'flame graphs', text: flameGraphLine(report), priority: 88 },
    { name: 'trends', text: trendCharts(report.trends), priority: 35 },
    { name: 'other findings', text: healthTable(report.findings, ['info']), priority: 30 },
  ];
  report.comparisons.forEach((c, i) => {
    const tested = !c.tooFewEvents;
    sections.push({
      name: `top changes (${c.profileKind} ${c.sampleType})`,
      text: topChanges(c),
      priority: (tested ? 40 : 20) - i / 1e6,
    });
  });
  return sections.filter((s) => s.text !== '');
}

/** Names what did not fit (the first few names; sections are our own names of profile kinds). */
function droppedLine(dropped: readonly string[], notesFit: boolean): string {
  const names = notesFit ? [...dropped] : [...dropped, 'notes'];
  if (names.length === 0) return '';
  const shown = names.slice(0, 5).map(escapeMarkdown).join(', ');
  const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
  return `Left out to fit GitHub's size limit: ${shown}${more} (see the full report artifact).`;
}
