// The CLI's help text.

export const usage = `perfgate: a performance gate for Go projects

Usage:
  perfgate inspect FILE... [--json]
      Detect each file's format and summarise it (profiles, traces, span exports).
  perfgate compare --base DIR... --head DIR... [--config perfgate.yml]
                   [--json FILE] [--markdown FILE] [--fail-on fail|warn|never] [--key KEY]
                   [--flamegraph DIR] [--jobs N] [--diff-base REF] [--module PATH]...
      Compare head runs with base runs and print the PR comment perfgate would post.
      Culprits are the user's own functions: --module PATH (repeatable), else the module
      lines of the go.mod files under the working directory. --diff-base REF marks the
      culprits whose source lines changed since the merge base of REF and HEAD (git diff).
      Each DIR is one run; a DIR holding only subdirectories is one run per subdirectory.
      --jobs N reads Go traces on N threads beside the main one (default: the cores, at
      most 4, once the inputs reach 4 MiB; 1 reads everything in the main thread).
      --flamegraph DIR writes differential flame graphs (SVG, interactive HTML), the diff
      profile for go tool pprof (<kind>.diff.pb.gz) and folded stacks per side into DIR.
  perfgate collect --url URL --out DIR [--profiles cpu,heap,allocs,block,mutex,goroutine]
                   [--seconds 10] [--trace-seconds 0] [--prefix /debug/pprof]
                   [--header 'Name: value']... [--header-env VAR]... [--ca-file PEM] [--timeout 30]
      Take profiles (and a trace) from a running Go service's net/http/pprof endpoints.
      CPU profile and trace run over the same window, the others at its end.
  perfgate ab --base-ref REF --out DIR [--packages ./...] [--bench .] [--runs 10]
              [--benchtime 1s|Nx] [--profiles cpu,mem,block,mutex] [--trace] [--tags TAGS]
              [--time-budget 20m] [--seed N] [--go PATH] [--dir MODULE_DIR]
              [compare's --config --json --markdown --fail-on --key --flamegraph]
      Build base (REF, in a git worktree) and head (the working tree) test binaries, run
      them interleaved in seeded ABBA order into DIR/{base,head}/<package>/runN, and
      print the comparison as compare does. A head package that does not build exits 2.
  perfgate merge --report FILE... [--expect-keys a,b,c] [--config perfgate.yml]
                 [--json FILE] [--markdown FILE] [--fail-on fail|warn|never] [--key KEY]
      Merge the report.json of each shard of a matrix into one report: findings of every
      shard, false-discovery control across all of them, a section per shard key. A key of
      --expect-keys without a report (or an unreadable report) makes the verdict partial,
      at least warn.

Exit codes: 0 passed (under --fail-on) or all collected, 1 the gate failed or some profiles
could not be collected (the rest are kept), 2 usage or input error.
`;
