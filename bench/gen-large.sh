#!/usr/bin/env bash
# gen-large.sh — generate two large heap (allocs) profiles for perfgate
# performance testing, into bench/.data/ (gitignored; never commit them):
#   bench/.data/base.pprof, bench/.data/head.pprof   (+ *.bench.txt)
#
# Both come from the standard library's go/types benchmarks with a very
# low memory profile rate (every ~64 bytes sampled), which yields profiles
# with many distinct stacks:
#   cd $(go env GOROOT)/src/go/types
#   go test -run='^$' -bench=. -benchtime=2s -memprofilerate=64 \
#     -memprofile bench/.data/<side>.pprof -o bench/.data/types.test .
# "base" and "head" are two runs of the same code (an A/A pair that differs
# only by noise). The test binary is written to bench/.data and deleted, so
# nothing is left in GOROOT.
#
# Skips (exit 0) if Go 1.23 is not installed. Override with GO=/path/to/go.
# Typical use afterwards:
#   /usr/bin/time -v go tool pprof -symbolize=none -top \
#     -diff_base bench/.data/base.pprof bench/.data/head.pprof
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GO=${GO:-/usr/lib/go-1.23/bin/go}
if [[ ! -x $GO ]]; then
  echo "gen-large.sh: $GO not found; skipping" >&2
  exit 0
fi
export GOTOOLCHAIN=local GOPROXY=off
unset GOFLAGS

out="$here/.data"
mkdir -p "$out"
trap 'rm -f "$out/types.test"' EXIT

cd "$("$GO" env GOROOT)/src/go/types"
for side in base head; do
  echo "gen-large.sh: $side ..." >&2
  "$GO" test -o "$out/types.test" -run='^$' -bench=. -benchtime=2s \
    -memprofilerate=64 -memprofile "$out/$side.pprof" . > "$out/$side.bench.txt"
done
for side in base head; do
  gz=$(stat -c %s "$out/$side.pprof")
  raw=$(gzip -dc "$out/$side.pprof" | wc -c)
  echo "$side.pprof: $gz bytes gzipped, $raw bytes raw"
done
