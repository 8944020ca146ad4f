// Typed stand-ins for the `any` that JSON.parse and vitest's asymmetric matchers return, so tests
// stay clear of the no-unsafe-* lint rules. The test's own assertions are what check the shapes.

import { expect } from 'vitest';

/** JSON.parse typed by the caller: the shape the test is about to assert. */
export function parseAs<T>(text: string): T {
  return JSON.parse(text) as T;
}

/** Sets the value at `path` (keys and array indexes) in a parsed JSON document, in place. */
export function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): void {
  let at: unknown = doc;
  for (const key of path.slice(0, -1)) at = typeof at === 'object' && at !== null ? Reflect.get(at, key) : undefined;
  const last = path.at(-1);
  if (typeof at !== 'object' || at === null || last === undefined)
    throw new Error(`no ${path.join('.')} in the document`);
  Reflect.set(at, last, value);
}

export const stringContaining = (text: string): unknown => expect.stringContaining(text);
export const stringMatching = (pattern: string | RegExp): unknown => expect.stringMatching(pattern);
export const closeTo = (value: number, digits?: number): unknown => expect.closeTo(value, digits);
