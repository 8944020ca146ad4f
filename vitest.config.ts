import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`; Vite's
    // transform handles them.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    // CI also writes JSON results, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: '.tmp/vitest-results.json' },
  },
});
