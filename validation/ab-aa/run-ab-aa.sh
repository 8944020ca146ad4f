#!/usr/bin/env bash
# A/A rate of `perfgate ab` on unchanged code (base ref = HEAD): builds a throwaway git
# repository from fixtures/_gen/ab/base, runs `perfgate ab` N times with different seeds and
# records each verdict in validation/ab-aa/results.csv. Needs Go (GO=… to choose) and dist/cli.js.
# Usage (repository root): validation/ab-aa/run-ab-aa.sh [N=20] [ROUNDS=6] [BENCHTIME=300x]
set -euo pipefail
n=${1:-20}; rounds=${ROUNDS:-6}; benchtime=${BENCHTIME:-300x}
root=$(pwd)
repo=$(mktemp -d); out=$(mktemp -d)
trap 'rm -rf "$repo" "$out"' EXIT
cp -r fixtures/_gen/ab/base/. "$repo/"
git -C "$repo" init -q && git -C "$repo" add -A && git -C "$repo" -c user.name=aa -c user.email=aa@example.com commit -qm base
export GOTOOLCHAIN=local GOPROXY=off GOFLAGS=-mod=mod
echo "seed,verdict,fail,warn" > validation/ab-aa/results.csv
for seed in $(seq 1 "$n"); do
  node "$root/dist/cli.js" ab --dir "$repo" --base-ref HEAD --packages ./work --runs "$rounds" --benchtime "$benchtime" \
    --seed "$seed" --out "$out/$seed" --fail-on never --json "$out/$seed.json" > /dev/null 2>&1 || true
  node -e 'const r=require(process.argv[1]); console.log([process.argv[2], r.verdict, r.summary.fail, r.summary.warn].join(","))' "$out/$seed.json" "$seed" >> validation/ab-aa/results.csv
done
node -e 'const rows=require("fs").readFileSync("validation/ab-aa/results.csv","utf8").trim().split("\n").slice(1).map(l=>l.split(","));
const n=rows.length, f=rows.filter(r=>r[1]==="fail").length, w=rows.filter(r=>r[1]==="warn"||r[1]==="fail").length;
console.log(`A/A of perfgate ab: ${n} runs, FAIL ${f} (${(100*f/n).toFixed(1)}%), WARN or FAIL ${w} (${(100*w/n).toFixed(1)}%)`)'
