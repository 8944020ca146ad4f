// Artifacts through @actions/artifact v6: upload in this run (results service), and find and
// download from other runs of the repository (REST with `findBy`, which needs `actions: read`).
//
// Re-runs: artifact names are unique within a workflow run, across its attempts, and "Re-run
// jobs" keeps the earlier attempts' artifacts, so attempt N > 1 uploads `<name>@attemptN`
// (`@` never occurs in a key). Deleting the earlier artifact instead would need `actions: write`
// and would destroy the report that attempt's comment links to. Every reader takes the newest
// attempt of a name (docs/action.md, "Re-runs").

import { DefaultArtifactClient } from '@actions/artifact';
import type { ActionEnvironment } from './environment.js';
import type { RestClient } from './rest-client.js';

export interface RunArtifact {
  id: number;
  name: string;
  /** The run attempt that uploaded it (1 for a name without `@attemptN`). */
  attempt: number;
  expired: boolean;
  sizeBytes: number;
}

const attemptSuffix = /@attempt(\d+)$/;
/** Pages of 100 read at most when listing a run's artifacts (a job may create 500). */
const maxArtifactPages = 50;

/** The name attempt `attempt` of a run uploads an artifact called `name` under. */
export function attemptName(name: string, attempt: number): string {
  return attempt > 1 ? `${name}@attempt${attempt}` : name;
}

/** The name without its attempt suffix, and the attempt. */
export function splitAttempt(name: string): { name: string; attempt: number } {
  const m = attemptSuffix.exec(name);
  return m ? { name: name.slice(0, m.index), attempt: Number(m[1]) } : { name, attempt: 1 };
}

/** Newest attempt first, then newest upload. */
export function newestFirst(a: RunArtifact, b: RunArtifact): number {
  return b.attempt - a.attempt || b.id - a.id;
}

export class ArtifactStore {
  private readonly client = new DefaultArtifactClient();

  constructor(
    private readonly rest: RestClient,
    private readonly env: ActionEnvironment,
    private readonly token: string,
  ) {}

  /** Uploads files under `root` as artifact `name` of this attempt; returns its id. */
  async upload(name: string, files: string[], root: string, retentionDays?: number): Promise<number | undefined> {
    const response = await this.client.uploadArtifact(
      attemptName(name, this.env.runAttempt),
      files,
      root,
      retentionDays ? { retentionDays } : {},
    );
    return response.id;
  }

  /** Every artifact of a workflow run, all pages. */
  async list(runId: number): Promise<RunArtifact[]> {
    const { owner, repo } = this.env;
    const found: RunArtifact[] = [];
    let pages = 0;
    const params = { owner, repo, run_id: runId, per_page: 100 };
    for await (const { data } of this.rest.paginate.iterator(this.rest.rest.actions.listWorkflowRunArtifacts, params)) {
      for (const a of data)
        found.push({
          id: a.id,
          name: a.name,
          attempt: splitAttempt(a.name).attempt,
          expired: a.expired,
          sizeBytes: a.size_in_bytes,
        });
      if (++pages >= maxArtifactPages) break;
    }
    return found;
  }

  /** The newest attempt's artifact called `name` in a workflow run (up to `maxAttempt`), or undefined. */
  async find(runId: number, name: string, maxAttempt = Infinity): Promise<RunArtifact | undefined> {
    const all = await this.list(runId);
    return all.filter((a) => splitAttempt(a.name).name === name && a.attempt <= maxAttempt).sort(newestFirst)[0];
  }

  /** The zip of an artifact, in memory, refused when the listing says it is over `maxBytes`. */
  async downloadZip(artifact: RunArtifact, maxBytes: number): Promise<Buffer> {
    if (artifact.sizeBytes > maxBytes)
      throw new Error(`artifact ${artifact.name} is ${artifact.sizeBytes} bytes, more than ${maxBytes}`);
    const { owner, repo } = this.env;
    const { data } = await this.rest.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
    });
    if (data instanceof ArrayBuffer) return Buffer.from(data);
    if (Buffer.isBuffer(data)) return data;
    throw new Error(`artifact ${artifact.name}: the download was not a zip archive`);
  }

  /** Downloads and unpacks an artifact of another run into `path`. */
  async download(runId: number, artifactId: number, path: string): Promise<void> {
    const findBy = {
      token: this.token,
      workflowRunId: runId,
      repositoryOwner: this.env.owner,
      repositoryName: this.env.repo,
    };
    await this.client.downloadArtifact(artifactId, { path, findBy });
  }
}
