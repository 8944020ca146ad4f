// Checks on rendered markdown shared by the hostile-input tests: what is left outside code spans,
// and whether text from an input added markup there.

/** Markdown outside code spans (CommonMark: a span closes at the next backtick run of equal length). */
export function outsideCode(markdown: string): string {
  let out = '';
  let i = 0;
  while (i < markdown.length) {
    if (markdown[i] !== '`') {
      out += markdown[i];
      i++;
      continue;
    }
    let n = 0;
    while (markdown[i + n] === '`') n++;
    const fence = '`'.repeat(n);
    let close = markdown.indexOf(fence, i + n);
    while (close >= 0 && (markdown[close + n] === '`' || markdown[close - 1] === '`'))
      close = markdown.indexOf(fence, close + 1);
    if (close < 0) {
      out += fence;
      i += n;
      continue;
    }
    out += ' CODE ';
    i = close + n;
  }
  return out;
}

/** The tags perfgate writes itself; any other `<` outside code came from an input. */
export function withoutOwnTags(text: string): string {
  return text
    .replace(/<\/?(details|summary|sub|sup|br|b)>/g, '')
    .replace(/^<!-- perfgate:comment:[A-Za-z0-9._-]* -->/, '');
}

/** Problems in rendered markdown that only unescaped input can cause; empty when none. */
export function foreignMarkup(markdown: string): string[] {
  const text = outsideCode(markdown);
  const problems: string[] = [];
  if (/<[a-zA-Z!/?]/.test(withoutOwnTags(text))) problems.push('raw HTML tag');
  if (/\]\(|!\[|\]:/.test(text)) problems.push('link or image');
  if (/@[A-Za-z0-9]/.test(text)) problems.push('@mention');
  if (/^::/m.test(markdown)) problems.push('workflow command at a line start');
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  if (count(/<details>/g) !== count(/<\/details>/g)) problems.push('unbalanced <details>');
  if (count(/<summary>/g) !== count(/<\/summary>/g)) problems.push('unbalanced <summary>');
  if (count(/^## /gm) !== 1) problems.push('a second top-level heading');
  return problems;
}
