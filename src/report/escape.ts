// The one place that makes untrusted text (function, span and benchmark names, attributes,
// paths: a fork controls them) safe for markdown, HTML, XML/SVG and workflow commands. Every
// renderer goes through here; nothing from an input reaches output as markup.

/** Longest name shown; longer ones are cut in the middle with an ellipsis. */
const maxShownLength = 300;

// C0/C1 controls except tab/newline, and Unicode bidi overrides/isolates that could reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are stripped from shown text
const unsafeChars = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Removes invisible and reordering characters and shortens very long text. */
export function sanitizeText(text: string, max = maxShownLength): string {
  const clean = text.replace(/[\r\n\t]+/g, ' ').replace(unsafeChars, '\ufffd');
  if (clean.length <= max) return clean;
  const keep = Math.floor((max - 1) / 2);
  return `${clean.slice(0, keep)}…${clean.slice(clean.length - keep)}`;
}

/** Markdown text: every character with a markdown or HTML meaning becomes a numeric entity. */
export function escapeMarkdown(text: string): string {
  return sanitizeText(text).replace(/[\\`*_{}[\]()<>#+!|@~&:="'$%^-]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown code span safe inside a table cell: no pings, links or HTML render in code, the
 * fence is longer than any backtick run inside, and `|` is escaped for GFM tables.
 */
export function markdownCode(text: string): string {
  const clean = sanitizeText(text).replace(/\|/g, '\\|');
  let longestRun = 0;
  for (const m of clean.matchAll(/`+/g)) longestRun = Math.max(longestRun, m[0].length);
  const fence = '`'.repeat(longestRun + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Text content or attribute value in HTML. */
export function escapeHtml(text: string): string {
  return sanitizeText(text).replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A link target for markdown `[text](url)` or an HTML `href`: only http(s) URLs (else undefined),
 * normalised by the URL parser, with the characters that could end the link or the attribute
 * (`(`, `)`, quotes, spaces, `<`, `>`) percent-encoded.
 */
export function safeUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()'"<>\s`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Text content or attribute value in XML (SVG). */
export function escapeXml(text: string): string {
  return escapeHtml(text);
}

/** A value inside a workflow command (`::warning file=…::message`): GitHub's own escaping. */
export function escapeWorkflowData(text: string): string {
  return sanitizeText(text, 2000).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property of a workflow command, which also escapes `:` and `,`. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Text for a log (stdout, stderr, `core.info`): no control characters (a newline stays, a
 * carriage return does not), no bidi overrides, and no line that starts with `::`, which the
 * Actions runner would execute as a workflow command (`::error::`, `::add-mask::`, `::stop-commands::`).
 */
export function neutraliseLog(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are replaced so a log line cannot carry them
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '\ufffd')
      .replace(/^(\s*):(?=:)/gm, '$1:\u200b')
  );
}

/** Text for a terminal: no escape sequences from the input. */
export function escapeTerminal(text: string): string {
  return sanitizeText(text);
}
