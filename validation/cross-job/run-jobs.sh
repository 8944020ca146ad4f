#!/usr/bin/env bash
# run-jobs.sh: the cross-job campaign of docs/statistics.md §6 ("Baselines across runners").
#
# Emulates CI jobs that each draw a different runner: every job runs the validation workload
# (validation/goprog, BenchmarkOp) RUNS times in a row under one condition drawn from a cycle of
# CPU pinning (taskset one core or two), a background CPU load on the same cores (a busy shell
# loop at the same nice level, only while the job runs), and GOMAXPROCS (1 or 2). Each run
# writes bench.txt, cpu.pprof and trace.out to validation/cross-job/runs/<variant>/jobNN/runK/,
# and each job a jobNN.condition.txt beside its directory. Variants: `base` (unchanged code, the A/A pool and the
# history), `slow` (hot does +150% work ≈ +30% ns/op), `gogc` (base code under a lower GOGC).
# Jobs of the variants are interleaved so drift over the campaign hits all of them alike.
#
# Environment: GO (default /usr/lib/go-1.23/bin/go), JOBS (base jobs, default 16), SLOW_EVERY
# (one slow job after this many base jobs, default 3), RUNS (5), BENCHTIME (40000x),
# GOGC_BASE (25, so a run sees several GC cycles), GOGC_LOW (10).
# Run it under `nice -n 10` on a shared machine.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
val=$(cd "$here/.." && pwd)
root=$(cd "$val/.." && pwd)
GO=${GO:-/usr/lib/go-1.23/bin/go}
JOBS=${JOBS:-16}
SLOW_EVERY=${SLOW_EVERY:-3}
RUNS=${RUNS:-5}
BENCHTIME=${BENCHTIME:-40000x}
GOGC_BASE=${GOGC_BASE:-25}
GOGC_LOW=${GOGC_LOW:-10}
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod
out=$here/runs

tmp=$(mktemp -d)
load_pid=""
cleanup() { [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
(cd "$root/fixtures/_gen/scrub" && "$GO" build -trimpath -o "$tmp/scrub" .)
(cd "$val/goprog" && "$GO" test -c -trimpath -o "$tmp/base.test" .)
(cd "$val/goprog" && "$GO" test -c -trimpath -tags slowhot -ldflags "-X example.com/pgval.percent=150" -o "$tmp/slow.test" .)

# condition i: cores, load, GOMAXPROCS
condition() {
  local i=$1
  local cores=0; [ $((i % 2)) -eq 1 ] && cores=0,1
  local load=no; [ $(((i / 2) % 2)) -eq 1 ] && load=yes
  local procs=$(((i / 4) % 2 + 1))
  echo "$cores $load $procs"
}

run_job() {
  local variant=$1 index=$2 binary=$3 gogc=$4
  read -r cores load procs <<<"$(condition "$index")"
  mkdir -p "$out/$variant"
  local n; n=$(find "$out/$variant" -mindepth 1 -maxdepth 1 -type d | wc -l)
  local dir; dir=$out/$variant/job$(printf %02d $((n + 1)))
  mkdir -p "$dir"
  echo "cores=$cores load=$load GOMAXPROCS=$procs GOGC=$gogc benchtime=$BENCHTIME" >"$dir.condition.txt"
  if [ "$load" = yes ]; then
    taskset -c "$cores" sh -c 'while :; do :; done' &
    load_pid=$!
  fi
  for r in $(seq 1 "$RUNS"); do
    local run=$dir/run$r
    mkdir -p "$run"
    (cd "$run" && GOGC=$gogc GOMAXPROCS=$procs taskset -c "$cores" "$binary" -test.run '^$' -test.bench . \
      -test.benchtime "$BENCHTIME" -test.count 1 -test.benchmem -test.cpuprofile cpu.pprof \
      -test.trace trace.out >bench.txt)
    "$tmp/scrub" "$run/cpu.pprof"
  done
  if [ -n "$load_pid" ]; then kill "$load_pid"; wait "$load_pid" 2>/dev/null || true; load_pid=""; fi
  echo "$(date -u +%T) $dir $(cat "$dir.condition.txt") $(grep -h '^Benchmark' "$dir"/run*/bench.txt | awk '{printf "%s ", $3}')"
}

slow=0
gogc=0
for i in $(seq 0 $((JOBS - 1))); do
  run_job base "$i" "$tmp/base.test" "$GOGC_BASE"
  if [ $(((i + 1) % SLOW_EVERY)) -eq 0 ]; then
    run_job slow "$slow" "$tmp/slow.test" "$GOGC_BASE"
    slow=$((slow + 1))
  fi
  if [ $(((i + 1) % 8)) -eq 0 ]; then
    run_job gogc "$gogc" "$tmp/base.test" "$GOGC_LOW"
    gogc=$((gogc + 1))
  fi
done
