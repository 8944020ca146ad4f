// Entry point of dist/cli.js.

import { main } from './main.js';

const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date().toISOString(),
  env: process.env,
});
process.exitCode = code;
