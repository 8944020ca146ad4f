import { defineConfig } from 'vitest/config';

// Two projects, both run by `npm test` (CI and the README's command):
// - unit: in-process tests over the committed fixtures (`npm run test:unit`, target < 60 s on 2 cores);
// - process: tests that start processes — the bundled Action and CLI (`node dist/…`) against a fake
//   GitHub, real Go test binaries (A/B runner), Chromium, worker threads (`npm run test:process`).
const processTests = [
  'test/e2e/**/*.test.ts',
  'test/ab.test.ts',
  'test/ab-action.test.ts',
  'test/browser.test.ts',
  'test/github-faults-e2e.test.ts',
  // a loopback fake GitHub, and @actions/github reads GITHUB_API_URL once, when first imported:
  // this file needs a module cache of its own.
  'test/github-faults.test.ts',
  'test/import-pool.test.ts',
];

export default defineConfig({
  // Vite's warnings about dependencies' missing source maps (@actions/workflow-parser ships maps
  // without sources) are not about this code; errors still show.
  logLevel: 'error',
  test: {
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Every property test gets a fixed fast-check seed (PROPERTY_SEED overrides it).
    setupFiles: ['test/property-seed.ts'],
    // @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`; Vite's
    // transform handles them.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    // CI also writes JSON results, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: '.tmp/vitest-results.json' },
    projects: [
      // Unit files share one module cache per worker (isolate: false): importing the engine anew in
      // every file cost more than the tests. These tests keep no module-level state between files.
      // All cores for them; process tests keep the default, as they time real Go binaries.
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: processTests,
          isolate: false,
          maxWorkers: '100%',
          // Projects with different worker counts run as groups: unit first, then process.
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'process', include: processTests, sequence: { groupOrder: 1 } } },
    ],
  },
});
