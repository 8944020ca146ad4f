// The layer rules of DESIGN.md, read off the import lines: each layer imports only the layers
// in its column, and only src/github imports @actions/*. model, formats, analysis and report do
// no I/O (no node:fs, node:net, node:child_process, process.env or the clock).

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const allowed: Record<string, string[]> = {
  model: ['model'],
  formats: ['model', 'formats'],
  analysis: ['model', 'analysis'],
  report: ['model', 'analysis', 'report'],
  engine: ['model', 'formats', 'analysis', 'report', 'engine'],
  github: ['engine', 'report', 'model', 'github'],
  cli: ['engine', 'report', 'model', 'cli'],
};
const pure = new Set(['model', 'formats', 'analysis', 'report']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

function imports(text: string): string[] {
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
}

function layerOf(file: string): string {
  return relative('src', file).split('/')[0] as string;
}

describe('architecture', () => {
  const files = sourceFiles('src');
  it('has sources to check', () => expect(files.length).toBeGreaterThan(20));
  for (const file of files) {
    it(file, () => {
      const layer = layerOf(file);
      const text = readFileSync(file, 'utf8');
      for (const spec of imports(text)) {
        if (spec.startsWith('.')) {
          const target = layerOf(relative(process.cwd(), resolve(dirname(file), spec)));
          expect(allowed[layer] ?? [], `${file} imports ${spec}`).toContain(target);
        } else if (spec.startsWith('@actions/')) {
          expect(layer, `${file} imports ${spec}`).toBe('github');
        } else if (pure.has(layer)) {
          expect(spec, `${file} is in a pure layer`).not.toMatch(
            /^node:(fs|net|http|https|child_process|worker_threads)/,
          );
        }
      }
      if (pure.has(layer)) {
        expect(text, `${file} reads the environment`).not.toMatch(/process\.env/);
        expect(text, `${file} reads the clock`).not.toMatch(/Date\.now\(|new Date\(\)/);
      }
    });
  }
});
