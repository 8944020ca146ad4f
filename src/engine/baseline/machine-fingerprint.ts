// The fingerprint of the machine this process runs on: CPU model and logical cores from
// /proc/cpuinfo (os.cpus() elsewhere), the kernel release, and GitHub's runner image
// (ImageOS, ImageVersion). Combined with what the runs' own files say (model/runner-fingerprint.ts).

import { readFile } from 'node:fs/promises';
import { cpus, release } from 'node:os';
import {
  cleanField,
  fingerprintFromRuns,
  mergeFingerprints,
  type RunnerFingerprint,
} from '../../model/runner-fingerprint.js';
import type { Run } from '../../model/artifact.js';

export async function machineFingerprint(
  env: Record<string, string | undefined> = process.env,
): Promise<RunnerFingerprint> {
  const fp: RunnerFingerprint = {};
  const info = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = /^(?:model name|Model|cpu model)\s*:\s*(.+)$/m.exec(info)?.[1] ?? cpus()[0]?.model;
  const cpuModel = cleanField(model);
  if (cpuModel) fp.cpuModel = cpuModel;
  const processors = info.match(/^processor\s*:/gm)?.length ?? cpus().length;
  if (processors > 0) fp.logicalCores = processors;
  const kernel = cleanField(release());
  if (kernel) fp.kernel = kernel;
  const imageOS = cleanField(env['ImageOS']);
  const imageVersion = cleanField(env['ImageVersion']);
  if (imageOS) fp.imageOS = imageOS;
  if (imageVersion) fp.imageVersion = imageVersion;
  const gomaxprocs = Number(env['GOMAXPROCS']);
  if (Number.isInteger(gomaxprocs) && gomaxprocs > 0) fp.gomaxprocs = gomaxprocs;
  return fp;
}

/** Where runs ran: their own files first (bench `cpu:` line, trace header), then this machine. */
export async function runsFingerprint(
  runs: readonly Run[],
  env?: Record<string, string | undefined>,
): Promise<RunnerFingerprint> {
  return mergeFingerprints(fingerprintFromRuns(runs), await machineFingerprint(env));
}
