// Bundles the committed entry points with esbuild: dist/index.js (the Action), dist/cli.js (the
// CLI) and dist/import-worker.js (the thread both start to read large inputs in parallel). `--outdir DIR` builds elsewhere (the dist check compares the two).
import { build } from 'esbuild';

const outIndex = process.argv.indexOf('--outdir');
const outdir = outIndex > 0 ? process.argv[outIndex + 1] : 'dist';
// Some CommonJS dependencies call require() for Node built-ins; ESM output needs one in scope.
const requireShim =
  "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['src/github/index.ts'],
  outfile: `${outdir}/index.js`,
  banner: { js: requireShim },
});
await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: `${outdir}/cli.js`,
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
await build({
  ...common,
  entryPoints: ['src/engine/import-pool/import-worker.ts'],
  outfile: `${outdir}/import-worker.js`,
  banner: { js: requireShim },
});
