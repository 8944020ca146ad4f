// Tests read a finding's evidence by key without naming its id's type (the id is what they test).

export function ev(f: { evidence?: unknown } | undefined): Record<string, unknown> {
  const e = f?.evidence;
  return typeof e === 'object' && e !== null ? Object.fromEntries(Object.entries(e)) : {};
}
