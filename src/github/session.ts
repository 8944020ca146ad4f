// What every mode works with: the inputs, the runner's environment, the REST client, the artifact
// store, and the settings from perfgate.yml with the `fail-on` input over them.

import * as core from '@actions/core';
import { rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { loadConfig } from '../engine/config/config-file.js';
import type { Config } from '../model/config.js';
import { ArtifactStore } from './artifact-store.js';
import { readEnvironment, type ActionEnvironment } from './environment.js';
import { readInputs, safeKey, type ActionInputs } from './inputs.js';
import { restClient, type RestClient } from './rest-client.js';

export interface Session {
  inputs: ActionInputs;
  env: ActionEnvironment;
  rest: RestClient;
  store: ArtifactStore;
  config: Config;
  names: { baseline: string; report: string };
}

export async function openSession(): Promise<Session> {
  const inputs = readInputs();
  if (inputs.token) core.setSecret(inputs.token); // masked in the log, should anything ever print it
  const env = readEnvironment();
  const configPath = inputs.config && !isAbsolute(inputs.config) ? join(env.workspace, inputs.config) : inputs.config;
  const config = await loadConfig(configPath, new Date().toISOString());
  if (inputs.failOn) config.failOn = inputs.failOn;
  const rest = restClient(inputs.token);
  await rm(env.tempDir, { recursive: true, force: true });
  return {
    inputs,
    env,
    rest,
    store: new ArtifactStore(rest, env, inputs.token),
    config,
    names: {
      baseline: `${inputs.baselineArtifact}-${safeKey(inputs.key)}`,
      report: `perfgate-report-${safeKey(inputs.key)}`,
    },
  };
}

export function artifactUrl(env: ActionEnvironment, id: number | undefined): string | undefined {
  return id === undefined ? undefined : `${env.runUrl}/artifacts/${id}`;
}
