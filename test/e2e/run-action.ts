// Runs a bundled dist/index.js the way the GitHub runner does: `node index.js` as a child
// process in the workspace with a clean environment of INPUT_* (hyphens kept), GITHUB_* context
// variables, file commands (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) and the artifact service's
// ACTIONS_* variables, all pointing at the loopback fake. Parses the file commands afterwards.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { defaultToken, FakeGitHub, owner, repo, type WorkflowRun } from './fake-github.js';

export const token = defaultToken;
const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const runtimeToken = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ scp: 'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774' })}.sig`;

const created: string[] = [];

/** A temporary directory removed by `removeTempDirs`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A workspace with the shop module (go.mod, shop.go) and the five demo runs of one side under perf/. */
export function demoWorkspace(side: 'base' | 'head'): string {
  const ws = tempDir('perfgate-ws-');
  cpSync('fixtures/_gen/shop/go.mod', join(ws, 'go.mod'));
  cpSync('fixtures/_gen/shop/shop.go', join(ws, 'shop.go'));
  for (let i = 1; i <= 5; i++)
    cpSync(`fixtures/demo/${side}/run${i}`, join(ws, 'perf', `run${i}`), { recursive: true });
  return ws;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Bundles the current src into a fresh directory (never dist/, which the lead rebuilds). */
export function buildBundle(): string {
  const dir = tempDir('perfgate-bundle-');
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', dir], { stdio: 'inherit' });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  return join(dir, 'index.js');
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface RunOptions {
  bundle: string;
  server: FakeGitHub;
  workspace: string;
  inputs: Record<string, string>;
  eventName: string;
  event: Record<string, unknown>;
  runId: number;
  sha: string;
  ref: string;
  /** Extra environment variables of the step (`env:` in a workflow). */
  env?: Record<string, string>;
  /** GITHUB_RUN_ATTEMPT: 2 and up for "Re-run jobs". */
  runAttempt?: number;
  /** GITHUB_SERVER_URL; a GitHub Enterprise Server host, say (the API stays the fake). */
  serverUrl?: string;
  /** GITHUB_ACTOR (dependabot[bot] for Dependabot's pull requests). */
  actor?: string;
  /** Told where the runner's files are before the step starts (to look at them while it runs). */
  onFiles?: (files: { summary: string; output: string; temp: string }) => void;
}

/** The repository `o/r` of every test event. */
export const repository = { name: 'r', full_name: 'o/r', owner: { login: 'o' }, default_branch: 'main' };

/** The payload of a push to main. */
export function pushEvent(headSha: string): Record<string, unknown> {
  return { ref: 'refs/heads/main', after: headSha, repository };
}

/** The payload of a pull request on `o/r` (from a fork when `fork`), as the runner hands it over. */
export function pullRequestEvent(o: {
  baseSha: string;
  headSha: string;
  number?: number;
  fork?: boolean;
}): Record<string, unknown> {
  const number = o.number ?? 7;
  const fork = o.fork ?? false;
  const head = { ref: 'feature', sha: o.headSha, repo: { full_name: fork ? 'fork/r' : 'o/r', fork } };
  return {
    action: 'synchronize',
    number,
    pull_request: { number, base: { ref: 'main', sha: o.baseSha, repo: { full_name: 'o/r' } }, head },
    repository,
  };
}

/** A successful push run of bench.yml on main: where the baseline lookup finds what it recorded. */
export function pushRun(id: number, headSha: string, extra: Partial<WorkflowRun> = {}): WorkflowRun {
  return {
    id,
    head_sha: headSha,
    head_branch: 'main',
    event: 'push',
    conclusion: 'success',
    run_number: id - 1000,
    workflow_file: 'bench.yml',
    ...extra,
  };
}

type DemoRun = Omit<RunOptions, 'workspace' | 'eventName' | 'event' | 'sha' | 'ref' | 'inputs'> & {
  /** Over `runs: perf/*`. */
  inputs?: Record<string, string>;
};

/** The Action on a push of `commit` to main, over the demo runs of `side` (base unless said). */
export function runOnPush(o: DemoRun & { commit: string; side?: 'base' | 'head' }): Promise<ActionRun> {
  const { commit, side, inputs, ...rest } = o;
  return runAction({
    workspace: demoWorkspace(side ?? 'base'),
    eventName: 'push',
    event: pushEvent(commit),
    sha: commit,
    ref: 'refs/heads/main',
    ...rest,
    inputs: { runs: 'perf/*', ...inputs },
  });
}

