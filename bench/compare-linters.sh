#!/usr/bin/env bash
# Side-by-side: the etiquette checker (rl check-note --jsonl, one process) against proselint
# (Debian's python3-proselint, its Python API in one process) and write-good (npm, one node
# process), on the same notes: the labelled corpus, repeated. Prints notes per second and ratios.
# Usage: bench/compare-linters.sh [repeats]   (writes bench/results/linters.md)
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-10}
work=.data/bench
mkdir -p "$work" bench/results

command -v proselint >/dev/null 2>&1 || { sudo_or() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }; sudo_or env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-proselint >/dev/null; }
if [ ! -d "$work/node_modules/write-good" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund write-good@1 >/dev/null)
fi

corpus=tests/RecruiterLiaison.UnitTests/Etiquette/Corpus/notes.jsonl
python3 - "$corpus" "$repeats" "$work" <<'PY'
import json, sys
corpus, repeats, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
notes = [json.loads(l) for l in open(corpus) if l.strip()]
with open(f"{work}/notes.jsonl", "w") as out, open(f"{work}/bodies.json", "w") as bodies:
    all_bodies = []
    for r in range(repeats):
        for n in notes:
            n = dict(n, id=f"{n['id']}-{r}")
            n.pop("expected", None); n.pop("category", None)
            out.write(json.dumps(n) + "\n")
            all_bodies.append(n["body"])
    json.dump(all_bodies, bodies)
print(f"{len(all_bodies)} notes ({len(notes)} distinct x {repeats})", file=sys.stderr)
PY
count=$(wc -l < "$work/notes.jsonl")

dotnet build src/RecruiterLiaison.Cli -c Release --nologo --verbosity quiet -clp:NoSummary >/dev/null
rl="dotnet src/RecruiterLiaison.Cli/bin/Release/net10.0/rl.dll"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

# Each tool runs once to warm the disk cache, then is timed; process start-up is included for all three.
$rl check-note --jsonl < "$work/notes.jsonl" >/dev/null 2>&1
ours=$(seconds sh -c "$rl check-note --jsonl < $work/notes.jsonl 2>/dev/null")
proselint_script="import json,sys; from proselint.tools import lint; bodies=json.load(open('$work/bodies.json')); [lint(b) for b in bodies]"
python3 -c "$proselint_script" >/dev/null 2>&1 || { echo "proselint's Python API did not run" >&2; exit 1; }
theirs_proselint=$(seconds python3 -c "$proselint_script")
write_good_script="const wg=require('./$work/node_modules/write-good'); const bodies=require('./$work/bodies.json'); for (const b of bodies) wg(b);"
node -e "$write_good_script"
theirs_writegood=$(seconds node -e "$write_good_script")

python3 - "$count" "$ours" "$theirs_proselint" "$theirs_writegood" <<'PY' | tee bench/results/linters.md
import sys, platform, subprocess
count, ours, pl, wg = int(sys.argv[1]), *map(float, sys.argv[2:])
rate = lambda s: count / s
cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
print(f"Side-by-side on {count} notes (the labelled corpus, repeated), one process per tool, start-up included. {cpu}, {subprocess.run(['nproc'],capture_output=True,text=True).stdout.strip()} cores.\n")
print("| tool | seconds | notes per second | etiquette checker is faster by |")
print("|---|---:|---:|---:|")
print(f"| etiquette checker (`rl check-note --jsonl`, 15 rules incl. Hunspell spelling) | {ours:.2f} | {rate(ours):,.0f} | 1x |")
print(f"| proselint (Python API) | {pl:.2f} | {rate(pl):,.0f} | {pl/ours:.1f}x |")
print(f"| write-good (node) | {wg:.2f} | {rate(wg):,.0f} | {wg/ours:.1f}x |")
PY
