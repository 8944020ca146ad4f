#!/usr/bin/env bash
# A/A rate of `perfgate ab` on unchanged code (base ref = HEAD): builds a throwaway git
# repository from fixtures/_gen/ab/base, runs `perfgate ab` N times with different seeds and
# records each verdict, and the findings that were flagged, in $RESULTS
# (default validation/ab-aa/results.csv). Needs Go (on PATH) and dist/cli.js (or PERFGATE_CLI).
# Usage (repository root): [ROUNDS=6] [BENCHTIME=300x] [RESULTS=file] validation/ab-aa/run-ab-aa.sh [N=20]
set -euo pipefail
n=${1:-20}; rounds=${ROUNDS:-6}; benchtime=${BENCHTIME:-300x}
results=${RESULTS:-validation/ab-aa/results.csv}
cli=${PERFGATE_CLI:-$(pwd)/dist/cli.js}
repo=$(mktemp -d); out=$(mktemp -d)
trap 'rm -rf "$repo" "$out"' EXIT
cp -r fixtures/_gen/ab/base/. "$repo/"
git -C "$repo" init -q && git -C "$repo" add -A && git -C "$repo" -c user.name=aa -c user.email=aa@example.com commit -qm base
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod
echo "seed,verdict,fail,warn,flagged" > "$results"
for seed in $(seq 1 "$n"); do
  node "$cli" ab --dir "$repo" --base-ref HEAD --packages ./work --runs "$rounds" --benchtime "$benchtime" \
    --seed "$seed" --out "$out/$seed" --fail-on never --json "$out/$seed.json" > /dev/null 2>&1 || true
  node -e 'const r=require(process.argv[1]);
const flagged=r.findings.filter(f=>f.severity==="fail"||f.severity==="warn").map(f=>f.severity+":"+f.title.replace(/[",]/g," ")).join(" | ");
console.log([process.argv[2], r.verdict, r.summary.fail, r.summary.warn, JSON.stringify(flagged)].join(","))' "$out/$seed.json" "$seed" >> "$results"
  rm -rf "${out:?}/$seed"
done
node -e 'const rows=require("fs").readFileSync(process.argv[1],"utf8").trim().split("\n").slice(1).map(l=>l.split(","));
const n=rows.length, f=rows.filter(r=>r[1]==="fail").length, w=rows.filter(r=>r[1]==="warn"||r[1]==="fail").length;
console.log(`A/A of perfgate ab: ${n} runs, FAIL ${f} (${(100*f/n).toFixed(1)}%), WARN or FAIL ${w} (${(100*w/n).toFixed(1)}%)`)' "$results"
