#!/usr/bin/env bash
# gen-e2e.sh — the data of the end-to-end bench case (bench/e2e-bench.ts), into
# bench/.data/e2e/ (gitignored; never commit it): 10 runs per side, each run holding 10 real
# profiles of mixed kinds, and 4 Go execution traces of about 25 MB (runs 1 and 2 of each side).
#
# Profiles: the standard library's own benchmarks, one process per run and package, with Go 1.23:
#   encoding/json  cpu, heap (-memprofile), block, mutex  -test.bench='Code(Encoder|Decoder|Marshal|Unmarshal)$'
#   compress/flate cpu, heap, block, mutex                -test.bench='(Encode|Decode)/Digits'
#   regexp         cpu, heap                              -test.bench='Match/(Easy0|Hard)/1K'
#   <pkg>.test -test.run='^$' -test.bench=<above> -test.benchtime=50x \
#     -test.cpuprofile cpu.pprof -test.memprofile mem.pprof -test.blockprofile block.pprof \
#     -test.mutexprofile mutex.pprof
# Traces: net/http, -test.bench=BenchmarkServerFakeConnNoKeepAlive -test.benchtime=330000x -test.trace.
# "base" and "head" are the same code (A/A), which is all a speed test needs.
# Skips (exit 0) if Go 1.23 is not installed. Override with GO=/path/to/go.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
GO=${GO:-/usr/lib/go-1.23/bin/go}
if [[ ! -x $GO ]]; then
  echo "gen-e2e.sh: $GO not found; skipping" >&2
  exit 0
fi
export GOTOOLCHAIN=local GOPROXY=off
unset GOFLAGS

out="$here/.data/e2e"
bin="$here/.data/e2e-bin"
mkdir -p "$out" "$bin"
trap 'rm -rf "$bin"' EXIT
goroot=$("$GO" env GOROOT)
for pkg in encoding/json compress/flate regexp net/http; do
  name=${pkg//\//_}
  (cd "$goroot/src/$pkg" && "$GO" test -c -o "$bin/$name.test" .)
done

run_pkg() { # dir name package-dir bench-regexp kinds...
  local dir=$1 name=$2 pkgdir=$3 bench=$4; shift 4
  local args=(-test.run='^$' -test.bench="$bench" -test.benchtime=50x -test.cpuprofile "$dir/$name.cpu.pprof" -test.memprofile "$dir/$name.mem.pprof")
  for kind in "$@"; do args+=("-test.${kind}profile" "$dir/$name.$kind.pprof"); done
  (cd "$pkgdir" && "$bin/$name.test" "${args[@]}" > "$dir/$name.bench.txt")
}

for run in $(seq 1 10); do
  for side in base head; do
    dir="$out/$side/run$run"
    mkdir -p "$dir"
    echo "gen-e2e.sh: $side run $run ..." >&2
    run_pkg "$dir" encoding_json "$goroot/src/encoding/json" 'Code(Encoder|Decoder|Marshal|Unmarshal)$' block mutex
    run_pkg "$dir" compress_flate "$goroot/src/compress/flate" '(Encode|Decode)/Digits' block mutex
    run_pkg "$dir" regexp "$goroot/src/regexp" 'Match/(Easy0|Hard)/1K'
    if (( run <= 2 )); then
      (cd "$goroot/src/net/http" && "$bin/net_http.test" -test.run='^$' -test.bench=BenchmarkServerFakeConnNoKeepAlive \
        -test.benchtime=330000x -test.trace "$dir/net_http.trace" > /dev/null)
    fi
  done
done
find "$out" -name '*.pprof' | wc -l | xargs echo "profiles:"
ls -l "$out"/*/run*/*.trace
