// `perfgate inspect` summaries of every span fixture against `X.golden` beside it (table-driven:
// a new fixture needs no new test code). UPDATE_GOLDEN=1 rewrites; a mismatch leaves `X.got`.

import { readdirSync, statSync } from 'node:fs';
import { describe, it } from 'vitest';
import { inspectArtifact } from '../src/report/inspect/index.js';
import { parseFile, spanFormats } from './spans-helpers.js';
import { expectGolden } from './golden.js';

const inputs = [...spanFormats, 'spans'].flatMap((dir) =>
  readdirSync(`fixtures/${dir}`)
    .filter((name) => !/\.(golden|got)$/.test(name) && statSync(`fixtures/${dir}/${name}`).isFile())
    .map((name) => `fixtures/${dir}/${name}`),
);

describe('inspect summaries of span fixtures', () => {
  for (const path of inputs) {
    it(path, () => {
      const got = `${JSON.stringify(inspectArtifact(parseFile(path)), null, 2)}\n`;
      expectGolden(`${path}.golden`, got);
    });
  }
});
