// The Action's inputs (action.yml), read and checked once. A wrong value is an error that
// names the input, before anything is downloaded or posted.

import * as core from '@actions/core';
import type { FailOn } from '../model/config.js';

export type Mode = 'auto' | 'record' | 'compare' | 'comment' | 'ab' | 'merge';
export type CommentPolicy = 'always' | 'on-change' | 'never';

export interface ActionInputs {
  mode: Mode;
  artifacts: string[];
  runs: string[];
  baselinePath: string[];
  baselineArtifact: string;
  key: string;
  config: string | undefined;
  /** Undefined: take fail-on from perfgate.yml (default fail). */
  failOn: FailOn | undefined;
  comment: CommentPolicy;
  token: string;
  history: number;
  retentionDays: number | undefined;
  /** Branch served by GitHub Pages that the history and the pull requests' pages go to; '' = off. */
  pagesBranch: string;
  /** Base URL of the published site; '' = derived from the repository on github.com. */
  pagesUrl: string;
}

/** What `artifacts` finds when it is not set: the files `go test` profiling flags and `-bench` write. */
export const defaultArtifactGlobs = [
  '**/*.pprof',
  '**/*.prof',
  '**/*.pb.gz',
  '**/{cpu,mem,block,mutex,heap,allocs,goroutine}.out',
  '**/trace.out',
  '**/*.trace',
  '**/bench*.txt',
  '!**/vendor/**',
];

export function readInputs(): ActionInputs {
  const retention = core.getInput('retention-days');
  const failOn = core.getInput('fail-on');
  const config = core.getInput('config');
  const artifacts = core.getMultilineInput('artifacts');
  return {
    mode: oneOf('mode', core.getInput('mode') || 'auto', [
      'auto',
      'record',
      'compare',
      'comment',
      'ab',
      'merge',
    ] as const),
    artifacts: artifacts.length ? artifacts : defaultArtifactGlobs,
    runs: core.getMultilineInput('runs'),
    baselinePath: core.getMultilineInput('baseline-path'),
    baselineArtifact: artifactName('baseline-artifact', core.getInput('baseline-artifact') || 'perfgate-baseline'),
    key: core.getInput('key') || 'default',
    config: config || undefined,
    failOn: failOn ? oneOf('fail-on', failOn, ['fail', 'warn', 'never'] as const) : undefined,
    comment: oneOf('comment', core.getInput('comment') || 'always', ['always', 'on-change', 'never'] as const),
    token: core.getInput('github-token'),
    history: positiveInt('history', core.getInput('history') || '20'),
    retentionDays: retention ? positiveInt('retention-days', retention) : undefined,
    pagesBranch: branchName('pages-branch', core.getInput('pages-branch')),
    pagesUrl: httpUrl('pages-url', core.getInput('pages-url')),
  };
}

/** The key as it may appear in an artifact name. */
export function safeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (found !== undefined) return found;
  throw new Error(`input ${name} must be one of ${allowed.join(', ')}, not '${value}'`);
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`input ${name} must be a positive whole number, not '${value}'`);
  return n;
}

function artifactName(name: string, value: string): string {
  if (/["':<>|*?\\/\r\n]/.test(value)) throw new Error(`input ${name} may not contain " : < > | * ? \\ / or newlines`);
  return value;
}

/** A branch name git accepts (a subset: no `..`, no leading `-` or `/`, no `.lock` end); '' passes. */
function branchName(name: string, value: string): string {
  const ok = /^[A-Za-z0-9._/-]+$/.test(value) && !/\.\.|\/\/|^[-/.]|[/.]$|\.lock$/.test(value);
  if (value === '' || ok) return value;
  throw new Error(`input ${name} must be a branch name (letters, digits, . _ - /), not '${value}'`);
}

function httpUrl(name: string, value: string): string {
  if (value === '' || /^https?:\/\/[^\s]+$/.test(value)) return value;
  throw new Error(`input ${name} must be an http(s) URL, not '${value}'`);
}
