// Charges the growth of a flagged frame outside the user's code to what explains it, sample by
// sample: the nearest user caller above the frame; else the nearest user callee below it (the
// frame is context, like `testing.(*B).runN`); else the runtime cost class of the stack. GC work
// goes to its class first, wherever it runs. Growth
// is head's mean share of the run totals minus base's, in percentage points, per target.

import type { RunProfiles } from '../profile/compare-runs.js';
import { classOfStack, costClasses, type CostClassId } from './cost-class.js';
import { sampleStacks, stackKeys } from './sample-stacks.js';
import type { CulpritTest } from './user-code.js';

export type TargetKind = 'caller' | 'callee' | 'class' | 'none';

export interface Part {
  kind: TargetKind;
  /** The user function, the class id, or '' for none. */
  target: string;
  /** Growth charged to the target, in share points. */
  points: number;
}

export interface FrameQuery {
  frame: string;
  /** Flat: only samples whose leaf is the frame; cum: every sample with the frame on its stack. */
  leafOnly: boolean;
  sampleType: string;
  isCulprit: CulpritTest;
}

export function attributeFrame(q: FrameQuery, base: readonly RunProfiles[], head: readonly RunProfiles[]): Part[] {
  const baseShares = meanShares(q, base);
  const headShares = meanShares(q, head);
  const targets = new Set([...baseShares.keys(), ...headShares.keys()]);
  const parts: Part[] = [];
  for (const t of targets) {
    const [kind, target] = splitTarget(t);
    parts.push({ kind, target, points: (headShares.get(t) ?? 0) - (baseShares.get(t) ?? 0) });
  }
  return parts.sort((a, b) => b.points - a.points || a.target.localeCompare(b.target));
}

function splitTarget(t: string): [TargetKind, string] {
  const at = t.indexOf('\0');
  return [t.slice(0, at) as TargetKind, t.slice(at + 1)];
}

/** Per target, the mean over runs of its percentage of the run's total. */
function meanShares(q: FrameQuery, runs: readonly RunProfiles[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const run of runs) {
    const values = new Map<string, number>();
    let total = 0;
    for (const profile of run.profiles) {
      const index = profile.sampleTypes.findIndex((t) => t.type === q.sampleType);
      if (index < 0) continue;
      const stacks = sampleStacks(profile);
      const keys = stacks.keys;
      const frameKey = keys.indexOf(q.frame);
      const { count, width, values: columns } = profile.samples;
      const stack: number[] = [];
      for (let s = 0; s < count; s++) {
        const value = columns[s * width + index] as number;
        total += Math.abs(value);
        if (frameKey < 0 || value === 0) continue;
        const target = targetOf(stackKeys(profile, stacks, s, stack), keys, frameKey, q);
        if (target !== undefined) values.set(target, (values.get(target) ?? 0) + value);
      }
    }
    if (total <= 0) continue;
    for (const [t, v] of values) sum.set(t, (sum.get(t) ?? 0) + (100 * v) / total);
  }
  for (const [t, v] of sum) sum.set(t, v / Math.max(1, runs.length));
  return sum;
}

/** Where one sample's value goes, or undefined when the frame is not (the leaf) on its stack. */
function targetOf(
  stack: readonly number[],
  keys: readonly string[],
  frameKey: number,
  q: FrameQuery,
): string | undefined {
  const at = q.leafOnly ? (stack[0] === frameKey ? 0 : -1) : stack.indexOf(frameKey);
  if (at < 0) return undefined;
  const names: string[] = [];
  for (const k of stack) names.push(keys[k] as string);
  const cls: CostClassId | undefined = classOfStack(names);
  // GC work that an allocation had to do (assists, sweeping) is caused by the GC's pace, not by
  // the caller: it goes to its class, where the GC health findings explain it.
  if (cls && costClasses[cls].gc) return `class\0${cls}`;
  for (let i = at + 1; i < stack.length; i++) {
    const name = keys[stack[i] as number] as string;
    if (q.isCulprit(name)) return `caller\0${name}`;
  }
  for (let i = at - 1; i >= 0; i--) {
    const name = keys[stack[i] as number] as string;
    if (q.isCulprit(name)) return `callee\0${name}`;
  }
  return cls ? `class\0${cls}` : 'none\0';
}
