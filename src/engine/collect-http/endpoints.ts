// The net/http/pprof endpoints `perfgate collect` knows: where each lives under the prefix,
// its query, and the file it is saved as. CPU and trace take a window of seconds; heap and
// allocs run a GC first (gc=1) so they show live memory, as `go tool pprof` users expect.

export type ProfileName = 'cpu' | 'trace' | 'heap' | 'allocs' | 'block' | 'mutex' | 'goroutine' | 'threadcreate';

export interface Endpoint {
  name: ProfileName;
  path: string;
  file: string;
  /** Takes `seconds=N` and runs for that long. */
  windowed: boolean;
  query: Record<string, string>;
}

export const endpoints: Record<ProfileName, Omit<Endpoint, 'name'>> = {
  cpu: { path: 'profile', file: 'cpu.pprof', windowed: true, query: {} },
  trace: { path: 'trace', file: 'trace.out', windowed: true, query: {} },
  heap: { path: 'heap', file: 'heap.pprof', windowed: false, query: { gc: '1' } },
  allocs: { path: 'allocs', file: 'allocs.pprof', windowed: false, query: { gc: '1' } },
  block: { path: 'block', file: 'block.pprof', windowed: false, query: {} },
  mutex: { path: 'mutex', file: 'mutex.pprof', windowed: false, query: {} },
  goroutine: { path: 'goroutine', file: 'goroutine.pprof', windowed: false, query: {} },
  threadcreate: { path: 'threadcreate', file: 'threadcreate.pprof', windowed: false, query: {} },
};

export const defaultProfiles: ProfileName[] = ['cpu', 'heap', 'allocs', 'block', 'mutex', 'goroutine'];

export function isProfileName(name: string): name is ProfileName {
  return Object.hasOwn(endpoints, name);
}

/** The URL of one endpoint: base URL, path prefix, name, query (seconds for windowed ones). */
export function endpointUrl(base: URL, prefix: string, name: ProfileName, seconds: number): URL {
  const endpoint = endpoints[name];
  const url = new URL(base);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/${prefix.replace(/^\/+|\/+$/g, '')}/${endpoint.path}`.replace(
    /\/{2,}/g,
    '/',
  );
  url.search = '';
  for (const [key, value] of Object.entries(endpoint.query)) url.searchParams.set(key, value);
  if (endpoint.windowed) url.searchParams.set('seconds', String(seconds));
  return url;
}
