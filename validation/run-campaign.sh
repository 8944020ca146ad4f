#!/usr/bin/env bash
# run-campaign.sh: the A/A and injected-regression campaign of docs/statistics.md.
#
# Builds validation/goprog once per variant (build tag + -ldflags percent), then runs the
# compiled benchmark ROUNDS times per variant, interleaved round-robin (base twice per round,
# so it gets the A/A pool), each run a separate process writing cpu.pprof, mem.pprof and
# bench.txt to validation/runs/<variant>/runNN/. Profiles are scrubbed of the binary's temp
# path with fixtures/_gen/scrub.
#
# Environment: GO (default /usr/lib/go-1.23/bin/go), ROUNDS (default 10), BENCHTIME (default
# 150000x ≈ 3.3 CPU-s ≈ 330 CPU samples per run), VARIANTS (space-separated subset).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
GO=${GO:-/usr/lib/go-1.23/bin/go}
ROUNDS=${ROUNDS:-10}
BENCHTIME=${BENCHTIME:-150000x}
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod
# variant = tag:percent (base has no tag)
VARIANTS=${VARIANTS:-"base:0 base2:0 slowhot:5 slowhot:20 slowhot:50 slowhot:100 slowmid:20 slowmid:50 slowmid:100 slowsmall:50 slowsmall:100 allocmore:0 costshift:20"}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root/fixtures/_gen/scrub" && "$GO" build -trimpath -o "$tmp/scrub" .)

name_of() { local tag=${1%%:*} pct=${1##*:}; case $tag in base|base2) echo base ;; allocmore) echo allocmore ;; *) echo "$tag-$pct" ;; esac; }

for v in $VARIANTS; do
  tag=${v%%:*} pct=${v##*:}
  [ "$tag" = base2 ] && continue
  name=$(name_of "$v")
  tags=""; [ "$tag" != base ] && tags=$tag
  (cd "$here/goprog" && "$GO" test -c -trimpath -tags "$tags" -ldflags "-X example.com/pgval.percent=$pct" -o "$tmp/$name.test" .)
done

for round in $(seq 1 "$ROUNDS"); do
  for v in $VARIANTS; do
    name=$(name_of "$v")
    dir="$here/runs/$name"
    mkdir -p "$dir"
    n=$(( $(find "$dir" -mindepth 1 -maxdepth 1 -type d | wc -l) + 1 ))
    out="$dir/run$(printf %02d "$n")"
    mkdir -p "$out"
    (cd "$out" && "$tmp/$name.test" -test.run '^$' -test.bench . -test.benchtime "$BENCHTIME" -test.count 1 -test.benchmem \
      -test.cpuprofile cpu.pprof -test.memprofile mem.pprof > bench.txt)
    "$tmp/scrub" "$out"/*.pprof
    echo "round $round: $out $(grep '^Benchmark' "$out/bench.txt" | awk '{print $3, $4}')"
  done
done
