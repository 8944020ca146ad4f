// Artifacts through @actions/artifact v6: upload in this run (results service), and find and
// download from other runs of the repository (REST with `findBy`, which needs `actions: read`).

import { DefaultArtifactClient } from '@actions/artifact';
import type { ActionEnvironment } from './environment.js';
import type { RestClient } from './rest-client.js';

export interface RunArtifact {
  id: number;
  name: string;
  expired: boolean;
}

export class ArtifactStore {
  private readonly client = new DefaultArtifactClient();

  constructor(
    private readonly rest: RestClient,
    private readonly env: ActionEnvironment,
    private readonly token: string,
  ) {}

  /** Uploads files under `root` as artifact `name`; returns its id. */
  async upload(name: string, files: string[], root: string, retentionDays?: number): Promise<number | undefined> {
    const response = await this.client.uploadArtifact(name, files, root, retentionDays ? { retentionDays } : {});
    return response.id;
  }

  /** The newest artifact of that exact name in a workflow run, or undefined. */
  async find(runId: number, name: string): Promise<RunArtifact | undefined> {
    const { owner, repo } = this.env;
    const { data } = await this.rest.rest.actions.listWorkflowRunArtifacts({ owner, repo, run_id: runId, name, per_page: 100 });
    const matching = data.artifacts.filter((a) => a.name === name).sort((a, b) => b.id - a.id);
    const found = matching[0];
    return found ? { id: found.id, name: found.name, expired: found.expired } : undefined;
  }

  /** Downloads and unpacks an artifact of another run into `path`. */
  async download(runId: number, artifactId: number, path: string): Promise<void> {
    const findBy = { token: this.token, workflowRunId: runId, repositoryOwner: this.env.owner, repositoryName: this.env.repo };
    await this.client.downloadArtifact(artifactId, { path, findBy });
  }
}
