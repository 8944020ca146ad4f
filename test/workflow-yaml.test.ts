// action.yml, the repository's workflows and every complete workflow in README.md and docs/ are
// checked with GitHub's own parser (@actions/workflow-parser, the one behind the Actions language
// service): a key that GitHub rejects, a wrong type or a misspelt event fails here, not on GitHub.
// A YAML block counts as a complete workflow when it has top-level `on:` and `jobs:` keys.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';

interface Parsed {
  context: { errors: { getErrors(): { message: string }[] } };
  value: unknown;
}

function problems(result: Parsed): string[] {
  const errors = result.context.errors.getErrors().map((e) => e.message);
  return result.value === undefined && errors.length === 0 ? ['nothing parsed'] : errors;
}

/** The ```yaml blocks of a markdown file that are whole workflows, with their line numbers. */
export function workflowBlocks(markdown: string): { line: number; text: string }[] {
  const blocks: { line: number; text: string }[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i] ?? '')) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    const text = lines.slice(start, end).join('\n');
    if (/^on:/m.test(text) && /^jobs:/m.test(text)) blocks.push({ line: start + 1, text });
    i = end;
  }
  return blocks;
}

const trace = new NoOperationTraceWriter();
const markdownFiles = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];
const workflowFiles = readdirSync('.github/workflows')
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => join('.github/workflows', f));

describe('GitHub workflow parser', () => {
  it('accepts action.yml', () => {
    expect(problems(parseAction({ name: 'action.yml', content: readFileSync('action.yml', 'utf8') }, trace))).toEqual(
      [],
    );
  });

  it('rejects an action.yml GitHub would reject (the check can fail)', () => {
    const broken = readFileSync('action.yml', 'utf8').replace('using: node24', 'using: node99');
    expect(problems(parseAction({ name: 'action.yml', content: broken }, trace)).length).toBeGreaterThan(0);
  });

  for (const file of workflowFiles) {
    it(`accepts ${file}`, () => {
      expect(problems(parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, trace))).toEqual([]);
    });
  }

  it('finds the complete workflows of README.md and docs/', () => {
    const found = markdownFiles.flatMap((f) => workflowBlocks(readFileSync(f, 'utf8')));
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  for (const file of markdownFiles) {
    for (const block of workflowBlocks(readFileSync(file, 'utf8'))) {
      it(`accepts the workflow at ${file}:${block.line}`, () => {
        expect(problems(parseWorkflow({ name: `${file}:${block.line}`, content: block.text }, trace))).toEqual([]);
      });
    }
  }

  it('rejects a workflow GitHub would reject (the check can fail)', () => {
    const bad = 'on: pull_requests\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: true\n';
    expect(problems(parseWorkflow({ name: 'bad.yml', content: bad }, trace)).length).toBeGreaterThan(0);
  });
});
