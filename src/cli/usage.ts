// The CLI's help text.

export const usage = `perfgate: a performance gate for Go projects

Usage:
  perfgate inspect FILE... [--json]
      Detect each file's format and summarise it (profiles, traces, span exports).
  perfgate compare --base DIR... --head DIR... [--config perfgate.yml]
                   [--json FILE] [--markdown FILE] [--fail-on fail|warn|never] [--key KEY]
                   [--flamegraph DIR] [--jobs N] [--diff-base REF] [--module PATH]...
                   [--history FILE [--same-job]] [--cross-job]
      Compare head runs with base runs and print the PR comment perfgate would post.
      Culprits are the user's own functions: --module PATH (repeatable), else the module
      lines of the go.mod files under the working directory. --diff-base REF marks the
      culprits whose source lines changed since the merge base of REF and HEAD (git diff).
      --history FILE (from perfgate record) sets the health bands from the recorded base
      jobs and, since base then ran in another job, adds their between-job noise to
      time-like units (--same-job keeps the within-job model). --cross-job without a
      history: time-like units can at most warn (mode: ab compares within one job).
      A --base DIR written by perfgate record is read as the Action reads its baseline:
      DIR/runs, where they ran, and DIR/history.json (cross-job unless --same-job).
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
  perfgate record --runs DIR... --out DIR [--history FILE] [--config perfgate.yml] [--key KEY]
                  [--commit SHA] [--ref REF] [--run-id ID] [--limit 30]
      Record a baseline as the Action's mode: record does: DIR/runs/, snapshot.json (with
      where the runs ran) and history.json, the --history FILE's entries (when it exists)
      plus this job, at most --limit; --history FILE is rewritten with it.
  perfgate history FILE [--html OUT]
      Print the trend of every benchmark and health metric of a history over its entries,
      with the band of the entries before each and regressions marked; --html writes one
      self-contained page of charts.
  perfgate merge --report FILE... [--expect-keys a,b,c] [--config perfgate.yml]
                 [--json FILE] [--markdown FILE] [--fail-on fail|warn|never] [--key KEY]
      Merge the report.json of each shard of a matrix into one report: findings of every
      shard, false-discovery control across all of them, a section per shard key. A key of
      --expect-keys without a report (or an unreadable report) makes the verdict partial,
      at least warn.

Exit codes: 0 passed (under --fail-on) or all collected, 1 the gate failed or some profiles
could not be collected (the rest are kept), 2 usage or input error.
`;
