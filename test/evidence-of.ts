// Tests read a finding's evidence by key without naming its id's type (the id is what they test).

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ev(f: { evidence?: unknown } | undefined): Record<string, any> {
  const e = f?.evidence;
  return typeof e === 'object' && e !== null ? Object.fromEntries(Object.entries(e)) : {};
}
