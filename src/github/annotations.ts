// Source annotations for regressed functions: `::error`/`::warning` workflow commands at the
// function's file and line, only for files inside the workspace, within GitHub's per-step caps
// (10 errors, 10 warnings; one error is kept for the gate's own message). Every value goes
// through escape.ts, since function and file names come from artifacts a fork controls.

import type { GoModule } from '../engine/workspace/source-paths.js';
import { repoPathOf } from '../engine/workspace/source-paths.js';
import type { Finding } from '../model/finding.js';
import { escapeWorkflowData, escapeWorkflowProperty } from '../report/escape.js';

export const annotationCaps = { error: 8, warning: 9 } as const;

export interface AnnotationOutcome {
  written: number;
  /** Regressions with no file inside the workspace. */
  outside: number;
  /** Regressions left out by the per-step cap. */
  capped: number;
}

export function annotateRegressions(
  findings: readonly Finding[],
  workspace: string,
  modules: readonly GoModule[],
  write: (line: string) => void,
): AnnotationOutcome {
  const outcome: AnnotationOutcome = { written: 0, outside: 0, capped: 0 };
  const used = { error: 0, warning: 0 };
  for (const f of findings) {
    if (f.id !== 'hotspot.regression' || f.severity === 'info') continue;
    const { file, line } = f.evidence;
    const path = repoPathOf(file, workspace, modules);
    if (!path) {
      outcome.outside++;
      continue;
    }
    const level = f.severity === 'fail' ? 'error' : 'warning';
    if (used[level] >= annotationCaps[level]) {
      outcome.capped++;
      continue;
    }
    used[level]++;
    outcome.written++;
    write(annotationCommand(level, f, path, line));
  }
  return outcome;
}

export function annotationCommand(level: 'error' | 'warning', f: Finding, path: string, line: number): string {
  const kind = f.id === 'hotspot.regression' ? `${f.evidence.profileKind} ${f.evidence.sampleType}` : '';
  const props = [
    `file=${escapeWorkflowProperty(path)}`,
    line > 0 ? `line=${line}` : '',
    `title=${escapeWorkflowProperty(`perfgate: ${f.subject.key} regressed (${kind})`)}`,
  ];
  return `::${level} ${props.filter(Boolean).join(',')}::${escapeWorkflowData(f.title)}`;
}
