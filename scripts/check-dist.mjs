// Fails when the committed dist/ differs from a fresh build of src/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'perfgate-dist-'));
execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', fresh], { stdio: 'inherit' });
const stale = [];
const names = new Set([...readdirSync('dist'), ...readdirSync(fresh)]);
for (const name of names) {
  let committed = null;
  let built = null;
  try {
    committed = readFileSync(join('dist', name));
  } catch {
    /* missing */
  }
  try {
    built = readFileSync(join(fresh, name));
  } catch {
    /* missing */
  }
  if (!committed || !built || !committed.equals(built)) stale.push(name);
}
rmSync(fresh, { recursive: true, force: true });
if (stale.length > 0) {
  console.error(`dist/ is out of date with src/ (${stale.join(', ')}): run \`npm run build\` and commit dist/.`);
  process.exit(1);
}
console.log('dist/ matches a fresh build.');
