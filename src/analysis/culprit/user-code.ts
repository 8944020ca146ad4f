// Which functions are the user's own code: the repository's Go module paths (go.mod `module`
// lines, `--module` or the `modules` input), else a heuristic (a dotted first path element, or
// package main). Benchmark, test and fuzz functions are the harness, never a culprit.

/** True for a function of the user's code that can be named as a culprit. */
export type CulpritTest = (functionName: string) => boolean;

/** Not the Go standard library or runtime: the first path element has a dot (a module domain), or it is package main. */
export function looksLikeUserCode(functionName: string): boolean {
  const firstElement = functionName.split('/')[0] ?? '';
  return functionName.startsWith('main.') || (firstElement.includes('.') && !/^[a-z0-9_]+\.[^/]*$/.test(functionName));
}

/** In one of the modules: `example.com/shop.findPrice`, `example.com/shop/internal/x.F`. */
export function inModules(functionName: string, modules: readonly string[]): boolean {
  return modules.some((m) => functionName.startsWith(`${m}.`) || functionName.startsWith(`${m}/`));
}

/** `pkg.BenchmarkX`, `pkg.TestX.func1`, the generated test main: the harness around the user's code. */
export function isHarness(functionName: string): boolean {
  const last = functionName.slice(functionName.lastIndexOf('/') + 1);
  return (
    /\.(Benchmark|Test|Fuzz|Example)[^a-z.]?[^.]*(\.|$)/.test(last) ||
    functionName === 'main.main' ||
    functionName.startsWith('main.init')
  );
}

/**
 * The culprit test for some function names: by module when any name belongs to one of `modules`,
 * else by the heuristic (so a workspace whose go.mod does not match the profiles still works).
 */
export function culpritTest(
  modules: readonly string[],
  names: Iterable<string>,
): { test: CulpritTest; byModule: boolean } {
  let byModule = false;
  if (modules.length > 0) {
    for (const name of names) {
      if (inModules(name, modules)) {
        byModule = true;
        break;
      }
    }
  }
  const own = byModule ? (n: string): boolean => inModules(n, modules) : looksLikeUserCode;
  return { test: (n) => own(n) && !isHarness(n), byModule };
}
