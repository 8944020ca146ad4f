// The CLI's help text.

export const usage = `perfgate: a performance gate for Go projects

Usage:
  perfgate inspect FILE... [--json]
      Detect each file's format and summarise it (profiles, traces, span exports).
  perfgate compare --base DIR... --head DIR... [--config perfgate.yml]
                   [--json FILE] [--markdown FILE] [--fail-on fail|warn|never] [--key KEY]
                   [--flamegraph DIR]
      Compare head runs with base runs and print the PR comment perfgate would post.
      Each DIR is one run; a DIR holding only subdirectories is one run per subdirectory.
      --flamegraph DIR writes differential flame graphs (SVG, interactive HTML), the diff
      profile for go tool pprof (<kind>.diff.pb.gz) and folded stacks per side into DIR.

Exit codes: 0 passed (under --fail-on), 1 the gate failed, 2 usage or input error.
`;