/** The Action on pull request #7 (head `e…`, merge commit `f…`) over the demo head runs. */
export function runOnPullRequest(o: DemoRun & { baseSha: string; fork?: boolean }): Promise<ActionRun> {
  const { baseSha, fork, inputs, ...rest } = o;
  return runAction({
    workspace: demoWorkspace('head'),
    eventName: 'pull_request',
    event: pullRequestEvent({ baseSha, headSha: 'e'.repeat(40), ...(fork ? { fork } : {}) }),
    sha: 'f'.repeat(40),
    ref: 'refs/pull/7/merge',
    ...rest,
    inputs: { runs: 'perf/*', ...inputs },
  });
}

/** The inputs action.yml declares, with their defaults, as the runner would fill them in. */
export const defaultInputs: Record<string, string> = {
  mode: 'auto',
  artifacts: '',
  runs: '',
  'baseline-path': '',
  'baseline-artifact': 'perfgate-baseline',
  key: 'default',
  config: '',
  'fail-on': '',
  comment: 'always',
  'github-token': token,
  history: '20',
  'retention-days': '',
  'pages-branch': '',
  'pages-url': '',
};

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const dir = tempDir('perfgate-runner-');
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary') };
  writeFileSync(files.event, JSON.stringify(o.event));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  o.onFiles?.({ summary: files.summary, output: files.output, temp: dir });
  const inputs = { ...defaultInputs, ...o.inputs };
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: o.server.url,
    GITHUB_SERVER_URL: o.serverUrl ?? 'https://github.com',
    GITHUB_ACTOR: o.actor ?? 'octocat',
    GITHUB_RETENTION_DAYS: String(o.server.retentionDays),
    GITHUB_REPOSITORY: `${owner}/${repo}`,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_REF_NAME: o.ref.replace(/^refs\/heads\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
    GITHUB_RUN_ID: String(o.runId),
    GITHUB_RUN_ATTEMPT: String(o.runAttempt ?? 1),
    GITHUB_WORKFLOW_REF: `${owner}/${repo}/.github/workflows/bench.yml@${o.ref}`,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    ACTIONS_RUNTIME_TOKEN: runtimeToken,
    ACTIONS_RESULTS_URL: `${o.server.url}/`,
    ...(o.eventName.startsWith('pull_request') ? { GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'feature' } : {}),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, o.env ?? {});
  o.server.currentRunId = o.runId;
  o.server.currentAttempt = o.runAttempt ?? 1;
  const child = spawn(process.execPath, [o.bundle], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
  };
}

/** GITHUB_OUTPUT as the runner reads it: NAME=VALUE lines and NAME<<DELIM heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delim}'`);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 0) throw new Error(`Invalid format '${line}'`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

/** The baseline artifact (its zip) that `mode: record` uploads for the demo base runs at `commit`
 *  (run 1001), recorded once per test file on a fake of its own. */
export async function recordDemoBaseline(bundle: string, commit: string): Promise<Buffer> {
  const server = new FakeGitHub();
  await server.start();
  try {
    const inputs = { runs: 'perf/*' };
    const run = await runAction({
      bundle,
      server,
      workspace: demoWorkspace('base'),
      inputs,
      eventName: 'push',
      event: pushEvent(commit),
      runId: 1001,
      sha: commit,
      ref: 'refs/heads/main',
    });
    const zip = server.artifacts[0]?.zip;
    if (run.code !== 0 || !zip) throw new Error(`recording the demo baseline failed: ${run.stdout}${run.stderr}`);
    return zip;
  } finally {
    await server.stop();
  }
}

export interface E2eBuild {
  /** The bundle of the current src. */
  bundle: string;
  /** The demo baseline artifact recorded at the commit given to `e2eHooks`. */
  baselineZip: Buffer;
}

/** The hooks of an e2e file: the bundle built and the demo baseline recorded once per file, a fresh
 *  fake GitHub per test (handed to `onServer`, after `configure`), temporary directories removed. */
export function e2eHooks(
  commit: string,
  onServer: (server: FakeGitHub) => void,
  configure: (server: FakeGitHub) => void = () => undefined,
): E2eBuild {
  const build: E2eBuild = { bundle: '', baselineZip: Buffer.alloc(0) };
  let server: FakeGitHub | undefined;
  beforeAll(async () => {
    build.bundle = buildBundle();
    build.baselineZip = await recordDemoBaseline(build.bundle, commit);
  }, 120_000);
  afterAll(() => removeTempDirs());
  beforeEach(async () => {
    server = new FakeGitHub();
    configure(server);
    await server.start();
    onServer(server);
  });
  afterEach(async () => server?.stop());
  return build;
}
