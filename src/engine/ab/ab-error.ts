// The one error the A/B runner throws for problems of the measured repository (a ref that does
// not exist, a package that does not build, a benchmark that crashes): the CLI prints it and
// exits 2, the Action fails the step with it.

export class AbError extends Error {
  override name = 'AbError';
}
