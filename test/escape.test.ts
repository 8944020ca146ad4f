// Hostile names (a fork controls them) must come out of every escaper as inert text.

import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  escapeWorkflowData,
  escapeWorkflowProperty,
  markdownCode,
  sanitizeText,
} from '../src/report/escape.js';

const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](https://evil.example/)',
  '![img](https://evil.example/x.png)',
  '@octocat please merge #123',
  'a | b | c',
  '`code` ``more``',
  '<!-- perfgate:comment:default -->',
  '::error file=x::owned%0A::set-output name=x::y',
  'right\u202eto-left\u2066isolate',
  'x'.repeat(100_000),
];

describe('escapeMarkdown', () => {
  for (const name of hostile) {
    it(JSON.stringify(name.slice(0, 40)), () => {
      const out = escapeMarkdown(name);
      const withoutEntities = out.replace(/&#\d+;/g, '');
      expect(withoutEntities).not.toMatch(/[<>[\]`|@#!&]/);
      expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(out.length).toBeLessThan(2000);
    });
  }
});

describe('markdownCode', () => {
  it('wraps in a fence longer than any backtick run and escapes table pipes', () => {
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('x | y')).toBe('`x \\| y`');
    expect(markdownCode('`lead')).toBe('`` `lead ``');
  });
  it('cannot open an HTML comment marker outside the code span', () => {
    const out = markdownCode('--> <!-- perfgate:comment:default -->');
    expect(out.startsWith('`')).toBe(true);
    expect(out.endsWith('`')).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('leaves no markup', () => {
    for (const name of hostile) expect(escapeHtml(name)).not.toMatch(/[<>"'`]/);
  });
});

describe('workflow commands', () => {
  it('escapes newlines, carriage returns and percent signs', () => {
    expect(escapeWorkflowData('a\nb\r%')).toBe('a b %25');
    expect(escapeWorkflowProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });
});

describe('sanitizeText', () => {
  it('cuts long names in the middle', () => {
    const out = sanitizeText('a'.repeat(200) + 'b'.repeat(200), 101);
    expect(out).toHaveLength(101);
    expect(out).toContain('…');
  });
});
