// Reading values of no known shape (attribute values, parsed JSON, webhook payloads, thrown errors)
// without type assertions.

/**
 * The text `String` gives for `value`: objects print as `[object Object]`, arrays joined with commas.
 * The parameter is `unknown` on purpose: callers pass values that may be any JSON shape and accept that
 * text for the odd shapes (lint's no-base-to-string flags `String(x)` only when x's type is known to be an object).
 */
export function textOf(value: unknown): string {
  return String(value);
}

/** `value[key]` when `value` is an object (arrays included), else undefined: what `value?.[key]` reads for JSON. */
export function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (Reflect.get(value, key) as unknown) : undefined;
}
